package org.unionrights.enterprises.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.enterprises.EnterpriseService;
import org.unionrights.enterprises.GroupActivityKind;
import org.unionrights.enterprises.GroupService;
import org.unionrights.enterprises.GroupView;
import org.unionrights.enterprises.OpinionTopic;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * "1+3" groups: the list, forming one around a lead enterprise, its page with members, the
 * activity log and the workers' opinions with their answers. Enterprises are named by their
 * credit codes; a refusal comes back as a message at the top of the page, which keeps its forms.
 */
@Controller
@StaffOnly
@RequestMapping("/groups")
class GroupController {

	static final String VIEW_LIST = "enterprises/groups";

	static final String VIEW_GROUP = "enterprises/group";

	private final GroupService groups;

	private final EnterpriseService enterprises;

	private final CountyDirectory counties;

	private final Clock clock;

	GroupController(GroupService groups, EnterpriseService enterprises, CountyDirectory counties, Clock clock) {
		this.groups = groups;
		this.enterprises = enterprises;
		this.counties = counties;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "enterprises");
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("page", groups.list(user, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		return VIEW_LIST;
	}

	@PostMapping
	String form(@RequestParam(defaultValue = "") String leadCode, @RequestParam(defaultValue = "") String liaison,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			long lead = enterprises.idsOf(user, List.of(leadCode), "leadCode").get(0);
			GroupView formed = groups.form(user, lead, liaison, formedOn);
			Flash.success(redirect, "group.formed", formed.lead().name());
			return "redirect:/groups/" + formed.id();
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
			redirect.addFlashAttribute("leadCode", leadCode);
			redirect.addFlashAttribute("liaison", liaison);
			return "redirect:/groups";
		}
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("group", groups.find(user, id));
		model.addAttribute("activityKinds", Arrays.asList(GroupActivityKind.values()));
		model.addAttribute("topics", Arrays.asList(OpinionTopic.values()));
		return VIEW_GROUP;
	}

	@PostMapping("/{id:[0-9]+}/members")
	String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String memberCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return act(id, redirect, "group.member.added", () -> groups.addMember(user, id, memberCode, joinedOn));
	}

	@PostMapping("/{id:[0-9]+}/activities")
	String activity(@PathVariable long id, @RequestParam(required = false) GroupActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(defaultValue = "-1") int peopleReached, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return act(id, redirect, "group.activity.recorded",
				() -> groups.recordActivity(user, id, kind, heldOn, peopleReached, note.length() > 300 ? note.substring(0, 300) : note));
	}

	@PostMapping("/{id:[0-9]+}/opinions")
	String opinion(@PathVariable long id, @RequestParam(required = false) OpinionTopic topic,
			@RequestParam(defaultValue = "") String text, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "group.opinion.recorded", () -> groups.raiseOpinion(user, id, topic, text));
	}

	@PostMapping("/{id:[0-9]+}/opinions/{opinionId:[0-9]+}/answer")
	String answer(@PathVariable long id, @PathVariable long opinionId, @RequestParam(defaultValue = "") String answer,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return act(id, redirect, "group.opinion.answeredNow", () -> groups.answerOpinion(user, id, opinionId, answer));
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, done);
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/groups/" + id;
	}

}
