package org.unionrights.accounts.web;

import java.security.Principal;

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
import org.unionrights.accounts.AccountNotFoundException;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;

/**
 * Who may sign in, as administrators decide: a new password (which also lifts a lock), disabling
 * an account after a confirmation (its sessions end), enabling it again.
 */
@Controller
@RequestMapping("/admin/accounts/{id}")
class AccountAccessController {

	static final String VIEW_PASSWORD = "accounts/password";

	static final String VIEW_DISABLE = "accounts/disable";

	private static final String REDIRECT_LIST = "redirect:/admin/accounts";

	private final AccountService accounts;

	AccountAccessController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "accounts");
	}

	@GetMapping("/password")
	String showPasswordForm(@PathVariable long id, Model model) {
		model.addAttribute("account", load(id));
		model.addAttribute("form", new PasswordForm());
		return VIEW_PASSWORD;
	}

	@PostMapping("/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AccountView account = load(id);
		if (!result.hasFieldErrors("password") && !form.confirmed()) {
			result.rejectValue("passwordConfirm", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return VIEW_PASSWORD;
		}
		accounts.resetPassword(id, form.getPassword());
		Flash.success(redirect, "account.password.reset", account.username());
		return REDIRECT_LIST;
	}

	@GetMapping("/disable")
	String confirmDisable(@PathVariable long id, Model model) {
		model.addAttribute("account", load(id));
		return VIEW_DISABLE;
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
		AccountView account = load(id);
		try {
			accounts.disable(id, principal.getName());
			Flash.success(redirect, "account.disabled", account.username());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return REDIRECT_LIST;
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		AccountView account = load(id);
		accounts.enable(id);
		Flash.success(redirect, "account.enabled", account.username());
		return REDIRECT_LIST;
	}

	private AccountView load(long id) {
		return accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

}
