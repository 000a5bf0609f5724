package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Indicator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ScoreWithinWeight} on an {@link Indicator}.
 *
 * <p>Public only because Bean Validation providers (Hibernate Validator's default factory, Spring's)
 * instantiate the validators a constraint names by reflection; call {@link FormValidator}, not this.
 */
public final class ScoreWithinWeightValidator implements ConstraintValidator<ScoreWithinWeight, Indicator> {
    @Override
    public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
        return ConstraintRules.scoreWithinWeight(indicator);
    }
}
