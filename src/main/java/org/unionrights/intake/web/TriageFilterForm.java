package org.unionrights.intake.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.unionrights.intake.Channel;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.TriageFilter;

/**
 * The triage queue's filters as they come in the address: a value that does not fit is ignored,
 * not an error. No status at all means open requests; {@code status=} (empty) means every status.
 */
public class TriageFilterForm {

	private String status;

	private RequestCategory category;

	private Long countyId;

	private Channel channel;

	private boolean migrant;

	private boolean group;

	private boolean overdue;

	private boolean escalated;

	private String q;

	TriageFilter toFilter() {
		RequestStatus chosen = null;
		if (status == null) {
			chosen = RequestStatus.SUBMITTED;
		}
		else if (!status.isBlank()) {
			try {
				chosen = RequestStatus.valueOf(status);
			}
			catch (IllegalArgumentException ex) {
				chosen = RequestStatus.SUBMITTED;
			}
		}
		return new TriageFilter(chosen, category, countyId, channel, migrant, group, overdue, escalated, q);
	}

	/** The address of this filter, for paging links and the export. */
	String query(String path) {
		TriageFilter filter = toFilter();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
			.queryParam("status", filter.status() == null ? "" : filter.status().name());
		if (category != null) {
			link.queryParam("category", category.name());
		}
		if (countyId != null) {
			link.queryParam("countyId", countyId);
		}
		if (channel != null) {
			link.queryParam("channel", channel.name());
		}
		if (migrant) {
			link.queryParam("migrant", true);
		}
		if (group) {
			link.queryParam("group", true);
		}
		if (overdue) {
			link.queryParam("overdue", true);
		}
		if (escalated) {
			link.queryParam("escalated", true);
		}
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null) {
			link.queryParam("q", "{q}");
		}
		// Expanded after encoding, so that "+" and braces in a search survive the round trip.
		return text == null ? link.encode().build().toUriString()
				: link.encode().buildAndExpand(text).toUriString();
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

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public boolean isEscalated() {
		return escalated;
	}

	public void setEscalated(boolean escalated) {
		this.escalated = escalated;
	}

	public boolean isMigrant() {
		return migrant;
	}

	public void setMigrant(boolean migrant) {
		this.migrant = migrant;
	}

	public boolean isGroup() {
		return group;
	}

	public void setGroup(boolean group) {
		this.group = group;
	}

	public boolean isOverdue() {
		return overdue;
	}

	public void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
