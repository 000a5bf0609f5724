package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one implementation of each of perfeval's own constraints ({@link NonNegative}, {@link ScoreWithinWeight}), called
 * by their Bean Validation {@code ConstraintValidator}s and by {@link BuiltInConstraints}, so the two cannot drift.
 * Written without lambdas: their call sites' linking is a cost of every fresh JVM (see {@link ModelConstraints}).
 */
final class ConstraintRules {

    private ConstraintRules() {
    }

    /** {@link NonNegative}: a figure that is a number is not negative; no figure, or one that is no number, passes. */
    static boolean nonNegative(Figure figure) {
        if (figure == null) {
            return true;
        }
        Optional<BigDecimal> value = figure.getValue();
        return value.isEmpty() || value.get().signum() >= 0;
    }

    /** {@link ScoreWithinWeight}: the declared score is not above the weight, when both are numbers. */
    static boolean scoreWithinWeight(Indicator indicator) {
        if (indicator == null || indicator.getWeight().isEmpty() || indicator.getDeclaredScore().isEmpty()) {
            return true;
        }
        Optional<BigDecimal> weight = indicator.getWeight().get().getValue();
        Optional<BigDecimal> score = indicator.getDeclaredScore().get().getValue();
        return weight.isEmpty() || score.isEmpty() || score.get().compareTo(weight.get()) <= 0;
    }
}
