package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionrights.common.Texts;


/**
 * A dated step of one of a case's tracks. Recorded, never changed; a wrong one is voided with a
 * reason and stays in the record, crossed out.
 */
@Entity
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

	/** Read back as {@code null} while the step stands: see {@link #voiding()}. */
	@Embedded
	private Voiding voiding;

	protected CaseStep() {
	}

	CaseStep(long caseId, TrackStep step, LocalDate stepDate, String note, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.track = step.track();
		this.step = step;
		this.stepDate = stepDate;
		this.note = Texts.blankToNull(note);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void voidBy(String by, String reason, Instant now) {
		this.voiding = voiding().voidedBy(by, reason, now, "step.alreadyVoided");
	}

	boolean isVoided() {
		return voiding().isVoided();
	}

	private Voiding voiding() {
		return voiding == null ? Voiding.NONE : voiding;
	}

	Long getId() {
		return id;
	}

	Track getTrack() {
		return track;
	}

	long getCaseId() {
		return caseId;
	}

	TrackStep getStep() {
		return step;
	}

	LocalDate getStepDate() {
		return stepDate;
	}

	StepView toView() {
		Voiding voided = voiding();
		return new StepView(id, track, step, stepDate, note, recordedBy, recordedAt, voided.getBy(), voided.getAt(),
				voided.getReason());
	}

}
