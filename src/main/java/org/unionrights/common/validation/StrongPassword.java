package org.unionrights.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A staff password: 10 to 72 characters (72 is what bcrypt reads), with at least one letter and
 * one digit, and none of the common ones ({@link CommonPasswords}: password123, woaini1314,
 * 1qaz2wsx3edc and the like). A blank value is reported by {@code @NotBlank}, not here.
 */
@Documented
@Constraint(validatedBy = CommonPasswords.class)
@ReportAsSingleViolation
@Size(min = 10, max = 72)
@Pattern(regexp = "^$|^(?=.*[A-Za-z])(?=.*[0-9]).*$")
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "{validation.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
