package org.unionrights.cases.web;

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
import org.unionrights.cases.CaseDocuments;
import org.unionrights.cases.CaseService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.files.FileDownloads;
import org.unionrights.files.FileView;
import org.unionrights.files.StoredFiles;
import org.unionrights.security.PortalUser;

/**
 * The documents section of a case: uploading one (a refusal names the file), and downloading one,
 * only through its own case.
 */
@Controller
@RequestMapping("/cases/{caseNo}/attachments")
class DocumentsSectionController {

	private final CaseService cases;

	private final CaseDocuments documents;

	DocumentsSectionController(CaseService cases, CaseDocuments documents) {
		this.cases = cases;
		this.documents = documents;
	}

	@PostMapping
	String attach(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		cases.view(user, caseNo);
		try {
			FileView added = documents.attach(user, caseNo, file);
			Flash.success(redirect, "attachment.added", added.name());
		}
		catch (RuleViolationException ex) {
			// The file's refusals name it ("{0}" in their text).
			Object[] named = file == null ? new Object[0] : new Object[] { StoredFiles.displayName(file.getOriginalFilename()) };
			Flash.error(redirect, ex.getCode(), named);
		}
		return "redirect:/cases/" + caseNo + "#attachments-heading";
	}

	@GetMapping("/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String caseNo, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) throws IOException {
		CaseDocuments.Document document = documents.open(user, caseNo, id);
		return FileDownloads.of(document.view(), document.content());
	}

}
