package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.intake.AcceptedRequest;
import org.unionrights.intake.RequestCategory;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case's lifecycle and its ledger lines, refused moves included, without the web layer.
 */
class LegalCaseTest {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private static LegalCase wageCase() {
		return new LegalCase("AJ-2026-000001", new AcceptedRequest(1, "WQ-2026-000001", 1, RequestCategory.WAGES,
				"某劳务公司", "name:某劳务公司", 3, true, new BigDecimal("24000"), "张三 李四 王五"), 1, 7, "weibin", NOW);
	}

	private static void refusedWith(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo(code);
	}

	@Test
	void aClosedCaseTakesNothingUntilReopenedWithAReason() {
		LegalCase legalCase = wageCase();
		refusedWith(() -> legalCase.reopen("再看看"), "case.notClosed");
		refusedWith(() -> legalCase.close(null, "没有结果", "lawyer", NOW), "validation.required");
		assertThat(legalCase.isOpen()).isTrue();
		legalCase.close(CaseOutcome.MEDIATION, "分两期支付", "lawyer", NOW);
		refusedWith(() -> legalCase.close(CaseOutcome.JUDGMENT, null, "lawyer", NOW), "case.closed");
		refusedWith(() -> legalCase.changeAmounts(BigDecimal.ONE, null), "case.closed");
		refusedWith(() -> legalCase.reassign(2, 8), "case.closed");
		refusedWith(legalCase::requireOpen, "case.closed");
		refusedWith(() -> legalCase.reopen("   "), "validation.required");
		refusedWith(() -> legalCase.reopen(null), "validation.required");
		assertThat(legalCase.isOpen()).isFalse();

		legalCase.reopen("  第二期没有按时支付  ");
		CaseView view = legalCase.toView("team", "lawyer");
		assertThat(view.open()).isTrue();
		assertThat(view.outcome()).isNull();
		assertThat(view.closedAt()).isNull();
		assertThat(view.reopenReason()).isEqualTo("第二期没有按时支付");
		legalCase.changeAmounts(new BigDecimal("24000"), new BigDecimal("20000"));
		assertThat(legalCase.toView("", "").amountAgreed()).isEqualByComparingTo("20000");
	}

	@Test
	void amountsAreNeverNegative() {
		LegalCase legalCase = wageCase();
		refusedWith(() -> legalCase.changeAmounts(new BigDecimal("-1"), null), "ledger.amount.negative");
		refusedWith(() -> legalCase.changeAmounts(null, new BigDecimal("-0.01")), "ledger.amount.negative");
		assertThat(legalCase.toView("", "").amountClaimed()).isEqualByComparingTo("24000");
	}

	@Test
	void theAssignedLawyersWorkAnswersAChaseAndCityStaffsAnEscalation() {
		LegalCase legalCase = wageCase();
		PortalUser assigned = new PortalUser(7, "lawyer", "", "律师", Role.LAWYER, null, true, true);
		PortalUser otherLawyer = new PortalUser(8, "other", "", "另一位", Role.LAWYER, null, true, true);
		PortalUser officer = new PortalUser(2, "weibin", "", "渭滨", Role.COUNTY_OFFICER, 1L, true, true);
		PortalUser city = new PortalUser(4, "city", "", "市总", Role.CITY_STAFF, null, true, true);
		assertThat(legalCase.answersChase(assigned)).isTrue();
		assertThat(legalCase.answersChase(otherLawyer)).isFalse();
		assertThat(legalCase.answersChase(officer)).isFalse();
		assertThat(LegalCase.answersEscalation(city)).isTrue();
		assertThat(LegalCase.answersEscalation(officer)).isFalse();
		assertThat(LegalCase.answersEscalation(assigned)).isFalse();
	}

	@Test
	void theWorkersCountedNeverFewerThanOneAndMigrantsNeverMoreThanAll() {
		LegalCase odd = new LegalCase("AJ-2026-000002", new AcceptedRequest(2, "WQ-2026-000002", 1,
				RequestCategory.INJURY, "厂", "name:厂", 0, true, null, "赵六"), 1, 7, "weibin", NOW);
		CaseView view = odd.toView("", "");
		assertThat(view.workersHelped()).isEqualTo(1);
		assertThat(view.migrantWorkers()).isEqualTo(1);
	}

	@Test
	void aLedgerLineIsVoidedOnceByItsRecorderOrCityStaff() {
		CasePayment line = new CasePayment(1, new NewPayment(PaymentKind.PAYMENT, LocalDate.of(2026, 11, 20),
				new BigDecimal("12000"), "某劳务公司", null, null, null), null, "lawyer", NOW);
		PortalUser officer = new PortalUser(2, "weibin", "", "渭滨", Role.COUNTY_OFFICER, 1L, true, true);
		PortalUser otherLawyer = new PortalUser(3, "other", "", "另一位", Role.LAWYER, null, true, true);
		PortalUser city = new PortalUser(4, "city", "", "市总", Role.CITY_STAFF, null, true, true);
		refusedWith(() -> line.voidBy(officer, "录错了", NOW), "payment.voidNotYours");
		refusedWith(() -> line.voidBy(otherLawyer, "录错了", NOW), "payment.voidNotYours");
		assertThat(line.isVoided()).isFalse();
		line.voidBy(city, " 金额录错 ", NOW);
		assertThat(line.toView(false).voided()).isTrue();
		assertThat(line.toView(false).voidReason()).isEqualTo("金额录错");
		refusedWith(() -> line.voidBy(city, "再次", NOW), "payment.alreadyVoided");
	}

	@Test
	void anEditFromAFormOpenedBeforeSomeoneElsesSaveIsRefused() {
		LegalCase legalCase = wageCase();
		legalCase.checkVersion(0);
		assertThatThrownBy(() -> legalCase.checkVersion(1)).isInstanceOf(StaleEditException.class)
			.extracting(ex -> ((StaleEditException) ex).getCurrentVersion())
			.isEqualTo(0L);
	}

	@Test
	void aPaymentIsMoreThanNothingInYuanAndFenAndNotAnExtraZeroTooMany() {
		CasePayment.checkAmount(new BigDecimal("0.01"));
		CasePayment.checkAmount(new BigDecimal("99999999.99"));
		for (String wrong : new String[] { "0", "-5", "0.001", "100000000.00" }) {
			refusedWith(() -> CasePayment.checkAmount(new BigDecimal(wrong)), "payment.amount.invalid");
		}
		refusedWith(() -> CasePayment.checkAmount(null), "payment.amount.invalid");
		refusedWith(() -> new CasePayment(1, new NewPayment(PaymentKind.PAYMENT, LocalDate.of(2026, 11, 20),
				new BigDecimal("-1"), "某公司", null, null, null), null, "lawyer", NOW), "payment.amount.invalid");
	}

	@Test
	void onlyAClosedCaseIsReopened() {
		LegalCase legalCase = wageCase();
		refusedWith(legalCase::requireClosed, "case.notClosed");
		legalCase.close(CaseOutcome.WITHDRAWN, null, "lawyer", NOW);
		legalCase.requireClosed();
	}

}
