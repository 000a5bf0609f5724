package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure derived from the basic-data table: its measure, the two figures it divides, and its value as
 * a fraction rounded to {@value BasicDataChecker#RATE_SCALE} places HALF_UP; empty when it cannot be
 * computed (a figure missing or not a number, or a zero denominator), never an exception.
 *
 * <pre>{@code
 * DerivedFigure f = evaluation.derivedFigure(DerivedMeasure.STAFFING_RATE);
 * f.getValue();      // Optional[0.9556]
 * f.percent();       // "95.56%"
 * f.getNumerator();  // Optional[86]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DerivedFigure {

    private final DerivedMeasure measure;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final BigDecimal value;

    DerivedFigure(DerivedMeasure measure, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value == null ? null : Decimals.normalize(value);
    }

    /** What it measures. */
    public DerivedMeasure getMeasure() {
        return measure;
    }

    /** The figure divided (e.g. 实际在职人数), when the table gives it as a number. */
    public Optional<BigDecimal> getNumerator() {
        return Optional.ofNullable(numerator);
    }

    /** The figure divided by (e.g. 编制数), when the table gives it as a number. */
    public Optional<BigDecimal> getDenominator() {
        return Optional.ofNullable(denominator);
    }

    /** The value as a fraction (0.9556 for 95.56%), empty when it cannot be computed. */
    public Optional<BigDecimal> getValue() {
        return Optional.ofNullable(value);
    }

    /** The value as a percentage ({@code 95.56%}), or {@code -} when it cannot be computed. */
    public String percent() {
        return value == null ? "-" : Decimals.normalize(value.movePointRight(2)).toPlainString() + "%";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DerivedFigure)) {
            return false;
        }
        DerivedFigure f = (DerivedFigure) o;
        return measure == f.measure && Objects.equals(numerator, f.numerator) && Objects.equals(denominator, f.denominator)
                && Objects.equals(value, f.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, numerator, denominator, value);
    }

    @Override
    public String toString() {
        return measure.label() + " " + percent();
    }
}
