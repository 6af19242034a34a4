package org.unionrights.accounts.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.accounts.AccountNotFoundException;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.Role;

/**
 * Administrators' account pages: list, create, change name, role and county. Who may sign in
 * (password, disabling) is {@link AccountAccessController}'s. Only {@code CITY_ADMIN} reaches
 * {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final String VIEW_LIST = "accounts/list";

	static final String VIEW_NEW = "accounts/new";

	static final String VIEW_EDIT = "accounts/edit";

	private static final String REDIRECT_LIST = "redirect:/admin/accounts";

	private final AccountService accounts;

	private final CountyDirectory counties;

	AccountAdminController(AccountService accounts, CountyDirectory counties) {
		this.accounts = accounts;
		this.counties = counties;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("counties", counties.active());
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("activeMenu", "accounts");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<AccountView> result = accounts.list(PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE));
		model.addAttribute("page", result);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String showNewForm(Model model) {
		model.addAttribute("form", new NewAccountForm());
		return VIEW_NEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirm())) {
			result.rejectValue("passwordConfirm", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_NEW;
		}
		try {
			AccountView created = accounts.create(form.toNewAccount());
			Flash.success(redirect, "account.created", created.username());
			return REDIRECT_LIST;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return VIEW_NEW;
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		AccountView account = load(id);
		model.addAttribute("account", account);
		model.addAttribute("form", EditAccountForm.of(account));
		return VIEW_EDIT;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditAccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccountView account = load(id);
		model.addAttribute("account", account);
		if (result.hasErrors()) {
			return VIEW_EDIT;
		}
		try {
			accounts.update(id, form.getVersion(), form.getDisplayName(), form.getRole(), form.getCountyId());
			Flash.success(redirect, "account.updated", account.username());
			return REDIRECT_LIST;
		}
		catch (StaleEditException ex) {
			// Keep what was typed; show what is saved now; a second save is a deliberate overwrite.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(ex.getCurrentVersion());
			return VIEW_EDIT;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return VIEW_EDIT;
		}
	}

	private AccountView load(long id) {
		return accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

}
