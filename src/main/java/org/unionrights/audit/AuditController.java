package org.unionrights.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionrights.common.web.PageLimits;

/**
 * The audit log for administrators, newest first; or only who opened a worker's full personal
 * data ({@code ?personal=true}).
 */
@Controller
class AuditController {

	static final String VIEW_LIST = "audit/list";

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean personal,
			Model model) {
		PageRequest request = PageRequest.of(PageLimits.page(page), 50);
		model.addAttribute("page", personal ? auditLog.personalDataViews(request) : auditLog.recent(request));
		model.addAttribute("personal", personal);
		model.addAttribute("activeMenu", "audit");
		return VIEW_LIST;
	}

}
