package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A line of a case's log: a contact (with its channel and party), an internal note, or a public
 * reply. Recorded, never changed.
 */
@Entity
@Immutable
@Table(name = "case_entry")
class CaseEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Enumerated(EnumType.STRING)
	private EntryKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_channel")
	private ContactChannel contactChannel;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_party")
	private ContactParty contactParty;

	@Column(name = "entry_date")
	private LocalDate entryDate;

	private String text;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CaseEntry() {
	}

	private CaseEntry(long caseId, EntryKind kind, ContactChannel channel, ContactParty party, LocalDate date,
			String text, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.kind = kind;
		this.contactChannel = channel;
		this.contactParty = party;
		this.entryDate = date;
		this.text = text.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static CaseEntry contact(long caseId, ContactChannel channel, ContactParty party, LocalDate date, String summary,
			String by, Instant now) {
		return new CaseEntry(caseId, EntryKind.CONTACT, channel, party, date, summary, by, now);
	}

	static CaseEntry written(long caseId, EntryKind kind, String text, String by, Instant now, LocalDate today) {
		if (kind == EntryKind.CONTACT) {
			throw new IllegalArgumentException("a contact has a channel and a party");
		}
		return new CaseEntry(caseId, kind, null, null, today, text, by, now);
	}

	EntryView toView() {
		return new EntryView(kind, contactChannel, contactParty, entryDate, text, recordedBy, recordedAt);
	}

}
