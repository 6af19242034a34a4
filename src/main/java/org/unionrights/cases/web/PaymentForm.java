package org.unionrights.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.cases.NewPayment;
import org.unionrights.cases.PaymentKind;

/**
 * A payment recovered or an emergency advance, possibly for one worker of the roster.
 */
public class PaymentForm {

	@NotNull(message = "{validation.required}")
	private PaymentKind paymentKind;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate paidOn;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.01", message = "{payment.amount.invalid}")
	@Digits(integer = 8, fraction = 2, message = "{payment.amount.invalid}")
	private BigDecimal amount;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String payer;

	@Size(max = 50, message = "{validation.size.max}")
	private String workerName;

	@Size(max = 300, message = "{validation.size.max}")
	private String paymentNote;

	/** Why a payment past what was claimed or agreed is right; asked for only then. */
	@Size(max = 300, message = "{validation.size.max}")
	private String overReason;

	NewPayment payment() {
		return new NewPayment(paymentKind, paidOn, amount, payer, workerName, paymentNote, overReason);
	}

	public String getOverReason() {
		return overReason;
	}

	public void setOverReason(String overReason) {
		this.overReason = overReason;
	}

	public PaymentKind getPaymentKind() {
		return paymentKind;
	}

	public void setPaymentKind(PaymentKind paymentKind) {
		this.paymentKind = paymentKind;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(LocalDate paidOn) {
		this.paidOn = paidOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getPayer() {
		return payer;
	}

	public void setPayer(String payer) {
		this.payer = payer;
	}

	public String getWorkerName() {
		return workerName;
	}

	public void setWorkerName(String workerName) {
		this.workerName = workerName;
	}

	public String getPaymentNote() {
		return paymentNote;
	}

	public void setPaymentNote(String paymentNote) {
		this.paymentNote = paymentNote;
	}

}
