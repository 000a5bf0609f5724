package io.github.perfeval.testkit;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;

/**
 * Entry point of perfeval's AssertJ assertions: failure messages say what differed in the domain's
 * words and list what was found.
 *
 * <pre>{@code
 * import static io.github.perfeval.testkit.PerfevalAssertions.assertThat;
 *
 * assertThat(evaluation).hasGrade(Grade.EXCELLENT).hasDiagnostic(StandardCode.DECLARED_TOTAL_MISMATCH).at("部门整体支出绩效自评表!H38");
 * assertThat(evaluation.indicator("灾情上报")).isMet().hasScore("5");
 * assertThat(form).hasIndicatorCount(24).hasIndicator("灾情上报");
 * }</pre>
 */
public final class PerfevalAssertions {

    private PerfevalAssertions() {
    }

    /** Assertions on an evaluation. */
    public static EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual);
    }

    /** Assertions on one scored indicator. */
    public static IndicatorResultAssert assertThat(IndicatorResult actual) {
        return new IndicatorResultAssert(actual);
    }

    /** Assertions on a form. */
    public static FormAssert assertThat(Form actual) {
        return new FormAssert(actual);
    }
}
