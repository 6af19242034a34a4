package org.unionrights.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.files.StoredFiles;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.InjuryReported;
import org.unionrights.intake.NewFormWork;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Roster;
import org.unionrights.security.StaleForms;

/**
 * What the worker's form and the staff intake form share: the choices they offer, checking a
 * filled-in form with its files, and the query code of a form that may be sent twice.
 */
@Component
class HelpFormSupport {

	static final String VIEW_CHOOSE = "intake/choose";

	static final String VIEW_FORM = "intake/form";

	static final String VIEW_RECEIPT = "intake/receipt";

	private static final Pattern TOKEN = Pattern.compile("^[0-9a-f]{32}$");

	private final CountyDirectory counties;

	private final EvidenceIntake evidence;

	private final HelpRequestService requests;

	private final HelpRequestFormValidator validator;

	HelpFormSupport(CountyDirectory counties, EvidenceIntake evidence, HelpRequestService requests,
			HelpRequestFormValidator validator) {
		this.counties = counties;
		this.evidence = evidence;
		this.requests = requests;
		this.validator = validator;
	}

	static String newDraftToken() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	void prepare(Model model, HelpRequestForm form) {
		model.addAttribute("categories", Arrays.asList(RequestCategory.values()));
		model.addAttribute("counties", counties.active());
		model.addAttribute("newFormWorks", Arrays.asList(NewFormWork.values()));
		model.addAttribute("injuryReports", Arrays.asList(InjuryReported.values()));
		model.addAttribute("maxFiles", EvidenceIntake.MAX_WITH_FORM);
		model.addAttribute("maxFileBytes", StoredFiles.MAX_BYTES);
		List<?> drafts = form.getDraftToken() == null ? List.of() : evidence.drafts(form.getDraftToken());
		model.addAttribute("drafts", drafts);
		model.addAttribute("moreFiles", EvidenceIntake.MAX_WITH_FORM - drafts.size());
		Roster roster = form.parsedRoster();
		if (!roster.lines().isEmpty()) {
			model.addAttribute("rosterCount", roster.lines().size());
			model.addAttribute("rosterTotal", roster.total());
			model.addAttribute("rosterDiffers", roster.totalDiffersFrom(form.getWages().getAmountOwed()));
		}
	}

	/**
	 * Checks the form and takes its files in. Files that pass are kept under the draft token
	 * even when something else is wrong; refused ones are listed beside the file input.
	 * @return whether the form can be submitted
	 */
	boolean check(HelpRequestForm form, BindingResult result, List<MultipartFile> files, String uploader,
			Model model) {
		if (form.getDraftToken() == null || !TOKEN.matcher(form.getDraftToken()).matches()) {
			form.setDraftToken(newDraftToken());
		}
		validator.validate(form, result);
		List<EvidenceIntake.Refused> refused = List.of();
		if (!requests.isSubmitted(form.getDraftToken())) {
			// A copy of a form already filed stores nothing: its request is answered as it is.
			refused = evidence.acceptDraft(form.getDraftToken(), files, uploader).refused();
		}
		model.addAttribute("refusedFiles", refused);
		return !result.hasErrors() && refused.isEmpty();
	}

	/** Whether any file was chosen in the form's file input. */
	static boolean hasFiles(List<MultipartFile> files) {
		return files != null && files.stream().anyMatch(file -> file != null && !file.isEmpty());
	}

	/** A stale form (its CSRF token expired) comes back with everything typed and a note. */
	boolean isStale(jakarta.servlet.http.HttpServletRequest request, Model model) {
		boolean stale = StaleForms.isStale(request);
		if (stale) {
			model.addAttribute("staleForm", true);
		}
		return stale;
	}

}
