package io.github.perfeval.core.validation;

import io.github.perfeval.core.quantity.Figure;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonNegative} on a {@link Figure}. */
public final class NonNegativeValidator implements ConstraintValidator<NonNegative, Figure> {
    @Override
    public boolean isValid(Figure figure, ConstraintValidatorContext context) {
        return figure == null || figure.getValue().map(v -> v.signum() >= 0).orElse(true);
    }
}
