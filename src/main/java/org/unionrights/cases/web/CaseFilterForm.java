package org.unionrights.cases.web;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;
import org.unionrights.cases.CaseFilter;
import org.unionrights.intake.RequestCategory;

/**
 * The case list's filters as they come in the address: a value that does not fit is ignored, not
 * an error (as in the triage queue). {@code status} is {@code open}, {@code closed} or empty (any).
 */
public class CaseFilterForm {

	private String q;

	private Long countyId;

	private Long teamId;

	private Long lawyerId;

	private String status;

	private RequestCategory category;

	private String flag;

	CaseFilter toFilter() {
		Boolean open = "open".equals(status) ? Boolean.TRUE : "closed".equals(status) ? Boolean.FALSE : null;
		return new CaseFilter(q, countyId, teamId, lawyerId, open, category, chosenFlag());
	}

	CaseFilter.Flag chosenFlag() {
		if (flag == null || flag.isBlank()) {
			return null;
		}
		try {
			return CaseFilter.Flag.valueOf(flag.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The address of this filter, for paging links and the exports. */
	String query(String path) {
		CaseFilter filter = toFilter();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (countyId != null) {
			link.queryParam("countyId", countyId);
		}
		if (teamId != null) {
			link.queryParam("teamId", teamId);
		}
		if (lawyerId != null) {
			link.queryParam("lawyerId", lawyerId);
		}
		if (filter.open() != null) {
			link.queryParam("status", filter.open() ? "open" : "closed");
		}
		if (category != null) {
			link.queryParam("category", category.name());
		}
		if (filter.flag() != null) {
			link.queryParam("flag", filter.flag().name().toLowerCase(Locale.ROOT));
		}
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null) {
			link.queryParam("q", "{q}");
		}
		// Expanded after encoding, so that "+" and braces in a search survive the round trip.
		return text == null ? link.encode().build().toUriString() : link.encode().buildAndExpand(text).toUriString();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public Long getTeamId() {
		return teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getLawyerId() {
		return lawyerId;
	}

	public void setLawyerId(Long lawyerId) {
		this.lawyerId = lawyerId;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public RequestCategory getCategory() {
		return category;
	}

	public void setCategory(RequestCategory category) {
		this.category = category;
	}

	public String getFlag() {
		return flag;
	}

	public void setFlag(String flag) {
		this.flag = flag;
	}

}
