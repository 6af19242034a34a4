package org.unionrights.cases;

import java.math.BigDecimal;
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

import org.unionrights.common.RuleViolationException;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * A payment recovered or an advance paid, possibly for one worker of a group case. A wrong line is
 * voided with a reason, by whoever recorded it or by city staff, and stays on the ledger crossed out.
 */
@Entity
@Table(name = "case_payment")
class CasePayment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Enumerated(EnumType.STRING)
	private PaymentKind kind;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	private BigDecimal amount;

	private String payer;

	@Column(name = "worker_name")
	private String workerName;

	private String note;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "voided_by")
	private String voidedBy;

	@Column(name = "voided_at")
	private Instant voidedAt;

	@Column(name = "void_reason")
	private String voidReason;

	protected CasePayment() {
	}

	CasePayment(long caseId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, String payer, String workerName,
			String note, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.kind = kind;
		this.paidOn = paidOn;
		this.amount = amount;
		this.payer = payer.strip();
		this.workerName = workerName == null || workerName.isBlank() ? null : workerName.strip();
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** Whether the user may void the line: its recorder or city staff, while it stands. */
	boolean mayBeVoidedBy(PortalUser user) {
		return voidedAt == null && (recordedBy.equals(user.getUsername()) || user.getRole() == Role.CITY_STAFF);
	}

	/** Voids the line; only its recorder or city staff may, and only once. */
	void voidBy(PortalUser user, String reason, Instant now) {
		if (voidedAt != null) {
			throw new RuleViolationException(null, "payment.alreadyVoided");
		}
		if (!mayBeVoidedBy(user)) {
			throw new RuleViolationException(null, "payment.voidNotYours");
		}
		this.voidedBy = user.getUsername();
		this.voidedAt = now;
		this.voidReason = reason.strip();
	}

	boolean isVoided() {
		return voidedAt != null;
	}

	long getCaseId() {
		return caseId;
	}

	Long getId() {
		return id;
	}

	PaymentKind getKind() {
		return kind;
	}

	BigDecimal getAmount() {
		return amount;
	}

	String getWorkerName() {
		return workerName;
	}

	PaymentView toView(boolean voidable) {
		return new PaymentView(id, kind, paidOn, amount, payer, workerName, note, recordedBy, recordedAt, voidedBy,
				voidedAt, voidReason, voidable);
	}

}
