package org.unionrights.cases;

import java.math.BigDecimal;
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

	@Column(name = "over_reason")
	private String overReason;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	/** Read back as {@code null} while the line stands: see {@link #voiding()}. */
	@Embedded
	private Voiding voiding;

	protected CasePayment() {
	}

	/** The largest single payment the ledger takes: a typing slip of extra zeros is refused. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

	CasePayment(long caseId, NewPayment payment, String overReason, String recordedBy, Instant recordedAt) {
		checkAmount(payment.amount());
		this.caseId = caseId;
		this.kind = payment.kind();
		this.paidOn = payment.paidOn();
		this.amount = payment.amount();
		this.payer = payment.payer().strip();
		this.workerName = Texts.blankToNull(payment.workerName());
		this.note = Texts.blankToNull(payment.note());
		this.overReason = Texts.blankToNull(overReason);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** A payment is more than nothing, in yuan and fen, and at most {@link #MAX_AMOUNT}. */
	static void checkAmount(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0 || amount.scale() > 2
				|| amount.compareTo(MAX_AMOUNT) > 0) {
			throw new RuleViolationException("amount", "payment.amount.invalid");
		}
	}

	LocalDate getPaidOn() {
		return paidOn;
	}

	/** Whether the user may void the line: its recorder or city staff, while it stands. */
	boolean mayBeVoidedBy(PortalUser user) {
		return !isVoided() && (recordedBy.equals(user.getUsername()) || user.getRole() == Role.CITY_STAFF);
	}

	/** Voids the line; only its recorder or city staff may, and only once. */
	void voidBy(PortalUser user, String reason, Instant now) {
		if (!isVoided() && !mayBeVoidedBy(user)) {
			throw new RuleViolationException(null, "payment.voidNotYours");
		}
		this.voiding = voiding().voidedBy(user.getUsername(), reason, now, "payment.alreadyVoided");
	}

	boolean isVoided() {
		return voiding().isVoided();
	}

	private Voiding voiding() {
		return voiding == null ? Voiding.NONE : voiding;
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
		Voiding voided = voiding();
		return new PaymentView(id, kind, paidOn, amount, payer, workerName, note, overReason, recordedBy, recordedAt,
				voided.getBy(), voided.getAt(), voided.getReason(), voidable);
	}

}
