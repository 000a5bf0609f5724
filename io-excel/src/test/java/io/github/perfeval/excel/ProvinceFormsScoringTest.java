package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.ProvinceForms;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Published forms of provinces the reader was not tuned on: read, then checked, find what is wrong and only that. */
class ProvinceFormsScoringTest {

    private static Evaluation evaluate(Grid g) {
        Form form = FormParser.create().parse(g).forms().get(0);
        return Scorer.create().evaluate(form);
    }

    private static List<String> codes(Evaluation e, Severity severity) {
        return e.getDiagnostics().stream().filter(d -> d.getSeverity() == severity).map(Diagnostic::getCode)
                .collect(Collectors.toList());
    }

    @Test
    void anhuiZeroTotalOverNinetyWanYuanIsAnErrorGivingTheFigures() {
        Evaluation e = evaluate(ProvinceForms.anhuiChizhou2022());
        assertThat(e.getDiagnostics()).filteredOn(d -> d.is(StandardCode.BUDGET_TOTAL_MISSING)).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(d.getMessageZh()).contains("年初预算数为0，其中各行合计90").contains("全年执行数为0，其中各行合计89.974");
            assertThat(d.getWhere()).isEqualTo("附件!B7");
        });
    }

    @Test
    void shanghaiArithmeticIsRightAndTheReaderSaysSo() {
        Evaluation e = evaluate(ProvinceForms.shanghaiPutuo2022());
        assertThat(e.getBudget().orElseThrow().getScore()).isEqualByComparingTo("8.62");
        assertThat(codes(e, Severity.ERROR)).isEmpty();
        assertThat(e.getDiagnostics()).noneMatch(d -> d.is(StandardCode.BUDGET_BREAKDOWN_MISMATCH) || d.is(StandardCode.UNPARSEABLE_FIGURE)
                || d.is(StandardCode.EXECUTION_RATE_MISMATCH));
        assertThat(e.getScore()).isEqualByComparingTo("98.62");
    }

    @Test
    void sichuanNotApplicableMarksAreNotNumbersGoneWrong() {
        Evaluation e = evaluate(ProvinceForms.sichuanQingshen2023());
        assertThat(e.getDiagnostics()).noneMatch(d -> d.is(StandardCode.UNPARSEABLE_FIGURE) || d.is(StandardCode.BUDGET_BREAKDOWN_MISMATCH)
                || d.is(StandardCode.BUDGET_TOTAL_MISSING) || d.is(StandardCode.EXECUTION_RATE_MISMATCH));
        assertThat(e.getWeights()).as("90 for the indicators and 10 for the budget").isEqualByComparingTo("100");
    }

    @Test
    void yunnanDeclaredFiguresAddUp() {
        Evaluation e = evaluate(ProvinceForms.yunnanLijiang2020());
        assertThat(e.getDiagnostics()).noneMatch(d -> d.is(StandardCode.WEIGHT_TOTAL_MISMATCH) || d.is(StandardCode.EXECUTION_RATE_MISMATCH)
                || d.is(StandardCode.BUDGET_SCORE_MISMATCH));
        assertThat(e.getWeights()).isEqualByComparingTo("100");
    }

    @Test
    void hebeiBudgetScoreRoundedUpIsAnErrorAndTheShortfallIsExplained() {
        Evaluation e = evaluate(ProvinceForms.hebeiLangfang2019());
        assertThat(e.getDiagnostics()).filteredOn(d -> d.is(StandardCode.BUDGET_SCORE_MISMATCH)).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(d.getMessageZh()).contains("填报9").contains("8.62");
            assertThat(d.getWhere()).isEqualTo("附件1!I7");
        });
        assertThat(e.getDiagnostics()).as("86% is 37.24 / 43.2 rounded").noneMatch(d -> d.is(StandardCode.EXECUTION_RATE_MISMATCH)
                || d.is(StandardCode.WEIGHT_TOTAL_MISMATCH) || d.is(StandardCode.MISSING_DEVIATION_REASON));
        assertThat(e.getDiagnostics()).filteredOn(d -> d.is(StandardCode.DECLARED_SCORE_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getWhere()).isEqualTo("附件1!H14"));
        assertThat(e.getIndicators().get(0).getScore()).as("37.24 / 43.2 of 10").isEqualByComparingTo("8.62");
        assertThat(e.getWeights()).isEqualByComparingTo("100");
        assertThat(e.getScore()).as("8.62 + 8 × 10 + 8.62 for the budget").isEqualByComparingTo("97.24");
    }

    @Test
    void hainanScoringSheetCarriesItsScoresSaysItHasNoValuesOnceAndComesBackFromItsWorkbookEqual() throws Exception {
        Form form = FormParser.create().parse(ProvinceForms.hainanCommerce()).forms().get(0);
        Evaluation e = Scorer.create().evaluate(form);
        assertThat(e.getDiagnostics()).noneMatch(d -> d.is(StandardCode.INCOMPLETE_INDICATOR) || d.is(StandardCode.MISSING_DEVIATION_REASON));
        assertThat(e.getDiagnostics()).filteredOn(d -> d.is(StandardCode.MISSING_PART)).extracting(Diagnostic::getMessageZh)
                .contains("表中没有年度指标值和实际完成值，各指标沿用填报得分");
        assertThat(e.getScore()).as("the declared scores shown, 60 of the 60 points the page shows").isEqualByComparingTo("60");
        Form json = io.github.perfeval.core.json.PerfevalJson.readForm(io.github.perfeval.core.json.PerfevalJson.write(form));
        assertThat(json).isEqualTo(form);
        byte[] xlsx = RoundTripTest.write(List.of(form));
        io.github.perfeval.excel.read.ExcelReadResult back = io.github.perfeval.excel.read.ExcelFormReader.create()
                .read(new java.io.ByteArrayInputStream(xlsx), "hainan.xlsx");
        Form read = back.forms().get(0);
        assertThat(read.getIndicators()).as("levels' points come back as the extras they are").isEqualTo(form.getIndicators());
        assertThat(read.getHeaderFields()).as("fields left blank (联系电话) stay fields; the writer adds a blank 项目名称 to a project form without one")
                .containsAll(form.getHeaderFields());
        assertThat(read.getTextSections()).isEqualTo(form.getTextSections());
        assertThat(back.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.NOT_KEPT));
    }
}
