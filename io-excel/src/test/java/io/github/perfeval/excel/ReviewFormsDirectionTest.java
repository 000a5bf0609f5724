package io.github.perfeval.excel;

import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.ReviewForms;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.IndicatorStatus;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 重庆 科学城 2021: rates of a share kept under a ceiling, written as bare targets, are at most. */
class ReviewFormsDirectionTest {

    private static IndicatorResult named(Evaluation e, String name) {
        return e.getIndicators().stream().filter(r -> r.getIndicator().getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void controlAdjustmentAndCarryOverRatesAreAtMost() {
        Form form = FormParser.create().parse(ReviewForms.chongqingKxc2021()).forms().get(0);
        Evaluation e = Scorer.create().evaluate(form);
        for (String name : new String[] {"财政供养人员控制率", "预算调整率", "结转结余率"}) {
            IndicatorResult r = named(e, name);
            assertThat(r.getDirection().orElseThrow().getDirection()).as(name).isEqualTo(Direction.AT_MOST);
            assertThat(r.getStatus()).as(name).isEqualTo(IndicatorStatus.MET);
        }
        assertThat(named(e, "固定资产利用率").getDirection().orElseThrow().getDirection()).isEqualTo(Direction.AT_LEAST);
    }
}
