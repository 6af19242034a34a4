package org.unionrights.teams.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.accounts.AccountService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * A team's lawyers, as administrators keep them: adding an enabled lawyer (of a kind), removing one.
 */
@Controller
@RequestMapping("/admin/teams/{id}/members")
class TeamMembersController {

	private final TeamService teams;

	private final AccountService accounts;

	TeamMembersController(TeamService teams, AccountService accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	@PostMapping
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm memberForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TeamView team = teams.find(id);
		if (!result.hasErrors()) {
			try {
				teams.addMember(id, memberForm.getAccountId(), memberForm.getLawyerKind());
				Flash.success(redirect, "team.member.added");
				return "redirect:/admin/teams/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("form", TeamForm.of(team));
		return page(team, model, accounts);
	}

	@PostMapping("/{accountId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
		teams.removeMember(id, accountId);
		Flash.success(redirect, "team.member.removed");
		return "redirect:/admin/teams/" + id;
	}

	/** A team's page: its details, its lawyers and the lawyers who could join it. */
	static String page(TeamView team, Model model, AccountService accounts) {
		model.addAttribute("team", team);
		model.addAttribute("lawyers", accounts.lawyers());
		return TeamAdminController.VIEW_TEAM;
	}

}
