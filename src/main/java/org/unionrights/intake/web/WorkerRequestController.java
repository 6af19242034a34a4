package org.unionrights.intake.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.WorkerKey;
import org.unionrights.intake.WorkerRequestView;
import org.unionrights.security.StaleForms;

/**
 * The worker's own request, opened in this browser session by its tracking number and code: its
 * steps, a message to the union, more evidence while it is open, and the rating once it is
 * finished. Any other request's address shows the look-up form and nothing else.
 */
@Controller
@RequestMapping("/help/requests/{trackingNo}")
class WorkerRequestController {

	private static final String LOOKUP = "redirect:/help/status";

	private final HelpRequestService requests;

	private final WorkerAccess access;

	private final WorkerRequestPage page;

	WorkerRequestController(HelpRequestService requests, WorkerAccess access, WorkerRequestPage page) {
		this.requests = requests;
		this.access = access;
		this.page = page;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "status");
	}

	@GetMapping
	String show(@PathVariable String trackingNo, HttpSession session, Model model, Locale locale) {
		return access.view(session, trackingNo).map(view -> page.render(model, view, locale, false)).orElse(LOOKUP);
	}

	@PostMapping("/messages")
	String addMessage(@PathVariable String trackingNo, @Valid @ModelAttribute("messageForm") MessageForm messageForm,
			BindingResult result, HttpServletRequest request, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(trackingNo, result, request, session, model, locale, redirect, "status.message.sent",
				key -> requests.addWorkerMessage(key, messageForm.getText()));
	}

	@PostMapping("/evidence")
	String addEvidence(@PathVariable String trackingNo,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpSession session, RedirectAttributes redirect) {
		return access.key(session, trackingNo).map(key -> {
			if (StaleForms.isStale(request)) {
				Flash.error(redirect, "form.stale.files"); // files cannot be kept: the worker chooses them again
			}
			else {
				addEvidence(key, files, redirect);
			}
			return redirectTo(key);
		}).orElse(LOOKUP);
	}

	private void addEvidence(WorkerKey key, List<MultipartFile> files, RedirectAttributes redirect) {
		try {
			EvidenceIntake.Outcome outcome = requests.addWorkerEvidence(key, files);
			if (!outcome.stored().isEmpty()) {
				Flash.success(redirect, "status.evidence.added", outcome.stored().size());
			}
			else if (outcome.refused().isEmpty()) {
				Flash.error(redirect, "status.evidence.none");
			}
			redirect.addFlashAttribute("refusedFiles", outcome.refused());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
	}

	@PostMapping("/rating")
	String rate(@PathVariable String trackingNo, @Valid @ModelAttribute("ratingForm") RatingForm ratingForm,
			BindingResult result, HttpServletRequest request, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(trackingNo, result, request, session, model, locale, redirect, "status.rating.thanks",
				key -> requests.rate(key, ratingForm.getScore(), ratingForm.getComment()));
	}

	/**
	 * A worker's form on the status page: nothing of another request; a stale or wrong form shown
	 * again with what was typed; otherwise the action, a message, and back to the page.
	 */
	private String act(String trackingNo, BindingResult result, HttpServletRequest request, HttpSession session,
			Model model, Locale locale, RedirectAttributes redirect, String doneCode, Consumer<WorkerKey> action) {
		Optional<WorkerKey> key = access.key(session, trackingNo);
		Optional<WorkerRequestView> view = key.flatMap(requests::workerView);
		if (view.isEmpty()) {
			return LOOKUP;
		}
		if (StaleForms.isStale(request) || result.hasErrors()) {
			return page.render(model, view.get(), locale, StaleForms.isStale(request));
		}
		try {
			action.accept(key.get());
			Flash.success(redirect, doneCode);
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return redirectTo(key.get());
	}

	private static String redirectTo(WorkerKey key) {
		return "redirect:/help/requests/" + key.trackingNo();
	}

}
