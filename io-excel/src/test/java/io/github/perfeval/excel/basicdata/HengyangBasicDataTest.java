package io.github.perfeval.excel.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.basicdata.BasicDataEvaluation;
import io.github.perfeval.scoring.basicdata.DerivedMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The published 衡阳 2023 basic-data table, read from its workbook figure by figure, and checked. */
class HengyangBasicDataTest {

    private static final String SHEET = "基础数据表";

    static ExcelReadResult read() {
        return ExcelFormReader.create().read(Fixtures.hengyangBasicData());
    }

    private static Location at(String cell) {
        return Location.cell(SHEET, cell);
    }

    @Test
    void theWorkbookHoldsOneTableAndNoSheetIsSkipped() {
        ExcelReadResult read = read();
        assertThat(read.getForms()).isEmpty();
        assertThat(read.getBasicData()).hasSize(1);
        assertThat(read.getDiagnostics()).isEmpty();
        assertThat(read.getBasicData().get(0).getDiagnostics()).as("nothing the reader could not place").isEmpty();
    }

    @Test
    void everyFigureReadsAsPublishedAtItsCell() {
        BasicData t = read().basicData().get(0);
        assertThat(t).isEqualTo(PublishedBasicData.hengyang2023());
        assertThat(t.getYear()).contains(2023);
        assertThat(t.getSource()).contains(at("A1"));

        Staffing s = t.getStaffing().orElseThrow();
        assertThat(s.getAuthorized()).contains(Figure.of("90"));
        assertThat(s.getAuthorized().flatMap(Figure::getSource)).contains(at("B3"));
        assertThat(s.getActual()).contains(Figure.of("86"));
        assertThat(s.getActual().flatMap(Figure::getSource)).contains(at("C3"));
        assertThat(s.getDeclaredRate().orElseThrow().getRaw()).isEqualTo("95.56%");
        assertThat(s.getDeclaredRate().orElseThrow().decimal()).isEqualByComparingTo("0.9556");
        assertThat(s.getDeclaredRate().flatMap(Figure::getSource)).contains(at("D3"));

        SpendingControl sp = t.getSpending().orElseThrow();
        String[][] published = {
            {"三公经费", "59.17", "80.3", "67.32"}, {"1、公务用车购置和维护经费", "54.9", "65.8", "60.17"},
            {"其中：公车购置", "0", "0", "0"}, {"公车运行维护", "54.9", "65.8", "60.17"}, {"2、出国经费", "0", "0", "0"},
            {"3、公务接待", "4.27", "14.5", "7.15"}, {"项目支出：", "492.53", "409.26", "352.87"},
            {"1、业务经费", "243.05", "105.5", "105.46"}, {"2、运行维护经费", "13.45", "141.05", "138.61"},
            {"3、专项资金（一个专项一行）", "236.03", "162.71", "108.8"}, {"重大事故隐患排查整治专项", "0", "20", "16.88"},
            {"安全生产执法和监管", "204.68", "75", "51.28"}, {"安全生产预防及应急专项", "0", "50", "32.5"},
            {"举报奖励", "3.9", "10", "0.6"}, {"救灾工作经费", "9", "4.71", "4.54"}, {"驻局纪检组专项经费", "18.45", "3", "3"},
            {"公用经费：", "664.54", "354.14", "354.14"}, {"其中：办公经费", "23.29", "27.3", "61.64"},
            {"水费、电费、差旅费", "135.02", "38.5", "159.82"}, {"会议费、培训费", "16.37", "9", "36.45"},
            {"政府采购金额", "294", "305", "305"},
        };
        for (int i = 0; i < published.length; i++) {
            SpendingLine l = sp.getLines().get(i);
            int row = 5 + i;
            assertThat(l.getLabel()).isEqualTo(published[i][0]);
            assertThat(l.getSource()).contains(at("A" + row));
            assertThat(l.getPriorActual()).as(published[i][0]).contains(Figure.of(published[i][1]));
            assertThat(l.getBudget()).as(published[i][0]).contains(Figure.of(published[i][2]));
            assertThat(l.getActual()).as(published[i][0]).contains(Figure.of(published[i][3]));
            assertThat(l.getPriorActual().flatMap(Figure::getSource)).contains(at("B" + row));
            assertThat(l.getBudget().flatMap(Figure::getSource)).contains(at("C" + row));
            assertThat(l.getActual().flatMap(Figure::getSource)).contains(at("D" + row));
        }
        SpendingLine adjustment = sp.getLines().get(published.length);
        assertThat(adjustment.getItem()).isEqualTo(SpendingItem.BASIC_BUDGET_ADJUSTMENT);
        assertThat(adjustment.getPriorActual()).isEmpty();
        assertThat(adjustment.getSource()).contains(at("A26"));
        assertThat(sp.getLines()).hasSize(published.length + 1);

        BuildingControl b = t.getBuildings().orElseThrow();
        assertThat(b.getScaleUnit()).contains("m²");
        assertThat(b.getApprovedScale().flatMap(Figure::getSource)).contains(at("B28"));
        assertThat(b.getDeclaredScaleRate().orElseThrow().getRaw()).isEqualTo("%");
        assertThat(b.getDeclaredScaleRate().orElseThrow().isParsed()).isFalse();
        assertThat(b.getDeclaredInvestmentRate().flatMap(Figure::getSource)).contains(at("G28"));
        assertThat(t.getSavingMeasures().orElseThrow().getText()).isEqualTo(PublishedBasicData.HENGYANG_MEASURES);
        assertThat(t.getSavingMeasures().orElseThrow().getSource()).contains(at("B29"));
    }

    @Test
    void theTableHasNoErrorAndItsOverspentLinesAreWarned() {
        ValueWithDiagnostics<BasicData> read = read().getBasicData().get(0);
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(read.getValue());
        assertThat(read.getDiagnostics()).noneMatch(d -> d.getSeverity() == Severity.ERROR);
        assertThat(e.hasErrors()).as(e.getDiagnostics().toString()).isFalse();
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_OVERSPENT)).extracting(Diagnostic::getWhere)
                .containsExactly("基础数据表!D22", "基础数据表!D23", "基础数据表!D24");
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_OVERSPENT).get(0).getMessageZh())
                .isEqualTo("“其中：办公经费”2023 决算数61.64超过2023 预算数27.3，超出34.34万元");
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_RATE_UNDEFINED)).extracting(Diagnostic::getMessageEn)
                .containsExactly("building scale control rate (实际规模 / 批复规模) cannot be computed: the denominator is 0",
                        "building investment control rate (实际投资 / 预算投资) cannot be computed: the denominator is 0");
        assertThat(e.getDiagnostics()).as("nothing else: the sums and the rate agree").hasSize(5);
        assertThat(e.derived(DerivedMeasure.STAFFING_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.9556"));
        assertThat(e.derived(DerivedMeasure.THREE_PUBLIC_CONTROL_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8384"));
        assertThat(e.derived(DerivedMeasure.THREE_PUBLIC_CHANGE_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1377"));
        assertThat(e.derived(DerivedMeasure.PUBLIC_FUNDS_CONTROL_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(e.derived(DerivedMeasure.PROJECT_EXECUTION_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8622"));
        assertThat(e.derived(DerivedMeasure.PROCUREMENT_EXECUTION_RATE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(e.derived(DerivedMeasure.SCALE_CONTROL_RATE)).isEmpty();
        assertThat(e.derived(DerivedMeasure.INVESTMENT_CONTROL_RATE)).isEmpty();
        assertThat(Optional.of(e.derivedFigure(DerivedMeasure.STAFFING_RATE).percent())).contains("95.56%");
    }
}
