package org.unionrights.intake.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.AttemptLimiter;
import org.unionrights.common.AttemptLimits;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.SumChallenge;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.TrackingNumbers;
import org.unionrights.intake.WorkerKey;
import org.unionrights.security.StaleForms;

/**
 * "查询我的求助": tracking number and query code open a request for this browser session, until the
 * worker leaves it ("this is not my phone"). Wrong codes are counted per number and per address,
 * and a number or address with too many is refused for a while.
 */
@Controller
@RequestMapping("/help")
class RequestLookupController {

	static final String VIEW_LOOKUP = "intake/lookup";

	/** The kind of the sum asked before another code for a number with too many wrong ones. */
	private static final String CHALLENGE = "lookup";

	private final HelpRequestService requests;

	private final WorkerAccess access;

	private final Receipts receipts;

	private final AttemptLimiter failuresPerNumber;

	private final AttemptLimiter failuresPerAddress;

	RequestLookupController(HelpRequestService requests, WorkerAccess access, Receipts receipts, IntakeLimits limits,
			AttemptLimits attemptLimits) {
		this.requests = requests;
		this.access = access;
		this.receipts = receipts;
		this.failuresPerNumber = limits.lookupsPerNumber(attemptLimits);
		this.failuresPerAddress = limits.lookupsPerAddress(attemptLimits);
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "status");
	}

	@GetMapping("/status")
	String showLookup(Model model) {
		model.addAttribute("form", new LookupForm());
		return VIEW_LOOKUP;
	}

	@PostMapping("/status")
	String lookup(@Valid @ModelAttribute("form") LookupForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		if (StaleForms.isStale(request)) {
			model.addAttribute("staleForm", true);
			return VIEW_LOOKUP;
		}
		if (result.hasErrors()) {
			return VIEW_LOOKUP;
		}
		// However the number is typed, its failures count against the same request.
		String normalized = TrackingNumbers.normalize(form.getTrackingNo());
		String numberKey = normalized != null ? normalized : form.getTrackingNo().strip().toUpperCase(Locale.ROOT);
		String address = request.getRemoteAddr();
		if (failuresPerAddress.isBlocked(address)) {
			response.setStatus(429);
			result.reject("lookup.limit", new Object[] { failuresPerAddress.window().toMinutes() }, null);
			return VIEW_LOOKUP;
		}
		// Wrong codes for a number do not lock its holder out: past the limit, each try for it
		// first answers a sum the portal asks, and the right code then opens it and clears the count.
		if (failuresPerNumber.isBlocked(numberKey)
				&& !SumChallenge.passes(session, CHALLENGE, numberKey, form.getChallengeAnswer())) {
			if (form.getChallengeAnswer() != null && !form.getChallengeAnswer().isBlank()) {
				failuresPerAddress.record(address);
				result.rejectValue("challengeAnswer", "lookup.challenge.wrong");
			}
			else {
				result.reject("lookup.challenge.needed");
			}
			response.setStatus(429);
			model.addAttribute("challenge", SumChallenge.ask(session, CHALLENGE, numberKey));
			form.setChallengeAnswer(null);
			return VIEW_LOOKUP;
		}
		Optional<WorkerKey> key = requests.verify(form.getTrackingNo(), form.getQueryCode());
		if (key.isEmpty()) {
			failuresPerNumber.record(numberKey);
			failuresPerAddress.record(address);
			// What was typed stays, so a one-letter slip is corrected, not typed again.
			result.reject("lookup.failed");
			if (failuresPerNumber.isBlocked(numberKey)) {
				model.addAttribute("challenge", SumChallenge.ask(session, CHALLENGE, numberKey));
			}
			form.setChallengeAnswer(null);
			return VIEW_LOOKUP;
		}
		failuresPerNumber.reset(numberKey);
		request.changeSessionId(); // a new session id for a session that now opens a request
		access.grant(session, key.get());
		return "redirect:/help/requests/" + key.get().trackingNo();
	}

	/** "This is not my phone": forget the request in this browser. */
	@PostMapping("/requests/{trackingNo}/leave")
	String leave(@PathVariable String trackingNo, HttpServletRequest request, HttpSession session,
			RedirectAttributes redirect) {
		if (!StaleForms.isStale(request)) {
			access.revoke(session, trackingNo);
			receipts.forget(session, Receipts.WORKER); // nor is the receipt's code shown again
			Flash.success(redirect, "status.left");
		}
		return "redirect:/help/status";
	}

}
