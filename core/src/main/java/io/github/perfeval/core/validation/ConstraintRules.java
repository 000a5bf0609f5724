package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;

/**
 * The one implementation of each of perfeval's own constraints ({@link NonNegative}, {@link ScoreWithinWeight}), called
 * by their Bean Validation {@code ConstraintValidator}s and by {@link BuiltInConstraints}, so the two cannot drift.
 */
final class ConstraintRules {

    private ConstraintRules() {
    }

    /** {@link NonNegative}: a figure that is a number is not negative; no figure, or one that is no number, passes. */
    static boolean nonNegative(Figure figure) {
        return figure == null || figure.getValue().map(v -> v.signum() >= 0).orElse(true);
    }

    /** {@link ScoreWithinWeight}: the declared score is not above the weight, when both are numbers. */
    static boolean scoreWithinWeight(Indicator indicator) {
        if (indicator == null || indicator.getWeight().isEmpty() || indicator.getDeclaredScore().isEmpty()) {
            return true;
        }
        return indicator.getWeight().get().getValue()
                .flatMap(w -> indicator.getDeclaredScore().get().getValue().map(s -> s.compareTo(w) <= 0))
                .orElse(true);
    }
}
