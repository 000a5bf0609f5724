package io.github.perfeval.examples;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.basicdata.FilingEvaluation;
import io.github.perfeval.testkit.SampleForms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example rule compares a department form's indicators with its basic-data table. */
class DerivedFiguresRuleTest {

    private static final BasicData TABLE = SampleForms.hengyang2023BasicData();   // 86 of 90, 三公经费 67.32 of 80.3 (59.17 the year before)

    private static Form form(String staffingActual, String changeActual) {
        return Form.builder().kind(FormKind.DEPARTMENT).year(2023).department("衡阳市应急管理局")
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("在职人员控制率")
                        .target(IndicatorValue.parse("≤100%")).actual(IndicatorValue.parse(staffingActual, Location.cell("自评表", "F9")))
                        .weight(Figure.of(5)).build())
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("成本指标").name("“三公”经费变动率")
                        .target(IndicatorValue.parse("≤0%")).actual(IndicatorValue.parse(changeActual, Location.cell("自评表", "F10")))
                        .weight(Figure.of(5)).build())
                .build();
    }

    @Test
    void actualsThatStateTheTablesFiguresPass() {
        FilingEvaluation e = DerivedFiguresRule.check(form("95.56%", "13.77%"), TABLE).orElseThrow();
        assertThat(e.getDiagnostics()).isEmpty();
        assertThat(DerivedFiguresRule.check(form("96%", "13.8%"), TABLE).orElseThrow().getDiagnostics())
                .as("written to fewer places").isEmpty();
    }

    @Test
    void anActualThatDiffersIsNamedAtItsCell() {
        FilingEvaluation e = DerivedFiguresRule.check(form("100%", "-5%"), TABLE).orElseThrow();
        assertThat(e.getDiagnostics()).extracting(Diagnostic::getWhere).containsExactly("自评表!F9", "自评表!F10");
        assertThat(e.getDiagnostics()).extracting(Diagnostic::getMessageZh).containsExactly(
                "“在职人员控制率”完成值100%，基础数据表算得在职人员控制率95.56%",
                "““三公”经费变动率”完成值-5%，基础数据表算得三公经费变动率13.77%");
        assertThat(e.getDiagnostics()).allMatch(d -> d.is(DerivedFiguresRule.FilingCode.ACTUAL_DIFFERS_FROM_TABLE));
    }

    @Test
    void aTableOfAnotherYearIsNotCompared() {
        Form of2024 = Form.builder().from(form("100%", "-5%")).year(2024).build();
        assertThat(DerivedFiguresRule.check(of2024, TABLE)).isEmpty();
    }
}
