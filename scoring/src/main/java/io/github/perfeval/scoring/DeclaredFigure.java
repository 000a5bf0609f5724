package io.github.perfeval.scoring;

import io.github.perfeval.core.quantity.Figure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The number a form declares in an optional figure (a weight, a score, a budget amount), or null when the
 * figure is missing or not a number. Scoring reads each declared figure this way, once, rather than
 * through {@code flatMap(Figure::getValue)} chains, whose intermediate {@code Optional}s the compiler
 * cannot always remove in the scoring loop.
 */
final class DeclaredFigure {

    private DeclaredFigure() {
    }

    static BigDecimal valueOf(Optional<Figure> figure) {
        return valueOf(figure.orElse(null));
    }

    static BigDecimal valueOf(Figure figure) {
        return figure == null || !figure.isParsed() ? null : figure.decimal();
    }
}
