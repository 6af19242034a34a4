package org.unionrights.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A Chinese identifier of the given kind, check character included. Empty values pass: pair
 * with {@code @NotBlank} where the field is required. Each kind has its own message.
 */
@Documented
@Constraint(validatedBy = Identifier.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

	Kind value();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	enum Kind {

		MOBILE("{validation.mobile}", ChineseIdentifiers::isMobile),
		RESIDENT_ID("{validation.idNumber}", ChineseIdentifiers::isResidentId),
		CREDIT_CODE("{validation.creditCode}", ChineseIdentifiers::isCreditCode);

		private final String message;

		private final Predicate<String> check;

		Kind(String message, Predicate<String> check) {
			this.message = message;
			this.check = check;
		}

	}

	class Validator implements ConstraintValidator<Identifier, String> {

		private Kind kind;

		private String message;

		@Override
		public void initialize(Identifier annotation) {
			this.kind = annotation.value();
			this.message = annotation.message().isEmpty() ? kind.message : annotation.message();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isEmpty() || kind.check.test(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
			return false;
		}

	}

}
