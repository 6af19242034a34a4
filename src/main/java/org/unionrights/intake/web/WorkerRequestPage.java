package org.unionrights.intake.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.files.StoredFiles;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.WorkerRequestView;

/**
 * The worker's request page: its steps and the forms to write, add evidence and rate, keeping a
 * form the worker is correcting (already in the model).
 */
@Component
class WorkerRequestPage {

	static final String VIEW_STATUS = "intake/status";

	private final CountyDirectory counties;

	WorkerRequestPage(CountyDirectory counties) {
		this.counties = counties;
	}

	String render(Model model, WorkerRequestView view, Locale locale, boolean stale) {
		model.addAttribute("staleForm", stale);
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new RatingForm());
		}
		model.addAttribute("request", view);
		model.addAttribute("countyName", counties.find(view.countyId()).map(county -> county.name(locale)).orElse(""));
		model.addAttribute("maxFileBytes", StoredFiles.MAX_BYTES);
		model.addAttribute("maxFiles",
				Math.min(EvidenceIntake.MAX_WITH_FORM, EvidenceIntake.MAX_PER_REQUEST - view.evidence().size()));
		return VIEW_STATUS;
	}

}
