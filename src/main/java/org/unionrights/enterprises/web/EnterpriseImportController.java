package org.unionrights.enterprises.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.TableExport;
import org.unionrights.enterprises.EnterpriseImport;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Importing enterprises from CSV or XLSX: the file is checked first and nothing is written; a
 * clean file is imported at once, otherwise the page lists each rejected row with its line and
 * reasons and asks whether to import only the valid rows. What was checked waits in the session
 * under a token the confirmation must carry, so a stale or repeated confirmation imports nothing.
 */
@Controller
@StaffOnly
@RequestMapping("/enterprises/import")
class EnterpriseImportController {

	static final String VIEW_IMPORT = "enterprises/import";

	static final String PENDING = "enterprises.pendingImport";

	private final EnterpriseImport importer;

	private final EnterpriseTable table;

	private final Clock clock;

	EnterpriseImportController(EnterpriseImport importer, EnterpriseTable table, Clock clock) {
		this.importer = importer;
		this.table = table;
		this.clock = clock;
	}

	/** Checked rows waiting for the user's choice. */
	record Pending(String token, String fileName, List<EnterpriseImport.ValidRow> rows) implements Serializable {
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("activeMenu", "enterprises");
		return VIEW_IMPORT;
	}

	@GetMapping("/template.{format}")
	void template(@PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
		TableExport.Format chosen = EnterpriseTable.format(format);
		TableExport.prepare(response, chosen, "enterprises-template", LocalDate.now(clock));
		table.template(chosen, locale, response.getOutputStream());
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model, RedirectAttributes redirect)
			throws IOException {
		model.addAttribute("activeMenu", "enterprises");
		session.removeAttribute(PENDING);
		if (file == null || file.isEmpty()) {
			model.addAttribute("refused", "enterprises.import.empty");
			return VIEW_IMPORT;
		}
		String fileName = file.getOriginalFilename();
		EnterpriseImport.Checked checked;
		try {
			checked = importer.check(user, fileName, file.getSize() > Integer.MAX_VALUE ? null : file.getBytes());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("refused", ex.getCode());
			return VIEW_IMPORT;
		}
		if (checked.isClean()) {
			return imported(user, fileName, checked.valid(), redirect);
		}
		String token = UUID.randomUUID().toString();
		session.setAttribute(PENDING, new Pending(token, fileName, checked.valid()));
		model.addAttribute("checked", checked);
		model.addAttribute("token", token);
		model.addAttribute("fileName", fileName);
		return VIEW_IMPORT;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @AuthenticationPrincipal PortalUser user,
			HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.token().equals(token)) {
			// Already imported, replaced by another file, or the session ended: nothing is written.
			Flash.error(redirect, "enterprises.import.stale");
			return "redirect:/enterprises/import";
		}
		session.removeAttribute(PENDING);
		return imported(user, pending.fileName(), pending.rows(), redirect);
	}

	private String imported(PortalUser user, String fileName, List<EnterpriseImport.ValidRow> rows,
			RedirectAttributes redirect) {
		try {
			int count = importer.importRows(user, fileName, rows);
			Flash.success(redirect, "enterprises.import.done", count);
			return "redirect:/enterprises";
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
			return "redirect:/enterprises/import";
		}
	}

}
