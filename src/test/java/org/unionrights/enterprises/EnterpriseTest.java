package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an enterprise keeps on the registry, without Spring.
 */
class EnterpriseTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static EnterpriseData data(String code, LocalDate union, boolean supervision) {
		return new EnterpriseData(1, "宝鸡某物流有限公司", code, Industry.LOGISTICS, EnterpriseSize.SMALL, 35, union,
				supervision, false, true);
	}

	private static void refused(Runnable action, String field, String code) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> {
				assertThat(((RuleViolationException) ex).getField()).isEqualTo(field);
				assertThat(((RuleViolationException) ex).getCode()).isEqualTo(code);
			});
	}

	@Test
	void aCodeIsKeptNormalisedAndItsCheckCharacterMustFit() {
		String code = CreditCodes.of(42);
		String typed = " " + code.substring(0, 6).toLowerCase() + " " + code.substring(6).toLowerCase() + " ";
		Enterprise enterprise = new Enterprise(data(typed, null, false), TODAY, "weibin", Instant.EPOCH);
		assertThat(enterprise.toView().creditCode()).isEqualTo(code);
		refused(() -> new Enterprise(data(CreditCodes.wrongCheck(42), null, false), TODAY, "weibin", Instant.EPOCH),
				"creditCode", "enterprise.code.invalid");
		refused(() -> Enterprise.checkedCode("91610302ABC"), "creditCode", "enterprise.code.invalid");
		// I, O, S, V and Z are not in the code's alphabet.
		refused(() -> Enterprise.checkedCode(code.substring(0, 16) + "I" + code.charAt(17)), "creditCode",
				"enterprise.code.invalid");
		refused(() -> Enterprise.checkedCode("  "), "creditCode", "validation.required");
	}

	@Test
	void aSupervisionCommitteeNeedsAUnionAndAUnionIsNotFoundedInTheFuture() {
		refused(() -> Enterprise.check(data(CreditCodes.of(43), null, true), TODAY), "supervisionCommittee",
				"enterprise.supervision.noUnion");
		refused(() -> Enterprise.check(data(CreditCodes.of(43), TODAY.plusDays(1), false), TODAY), "unionFoundedOn",
				"validation.future");
		Enterprise.check(data(CreditCodes.of(43), TODAY.minusYears(2), true), TODAY);
		assertThat(new Enterprise(data(CreditCodes.of(43), TODAY.minusYears(2), true), TODAY, "city", Instant.EPOCH)
			.toView()
			.hasUnion()).isTrue();
	}

	@Test
	void anEditFromAFormOpenedBeforeAnotherSaveIsRefused() {
		Enterprise enterprise = new Enterprise(data(CreditCodes.of(44), null, false), TODAY, "city", Instant.EPOCH);
		assertThatThrownBy(() -> enterprise.update(3, data(CreditCodes.of(44), null, false), TODAY, Instant.EPOCH))
			.isInstanceOf(org.unionrights.common.StaleEditException.class);
	}

}
