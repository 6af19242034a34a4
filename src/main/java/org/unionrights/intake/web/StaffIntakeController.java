package org.unionrights.intake.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.FormErrors;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.Channel;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Submission;
import org.unionrights.intake.SubmittedRequest;
import org.unionrights.security.KeptForm;
import org.unionrights.security.PortalUser;

/**
 * Staff register a request on a worker's behalf: a 12351 call, a walk-in, a referral. A county
 * officer registers for their own county only, whatever the form says. The receipt gives the
 * tracking number and query code to pass on, and flags a likely duplicate.
 */
@Controller
@RequestMapping("/intake")
class StaffIntakeController {

	private final HelpFormSupport support;

	private final Receipts receipts;

	private final HelpRequestService requests;

	private final CountyDirectory counties;

	StaffIntakeController(HelpFormSupport support, Receipts receipts, HelpRequestService requests,
			CountyDirectory counties) {
		this.support = support;
		this.receipts = receipts;
		this.requests = requests;
		this.counties = counties;
	}

	@ModelAttribute
	void staffForm(Model model) {
		model.addAttribute("staff", true);
		model.addAttribute("channels", EnumSet.of(Channel.HOTLINE, Channel.WALK_IN, Channel.REFERRAL));
		model.addAttribute("activeMenu", "intake");
	}

	@GetMapping("/new")
	String showForm(@RequestParam(required = false) RequestCategory category,
			@AuthenticationPrincipal PortalUser user, Model model, jakarta.servlet.http.HttpServletRequest request) {
		// A call registered after the session ended comes back as it was typed (files must be chosen again).
		var kept = KeptForm.take(request, "/intake/new").map(found -> found.bindTo(new HelpRequestForm()));
		if (kept.isPresent() && kept.get().getCategory() != null) {
			user.scope().onlyCounty().ifPresent(kept.get()::setCountyId);
			model.addAttribute("form", kept.get());
			model.addAttribute("keptForm", "form");
			prepare(model, kept.get(), user);
			return HelpFormSupport.VIEW_FORM;
		}
		if (category == null) {
			model.addAttribute("categories", RequestCategory.values());
			return HelpFormSupport.VIEW_CHOOSE;
		}
		HelpRequestForm form = new HelpRequestForm(category, HelpFormSupport.newDraftToken());
		form.setChannel(Channel.HOTLINE);
		user.scope().onlyCounty().ifPresent(form::setCountyId);
		model.addAttribute("form", form);
		prepare(model, form, user);
		return HelpFormSupport.VIEW_FORM;
	}

	@PostMapping("/new")
	String register(@Valid @ModelAttribute("form") HelpRequestForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model) {
		if (form.getCategory() == null) {
			return "redirect:/intake/new";
		}
		// A county officer registers for their own county, whatever the form says.
		user.scope().onlyCounty().ifPresent(form::setCountyId);
		if (form.getChannel() == null || !form.getChannel().isStaffChannel()) {
			result.rejectValue("channel", "intake.channel.required");
		}
		if (!support.check(form, result, files, user.getUsername(), model)) {
			prepare(model, form, user);
			return HelpFormSupport.VIEW_FORM;
		}
		String code = receipts.queryCodeFor(session, form.getDraftToken(), requests::newQueryCode);
		try {
			SubmittedRequest submitted = requests.submit(form.toNewHelpRequest(),
					Submission.byStaff(user, form.getChannel(), form.getDraftToken(), code));
			Receipt receipt = new Receipt(submitted.trackingNo(), code, submitted.likelyDuplicateOf(),
					submitted.filedAt());
			receipts.keep(session, Receipts.STAFF, form.getDraftToken(), receipt, submitted.filedNow());
			return "redirect:/intake/receipt";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			prepare(model, form, user);
			return HelpFormSupport.VIEW_FORM;
		}
	}

	/** The form's choices; a county officer is offered only their own county. */
	private void prepare(Model model, HelpRequestForm form, PortalUser user) {
		support.prepare(model, form);
		user.scope().onlyCounty().ifPresent(county -> model.addAttribute("counties", counties.find(county).stream().toList()));
	}

	@GetMapping("/receipt")
	String receipt(HttpSession session, Model model) {
		model.addAttribute("receipt", receipts.find(session, Receipts.STAFF));
		return HelpFormSupport.VIEW_RECEIPT;
	}

}
