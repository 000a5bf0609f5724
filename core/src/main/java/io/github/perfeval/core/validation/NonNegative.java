package io.github.perfeval.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The figure, when it is a number, is not negative. A figure whose text is not a number passes: that
 * is reported as {@code UNPARSEABLE_FIGURE}, not as a constraint violation.
 */
@Documented
@Constraint(validatedBy = NonNegativeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegative {
    /** The message key. */
    String message() default "{io.github.perfeval.NonNegative.message}";

    /** Groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
