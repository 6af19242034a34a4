package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;
import org.unionrights.deadlines.ClockReading;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.deadlines.LegalClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A collective contract's rules and its bargaining clocks, without Spring.
 */
class CollectiveContractTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static ContractData data(ContractCoverage coverage, int term, List<Long> enterprises, LocalDate offered) {
		return new ContractData("渭滨区快递行业工资专项集体合同", ContractKind.WAGE, coverage, term, 300, enterprises, offered);
	}

	private static void refused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo(code);
	}

	@Test
	void aTermOutsideOneToThreeYearsIsRefused() {
		refused(() -> CollectiveContract.check(data(ContractCoverage.ENTERPRISE, 0, List.of(1L), TODAY), TODAY),
				"contract.term.invalid");
		refused(() -> CollectiveContract.check(data(ContractCoverage.ENTERPRISE, 4, List.of(1L), TODAY), TODAY),
				"contract.term.invalid");
		CollectiveContract.check(data(ContractCoverage.ENTERPRISE, 3, List.of(1L), TODAY), TODAY);
	}

	@Test
	void anEnterprisesContractCoversOneAndARegionalOneSeveral() {
		refused(() -> CollectiveContract.check(data(ContractCoverage.ENTERPRISE, 2, List.of(1L, 2L), TODAY), TODAY),
				"contract.enterprises.one");
		refused(() -> CollectiveContract.check(data(ContractCoverage.REGIONAL, 2, List.of(1L), TODAY), TODAY),
				"contract.enterprises.many");
		CollectiveContract.check(data(ContractCoverage.INDUSTRY, 2, List.of(1L, 2L, 2L, 3L), TODAY), TODAY);
	}

	@Test
	void theLifecycleGoesOneStepAtATimeAndHasNoOtherMove() {
		CollectiveContract contract = new CollectiveContract(1, data(ContractCoverage.ENTERPRISE, 2, List.of(1L),
				TODAY.minusDays(60)), TODAY, "weibin", Instant.EPOCH);
		refused(() -> contract.moveTo(0, ContractStage.SIGNED, TODAY.minusDays(50), TODAY, Instant.EPOCH),
				"contract.stage.illegal");
		refused(() -> contract.moveTo(0, ContractStage.OFFER, TODAY.minusDays(50), TODAY, Instant.EPOCH),
				"contract.stage.illegal");
		refused(() -> contract.moveTo(0, ContractStage.NEGOTIATION, TODAY.minusDays(61), TODAY, Instant.EPOCH),
				"contract.stage.beforeLast");
		refused(() -> contract.moveTo(0, ContractStage.NEGOTIATION, TODAY.plusDays(1), TODAY, Instant.EPOCH),
				"validation.future");
		contract.moveTo(0, ContractStage.NEGOTIATION, TODAY.minusDays(50), TODAY, Instant.EPOCH);
		contract.moveTo(0, ContractStage.SIGNED, TODAY.minusDays(40), TODAY, Instant.EPOCH);
		contract.moveTo(0, ContractStage.FILED, TODAY.minusDays(35), TODAY, Instant.EPOCH);
		// In effect only once 15 days after the filing passed without objection (art. 47).
		refused(() -> contract.moveTo(0, ContractStage.EFFECTIVE, TODAY.minusDays(21), TODAY, Instant.EPOCH),
				"contract.effective.tooEarly");
		contract.moveTo(0, ContractStage.EFFECTIVE, TODAY.minusDays(20), TODAY, Instant.EPOCH);
		assertThat(contract.getStage()).isEqualTo(ContractStage.EFFECTIVE);
		// Two years from taking effect: the day before the anniversary.
		assertThat(contract.endsOn()).isEqualTo(TODAY.minusDays(20).plusYears(2).minusDays(1));
		refused(() -> contract.moveTo(0, ContractStage.NEGOTIATION, TODAY, TODAY, Instant.EPOCH), "contract.stage.illegal");
		assertThat(ContractStage.EXPIRED.next()).isNull();
	}

	private static ClockReading read(CollectiveContract contract, ClockRule rule, String today) {
		CollectiveContract.Clock clock = contract.clocks().stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
		return LegalClock.read(rule, clock.events(), org.unionrights.deadlines.LegalClockTest.CALENDAR_2026,
				LocalDate.parse(today));
	}

	@Test
	void theBargainingClocksRunOnTheContractsDatesAndALastDayInAHolidayMovesPastIt() {
		// Offer made Saturday 12 September 2026: the answer is due 20 days later, 2 October, inside the
		// National Day holiday (1–7 October) → Thursday 8 October.
		CollectiveContract contract = new CollectiveContract(1, data(ContractCoverage.ENTERPRISE, 3, List.of(1L),
				LocalDate.parse("2026-09-12")), LocalDate.parse("2026-09-12"), "weibin", Instant.EPOCH);
		assertThat(read(contract, ClockRule.BARGAINING_ANSWER, "2026-09-13").dueDate()).isEqualTo(LocalDate.parse("2026-10-08"));
		assertThat(read(contract, ClockRule.BARGAINING_ANSWER, "2026-10-09").isOverdue()).isTrue();
		contract.moveTo(0, ContractStage.NEGOTIATION, LocalDate.parse("2026-09-28"), TODAY, Instant.EPOCH);
		assertThat(read(contract, ClockRule.BARGAINING_ANSWER, "2026-10-09").state()).isEqualTo(ClockReading.State.MET);
		// Signed Monday 16 November: filed within 10 days → Thursday 26 November.
		contract.moveTo(0, ContractStage.SIGNED, LocalDate.parse("2026-11-16"), TODAY, Instant.EPOCH);
		assertThat(read(contract, ClockRule.CONTRACT_FILING, "2026-11-20").dueDate()).isEqualTo(LocalDate.parse("2026-11-26"));
		// Filed Friday 20 November: in effect without objection after 15 days → Saturday 5 December → Monday 7 December.
		contract.moveTo(0, ContractStage.FILED, LocalDate.parse("2026-11-20"), TODAY, Instant.EPOCH);
		assertThat(read(contract, ClockRule.CONTRACT_OBJECTION, "2026-11-30").dueDate())
			.isEqualTo(LocalDate.parse("2026-12-07"));
		assertThat(read(contract, ClockRule.CONTRACT_OBJECTION, "2026-11-30").isDueSoon()).isTrue();
		assertThat(ClockRule.caseRules()).doesNotContain(ClockRule.BARGAINING_ANSWER, ClockRule.CONTRACT_FILING,
				ClockRule.CONTRACT_OBJECTION);
	}

}
