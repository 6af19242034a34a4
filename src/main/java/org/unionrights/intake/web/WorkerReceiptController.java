package org.unionrights.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.web.Flash;
import org.unionrights.security.StaleForms;

/**
 * The worker's receipt after the help form: the request number and query code, shown again on a
 * reload for {@link Receipts#SHOWN_FOR}, until the worker says they have written them down.
 */
@Controller
@RequestMapping("/help/receipt")
class WorkerReceiptController {

	private final Receipts receipts;

	WorkerReceiptController(Receipts receipts) {
		this.receipts = receipts;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "help");
	}

	@GetMapping
	String receipt(HttpSession session, Model model) {
		model.addAttribute("receipt", receipts.find(session, Receipts.WORKER));
		model.addAttribute("staff", false);
		return HelpFormSupport.VIEW_RECEIPT;
	}

	/** "I have written them down": the code is shown no more in this browser. */
	@PostMapping("/hide")
	String hide(HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		if (StaleForms.isStale(request)) {
			return "redirect:/help/receipt";
		}
		receipts.forget(session, Receipts.WORKER);
		Flash.success(redirect, "receipt.hidden");
		return "redirect:/help/status";
	}

}
