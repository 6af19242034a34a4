package org.unionrights.intake.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.common.AttemptLimiter;
import org.unionrights.common.AttemptLimits;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.FormErrors;
import org.unionrights.intake.Channel;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Submission;
import org.unionrights.intake.SubmittedRequest;

/**
 * "我要求助": the public help form. Step one picks the kind of problem, step two is one form in
 * numbered sections for that kind; after it, the receipt ({@link WorkerReceiptController}). Works
 * without JavaScript.
 */
@Controller
@RequestMapping("/help")
class HelpFormController {

	static final String VIEW_PRIVACY = "intake/privacy";

	private final HelpFormSupport support;

	private final Receipts receipts;

	private final HelpRequestService requests;

	private final AttemptLimiter submissions;

	private final AttemptLimiter uploads;

	HelpFormController(HelpFormSupport support, Receipts receipts, HelpRequestService requests, IntakeLimits limits,
			AttemptLimits attemptLimits) {
		this.support = support;
		this.receipts = receipts;
		this.requests = requests;
		this.submissions = limits.submissions(attemptLimits);
		this.uploads = limits.uploads(attemptLimits);
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "help");
	}

	@GetMapping("/new")
	String showForm(@RequestParam(required = false) RequestCategory category, Model model) {
		if (category == null) {
			model.addAttribute("categories", RequestCategory.values());
			return HelpFormSupport.VIEW_CHOOSE;
		}
		HelpRequestForm form = new HelpRequestForm(category, HelpFormSupport.newDraftToken());
		model.addAttribute("form", form);
		support.prepare(model, form);
		return HelpFormSupport.VIEW_FORM;
	}

	@PostMapping("/new")
	String submit(@Valid @ModelAttribute("form") HelpRequestForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		form.setChannel(Channel.WEB);
		if (form.getCategory() == null) {
			return "redirect:/help/new";
		}
		if (support.isStale(request, model)) {
			support.prepare(model, form);
			return HelpFormSupport.VIEW_FORM;
		}
		if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
			result.reject("request.rejected");
			support.prepare(model, form);
			return HelpFormSupport.VIEW_FORM;
		}
		String address = request.getRemoteAddr();
		if (submissions.isBlocked(address)) {
			response.setStatus(429);
			result.reject("request.limit", new Object[] { submissions.window().toMinutes() }, null);
			support.prepare(model, form);
			return HelpFormSupport.VIEW_FORM;
		}
		List<MultipartFile> accepted = files;
		List<EvidenceIntake.Refused> throttled = List.of();
		if (HelpFormSupport.hasFiles(files) && !uploads.tryAcquire(address)) {
			throttled = EvidenceIntake.Refused.all(files, "evidence.limit");
			accepted = List.of();
		}
		boolean ready = support.check(form, result, accepted, "worker", model);
		if (!throttled.isEmpty()) {
			model.addAttribute("refusedFiles", throttled);
		}
		if (!ready || !throttled.isEmpty()) {
			support.prepare(model, form);
			return HelpFormSupport.VIEW_FORM;
		}
		String code = receipts.queryCodeFor(session, form.getDraftToken(), requests::newQueryCode);
		try {
			SubmittedRequest submitted = requests.submit(form.toNewHelpRequest(),
					Submission.web(form.getDraftToken(), code));
			if (submitted.filedNow()) {
				submissions.record(address);
				request.changeSessionId(); // the session now holds a code: a new id, as after a look-up
			}
			receipts.keep(session, Receipts.WORKER, form.getDraftToken(),
					new Receipt(submitted.trackingNo(), code, null, submitted.filedAt()), submitted.filedNow());
			return "redirect:/help/receipt";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			support.prepare(model, form);
			return HelpFormSupport.VIEW_FORM;
		}
	}

	@GetMapping("/privacy")
	String privacy() {
		return VIEW_PRIVACY;
	}

}
