package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Indicator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ScoreWithinWeight} on an {@link Indicator}. */
public final class ScoreWithinWeightValidator implements ConstraintValidator<ScoreWithinWeight, Indicator> {
    @Override
    public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
        if (indicator == null || indicator.getWeight().isEmpty() || indicator.getDeclaredScore().isEmpty()) {
            return true;
        }
        return indicator.getWeight().get().getValue()
                .flatMap(w -> indicator.getDeclaredScore().get().getValue().map(s -> s.compareTo(w) <= 0))
                .orElse(true);
    }
}
