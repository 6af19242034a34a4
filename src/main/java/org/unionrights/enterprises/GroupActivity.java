package org.unionrights.enterprises;

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
 * A visit, meeting or training a "1+3" group held, with the people it reached.
 */
@Entity
@Immutable
@Table(name = "group_activity")
class GroupActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id")
	private long groupId;

	@Enumerated(EnumType.STRING)
	private GroupActivityKind kind;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "people_reached")
	private int peopleReached;

	private String note;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected GroupActivity() {
	}

	GroupActivity(long groupId, GroupActivityKind kind, LocalDate heldOn, int peopleReached, String note, String recordedBy,
			Instant recordedAt) {
		this.groupId = groupId;
		this.kind = kind;
		this.heldOn = heldOn;
		this.peopleReached = peopleReached;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	GroupView.Activity toView() {
		return new GroupView.Activity(kind.name(), heldOn, peopleReached, note, recordedBy);
	}

}
