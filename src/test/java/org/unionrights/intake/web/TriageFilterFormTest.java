package org.unionrights.intake.web;

import org.junit.jupiter.api.Test;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.RequestStatus;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class TriageFilterFormTest {

	@Test
	void noStatusMeansOpenRequestsAndAnEmptyOneEveryStatus() {
		TriageFilterForm form = new TriageFilterForm();
		assertThat(form.toFilter().status()).isEqualTo(RequestStatus.SUBMITTED);
		form.setStatus("");
		assertThat(form.toFilter().status()).isNull();
		form.setStatus("PARTY");
		assertThat(form.toFilter().status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void theLinkKeepsEveryFilterAndASearchWithPlusAndBraces() {
		TriageFilterForm form = new TriageFilterForm();
		form.setStatus("CLOSED");
		form.setCategory(RequestCategory.WAGES);
		form.setMigrant(true);
		form.setQ(" C++ a{b} 张三 ");
		String link = form.query("/triage");
		assertThat(link).startsWith("/triage?status=CLOSED&category=WAGES&migrant=true&q=");
		// Read back as the server reads it, the search is what was typed.
		String q = UriComponentsBuilder.fromUriString(link).build(true).getQueryParams().getFirst("q");
		assertThat(java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("C++ a{b} 张三");
	}

}
