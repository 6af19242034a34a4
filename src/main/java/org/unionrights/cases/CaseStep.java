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
 * A dated step of one of a case's tracks. Recorded, never changed.
 */
@Entity
@Immutable
@Table(name = "case_step")
class CaseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Enumerated(EnumType.STRING)
	private Track track;

	@Enumerated(EnumType.STRING)
	private TrackStep step;

	@Column(name = "step_date")
	private LocalDate stepDate;

	private String note;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CaseStep() {
	}

	CaseStep(long caseId, TrackStep step, LocalDate stepDate, String note, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.track = step.track();
		this.step = step;
		this.stepDate = stepDate;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	TrackStep getStep() {
		return step;
	}

	LocalDate getStepDate() {
		return stepDate;
	}

	StepView toView() {
		return new StepView(track, step, stepDate, note, recordedBy, recordedAt);
	}

}
