package io.github.perfeval.examples;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.Scorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Example of the kind of code users unit-test with the testkit: a form-filling function that writes the
 * computed scores into the 得分 column and sets the 总分, as a budget system does before printing.
 * Its test is {@code FormFillingTest}.
 */
public final class FormFilling {

    private static final Scorer SCORER = Scorer.create();

    private FormFilling() {
    }

    /**
     * Fills the 得分 column and the 总分 row with the computed scores.
     *
     * @param form the form as entered
     * @return the form with declared scores and total set to the computed ones
     */
    public static Form fillScores(Form form) {
        Evaluation e = SCORER.evaluate(form);
        List<Indicator> filled = new ArrayList<>();
        for (IndicatorResult r : e.getIndicators()) {
            filled.add(Indicator.builder().from(r.getIndicator()).declaredScore(Figure.of(r.getScore())).build());
        }
        return Form.builder().from(form).indicators(filled).declaredTotal(Figure.of(e.getScore())).build();
    }
}
