package org.unionrights.cases.web;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionrights.cases.CaseDocuments;
import org.unionrights.files.FileDownloads;
import org.unionrights.security.PortalUser;

/**
 * A file the worker sent, opened from the case page by whoever may see the case (its lawyer
 * included), and only through its own case.
 */
@Controller
class WorkerEvidenceController {

	private final CaseDocuments documents;

	WorkerEvidenceController(CaseDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/cases/{caseNo}/evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String caseNo, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) throws IOException {
		CaseDocuments.Document file = documents.openWorkerEvidence(user, caseNo, id);
		return FileDownloads.of(file.view(), file.content());
	}

}
