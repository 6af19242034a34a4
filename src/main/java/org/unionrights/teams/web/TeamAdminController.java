package org.unionrights.teams.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.unionrights.accounts.AccountService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * Administrators keep the legal service teams: create, rename, move to a county, add and remove
 * lawyers, deactivate (after confirming) and activate again.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	static final String VIEW_LIST = "teams/list";

	static final String VIEW_TEAM = "teams/team";

	static final String VIEW_DEACTIVATE = "teams/deactivate";

	private final TeamService teams;

	private final AccountService accounts;

	TeamAdminController(TeamService teams, AccountService accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teams.list());
		model.addAttribute("form", new TeamForm());
		return VIEW_LIST;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TeamView team = teams.create(form.getName(), form.getKind(), form.getCountyId());
				Flash.success(redirect, "team.created", team.name());
				return "redirect:/admin/teams/" + team.id();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("teams", teams.list());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		TeamView team = teams.find(id);
		model.addAttribute("form", TeamForm.of(team));
		model.addAttribute("memberForm", new MemberForm());
		return page(team, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TeamView team = teams.find(id);
		model.addAttribute("memberForm", new MemberForm());
		if (!result.hasErrors()) {
			try {
				teams.update(id, form.getVersion(), form.getName(), form.getKind(), form.getCountyId());
				Flash.success(redirect, "team.updated", form.getName());
				return "redirect:/admin/teams/" + id;
			}
			catch (StaleEditException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
				form.setVersion(ex.getCurrentVersion());
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(team, model);
	}

	@GetMapping("/{id}/deactivate")
	String confirmDeactivate(@PathVariable long id, Model model) {
		model.addAttribute("team", teams.find(id));
		return VIEW_DEACTIVATE;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		teams.setActive(id, false);
		Flash.success(redirect, "team.deactivated", teams.find(id).name());
		return "redirect:/admin/teams";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		teams.setActive(id, true);
		Flash.success(redirect, "team.activated", teams.find(id).name());
		return "redirect:/admin/teams/" + id;
	}

	private String page(TeamView team, Model model) {
		return TeamMembersController.page(team, model, accounts);
	}

}
