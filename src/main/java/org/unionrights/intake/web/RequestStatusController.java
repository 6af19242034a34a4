package org.unionrights.intake.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.unionrights.common.AttemptLimiter;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.TrackingNumbers;
import org.unionrights.intake.WorkerRequestView;
import org.unionrights.security.StaleForms;

/**
 * "查询我的求助": tracking number and query code open a request for this browser session; then
 * the worker follows its steps, writes to the union, adds evidence while it is open and rates the
 * service once it is finished. Any other request's address shows nothing but the look-up form.
 */
@Controller
@RequestMapping("/help")
class RequestStatusController {

	static final String VIEW_LOOKUP = "intake/lookup";

	static final String VIEW_STATUS = "intake/status";

	private static final String ACCESS = "intake.access";

	private static final String LOOKUP = "redirect:/help/status";

	private final HelpRequestService requests;

	private final CountyDirectory counties;

	private final AttemptLimiter failuresPerNumber;

	private final AttemptLimiter failuresPerAddress;

	RequestStatusController(HelpRequestService requests, CountyDirectory counties, IntakeLimits limits, Clock clock) {
		this.requests = requests;
		this.counties = counties;
		this.failuresPerNumber = limits.lookupsPerNumber(clock);
		this.failuresPerAddress = limits.lookupsPerAddress(clock);
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
		if (failuresPerNumber.isBlocked(numberKey) || failuresPerAddress.isBlocked(address)) {
			response.setStatus(429);
			result.reject("lookup.limit", new Object[] { failuresPerNumber.window().toMinutes() }, null);
			form.setQueryCode(null);
			return VIEW_LOOKUP;
		}
		Optional<String> trackingNo = requests.verify(form.getTrackingNo(), form.getQueryCode());
		if (trackingNo.isEmpty()) {
			failuresPerNumber.record(numberKey);
			failuresPerAddress.record(address);
			result.reject("lookup.failed");
			form.setQueryCode(null);
			return VIEW_LOOKUP;
		}
		request.changeSessionId(); // a new session id for a session that now opens a request
		grant(session, trackingNo.get());
		return "redirect:/help/requests/" + trackingNo.get();
	}

	@GetMapping("/requests/{trackingNo}")
	String show(@PathVariable String trackingNo, HttpSession session, Model model, Locale locale) {
		Optional<WorkerRequestView> view = viewIfAllowed(session, trackingNo);
		if (view.isEmpty()) {
			return LOOKUP;
		}
		return display(model, view.get(), locale, false);
	}

	@PostMapping("/requests/{trackingNo}/messages")
	String addMessage(@PathVariable String trackingNo, @Valid @ModelAttribute("messageForm") MessageForm messageForm,
			BindingResult result, HttpServletRequest request, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(trackingNo, result, request, session, model, locale, redirect, "status.message.sent",
				number -> requests.addWorkerMessage(number, messageForm.getText()));
	}

	@PostMapping("/requests/{trackingNo}/evidence")
	String addEvidence(@PathVariable String trackingNo,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpSession session, RedirectAttributes redirect) {
		Optional<WorkerRequestView> view = viewIfAllowed(session, trackingNo);
		if (view.isEmpty()) {
			return LOOKUP;
		}
		if (StaleForms.isStale(request)) {
			Flash.error(redirect, "form.stale.files");
			return redirectTo(view.get());
		}
		try {
			EvidenceIntake.Outcome outcome = requests.addWorkerEvidence(view.get().trackingNo(), files);
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
		return redirectTo(view.get());
	}

	@PostMapping("/requests/{trackingNo}/rating")
	String rate(@PathVariable String trackingNo, @Valid @ModelAttribute("ratingForm") RatingForm ratingForm,
			BindingResult result, HttpServletRequest request, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(trackingNo, result, request, session, model, locale, redirect, "status.rating.thanks",
				number -> requests.rate(number, ratingForm.getScore(), ratingForm.getComment()));
	}

	/**
	 * A worker's form on the status page: nothing of another request; a stale or wrong form shown
	 * again with what was typed; otherwise the action, a message, and back to the page.
	 */
	private String act(String trackingNo, BindingResult result, HttpServletRequest request, HttpSession session,
			Model model, Locale locale, RedirectAttributes redirect, String doneCode, Consumer<String> action) {
		Optional<WorkerRequestView> view = viewIfAllowed(session, trackingNo);
		if (view.isEmpty()) {
			return LOOKUP;
		}
		if (StaleForms.isStale(request) || result.hasErrors()) {
			return display(model, view.get(), locale, StaleForms.isStale(request));
		}
		try {
			action.accept(view.get().trackingNo());
			Flash.success(redirect, doneCode);
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return redirectTo(view.get());
	}

	/** "This is not my phone": forget the request in this browser. */
	@PostMapping("/requests/{trackingNo}/leave")
	String leave(@PathVariable String trackingNo, HttpServletRequest request, HttpSession session,
			RedirectAttributes redirect) {
		if (StaleForms.isStale(request)) {
			return LOOKUP;
		}
		synchronized (WebUtils.getSessionMutex(session)) {
			Set<String> allowed = allowed(session);
			allowed.remove(trackingNo);
			session.setAttribute(ACCESS, allowed);
		}
		Flash.success(redirect, "status.left");
		return LOOKUP;
	}

	/** The status page, keeping a form the worker is correcting (already in the model). */
	private String display(Model model, WorkerRequestView view, Locale locale, boolean stale) {
		model.addAttribute("staleForm", stale);
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new RatingForm());
		}
		model.addAttribute("request", view);
		model.addAttribute("countyName", counties.find(view.countyId()).map(county -> county.name(locale)).orElse(""));
		model.addAttribute("maxFiles",
				Math.min(EvidenceIntake.MAX_WITH_FORM, EvidenceIntake.MAX_PER_REQUEST - view.evidence().size()));
		return VIEW_STATUS;
	}

	private Optional<WorkerRequestView> viewIfAllowed(HttpSession session, String trackingNo) {
		if (!allowed(session).contains(trackingNo)) {
			return Optional.empty();
		}
		return requests.workerView(trackingNo);
	}

	private static void grant(HttpSession session, String trackingNo) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Set<String> allowed = allowed(session);
			allowed.add(trackingNo);
			session.setAttribute(ACCESS, allowed);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> allowed(HttpSession session) {
		Set<String> allowed = (Set<String>) session.getAttribute(ACCESS);
		return allowed == null ? new HashSet<>() : new HashSet<>(allowed);
	}

	private static String redirectTo(WorkerRequestView view) {
		return "redirect:/help/requests/" + view.trackingNo();
	}

}
