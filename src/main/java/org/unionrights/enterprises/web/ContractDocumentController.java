package org.unionrights.enterprises.web;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.enterprises.ContractService;
import org.unionrights.enterprises.EnterpriseNotFoundException;
import org.unionrights.files.FileDownloads;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * A collective contract's signed document: uploaded (checked like evidence; a refusal names the
 * file) and opened only through its own contract.
 */
@Controller
@StaffOnly
@RequestMapping("/contracts")
class ContractDocumentController {

	private final ContractService contracts;

	ContractDocumentController(ContractService contracts) {
		this.contracts = contracts;
	}

	@PostMapping("/{id:[0-9]+}/document")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			contracts.attach(user, id, file);
			Flash.success(redirect, "contract.document.attached");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode(), file == null ? "" : file.getOriginalFilename());
		}
		return "redirect:/contracts/" + id;
	}

	@GetMapping("/{id:[0-9]+}/document")
	ResponseEntity<InputStreamResource> document(@PathVariable long id, @AuthenticationPrincipal PortalUser user)
			throws IOException {
		var view = contracts.document(user, id).orElseThrow(() -> new EnterpriseNotFoundException(id));
		return FileDownloads.of(view, contracts.openDocument(user, id));
	}

}
