package org.unionrights.cases;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one rule of voiding a line of a case's record: once, by someone, with a reason, kept.
 */
class VoidingTest {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	@Test
	void aLineIsVoidedOnceWithItsReasonKept() {
		assertThat(Voiding.NONE.isVoided()).isFalse();
		Voiding voided = Voiding.NONE.voidedBy("lawyer", "  录错日期 ", NOW, "step.alreadyVoided");
		assertThat(voided.isVoided()).isTrue();
		assertThat(voided.getBy()).isEqualTo("lawyer");
		assertThat(voided.getReason()).isEqualTo("录错日期");
		assertThat(voided.getAt()).isEqualTo(NOW);
		assertThat(Voiding.NONE.isVoided()).as("the line that stands is not changed").isFalse();
		assertThatThrownBy(() -> voided.voidedBy("city", "再次", NOW, "payment.alreadyVoided"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("payment.alreadyVoided");
	}

	@Test
	void aReasonIsRequired() {
		for (String reason : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> Voiding.NONE.voidedBy("lawyer", reason, NOW, "step.alreadyVoided"))
				.isInstanceOf(RuleViolationException.class)
				.hasMessageContaining("validation.required");
		}
	}

	@Test
	void stepsAndPaymentsVoidTheSameWay() {
		CaseStep step = new CaseStep(1, TrackStep.MEDIATION_APPLIED, java.time.LocalDate.of(2026, 11, 20), null, "lawyer",
				NOW);
		step.voidBy("lawyer", "录错", NOW);
		assertThat(step.isVoided()).isTrue();
		assertThat(step.toView().voidReason()).isEqualTo("录错");
		assertThatThrownBy(() -> step.voidBy("lawyer", "再次", NOW)).hasMessageContaining("step.alreadyVoided");
	}

}
