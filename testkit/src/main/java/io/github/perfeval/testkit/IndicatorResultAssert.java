package io.github.perfeval.testkit;

import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.IndicatorStatus;
import org.assertj.core.api.AbstractAssert;

import java.math.BigDecimal;

/** Assertions on one scored indicator. */
public final class IndicatorResultAssert extends AbstractAssert<IndicatorResultAssert, IndicatorResult> {

    IndicatorResultAssert(IndicatorResult actual) {
        super(actual, IndicatorResultAssert.class);
    }

    /** The indicator is met (达成). */
    public IndicatorResultAssert isMet() {
        return hasStatus(IndicatorStatus.MET);
    }

    /** The indicator is not met (未达成). */
    public IndicatorResultAssert isNotMet() {
        return hasStatus(IndicatorStatus.NOT_MET);
    }

    /** The indicator has this status. */
    public IndicatorResultAssert hasStatus(IndicatorStatus status) {
        isNotNull();
        if (actual.getStatus() != status) {
            failWithMessage("Expected \"%s\" to be %s (%s) but it is %s (%s): %s; target %s, actual %s",
                    actual.getIndicator().getName(), status, status.label(), actual.getStatus(), actual.getStatus().label(),
                    actual.getExplanationZh(), actual.getIndicator().getTarget().getRaw(), actual.getIndicator().getActual().getRaw());
        }
        return this;
    }

    /** The computed score equals this decimal (by value). */
    public IndicatorResultAssert hasScore(String score) {
        isNotNull();
        if (actual.getScore().compareTo(new BigDecimal(score)) != 0) {
            failWithMessage("Expected \"%s\" to score %s but it scores %s of %s: %s", actual.getIndicator().getName(), score,
                    actual.getScore().toPlainString(), actual.getWeight().toPlainString(), actual.getExplanationZh());
        }
        return this;
    }
}
