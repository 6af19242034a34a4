package org.unionrights.intake.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;

/**
 * A request at triage as its page shows it, with the triage forms (reply, note, decline, refer,
 * merge): a form that failed keeps what was typed and shows its error, the others are empty.
 */
@Component
class StaffRequestPage {

	static final String VIEW_REQUEST = "intake/staff-request";

	private static final String[] FORMS = { "reply", "note", "decline", "refer", "merge" };

	private final StaffRequests requests;

	private final CountyDirectory counties;

	StaffRequestPage(StaffRequests requests, CountyDirectory counties) {
		this.requests = requests;
		this.counties = counties;
	}

	/** The page, with a form sent after the session ended put back as it was typed, to send again. */
	String renderKept(java.util.Optional<org.unionrights.security.KeptForm> kept, String trackingNo, PortalUser user,
			Model model, Locale locale) {
		if (kept.isPresent() && java.util.Arrays.asList(FORMS).contains(kept.get().actionName())) {
			model.addAttribute("keptForm", kept.get().actionName() + "Form");
			return render(trackingNo, user, model, locale, kept.get().actionName(), kept.get().bindTo(new StaffTextForm()),
					null);
		}
		return render(trackingNo, user, model, locale, null, null, null);
	}

	String render(String trackingNo, PortalUser user, Model model, Locale locale, String failed, StaffTextForm form,
			BindingResult result) {
		var view = requests.view(user, trackingNo);
		model.addAttribute("request", view);
		model.addAttribute("countyName", counties.find(view.countyId()).map(c -> c.name(locale)).orElse(""));
		for (String name : FORMS) {
			boolean isFailed = name.equals(failed);
			model.addAttribute(name + "Form", isFailed ? form : new StaffTextForm());
			if (isFailed && result != null) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name + "Form", result);
			}
		}
		model.addAttribute("activeMenu", "triage");
		return VIEW_REQUEST;
	}

}
