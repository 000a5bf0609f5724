package io.github.perfeval.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An indicator's declared score is not above its weight (when both are numbers).
 */
@Documented
@Constraint(validatedBy = ScoreWithinWeightValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScoreWithinWeight {
    /** The message key. */
    String message() default "{io.github.perfeval.ScoreWithinWeight.message}";

    /** Groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
