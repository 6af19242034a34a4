package org.unionrights.common.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff password is long, has letters and digits, and is none of the ones guessers try first. */
class CommonPasswordsTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	record Form(@StrongPassword String password) {
	}

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password@123", "password1234", "P@ssw0rd2026", "Admin@123456", "woaini1314520",
			"1qaz2wsx3edc", "Qwe123456789", "abc123456789", "Baoji12351!", "gonghui-2026", "a123456789", "Admin@123!!" })
	void aCommonPasswordIsRefusedWhateverItsCaseAndPunctuation(String password) {
		assertThat(CommonPasswords.isCommon(password)).as(password).isTrue();
		assertThat(validator.validate(new Form(password))).as(password).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Qinling-river-42", "Weihe-7-station-ok", "Correct-horse-9-battery" })
	void anUncommonPasswordOfTheRightShapeIsAccepted(String password) {
		assertThat(validator.validate(new Form(password))).as(password).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "short1", "onlyletterslong", "1234567890123" })
	void theShapeRuleStillHolds(String password) {
		assertThat(validator.validate(new Form(password))).as(password).hasSize(1);
	}

}
