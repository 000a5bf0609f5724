package io.github.perfeval.core.validation;

import io.github.perfeval.core.quantity.Figure;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NonNegative} on a {@link Figure}.
 *
 * <p>Public only because Bean Validation providers (Hibernate Validator's default factory, Spring's)
 * instantiate the validators a constraint names by reflection; call {@link FormValidator}, not this.
 */
public final class NonNegativeValidator implements ConstraintValidator<NonNegative, Figure> {
    @Override
    public boolean isValid(Figure figure, ConstraintValidatorContext context) {
        return ConstraintRules.nonNegative(figure);
    }
}
