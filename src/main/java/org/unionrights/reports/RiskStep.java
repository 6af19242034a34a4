package org.unionrights.reports;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated step in handling a risk: who did what, when. Recorded, never changed. */
@Entity
@Table(name = "risk_step")
class RiskStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long riskId;

	private LocalDate stepDate;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected RiskStep() {
	}

	RiskStep(long riskId, LocalDate stepDate, String note, String by, Instant now) {
		this.riskId = riskId;
		this.stepDate = stepDate;
		this.note = note;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	RiskView.Step view() {
		return new RiskView.Step(stepDate, note, recordedBy, recordedAt);
	}

}
