package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.perfeval.core.fixtures.PublishedBasicData.line;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks and derived figures on tables built in code: what a table states, what follows from it. */
class BasicDataCheckerTest {

    private static final BasicData HENGYANG = PublishedBasicData.hengyang2023();

    private static BasicData withLine(BasicData t, int index, SpendingLine replacement) {
        SpendingControl s = t.getSpending().orElseThrow();
        List<SpendingLine> lines = new ArrayList<>(s.getLines());
        lines.set(index, replacement);
        return BasicData.builder().from(t).spending(SpendingControl.builder().from(s).lines(lines).build()).build();
    }

    private static List<String> codes(BasicDataEvaluation e, Severity severity) {
        List<String> out = new ArrayList<>();
        e.getDiagnostics().stream().filter(d -> d.getSeverity() == severity).forEach(d -> out.add(d.getCode()));
        return out;
    }

    @Test
    void thePublishedTableHasNoErrorAndItsDerivedFiguresAreStated() {
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(HENGYANG);
        assertThat(codes(e, Severity.ERROR)).isEmpty();
        assertThat(codes(e, Severity.WARNING)).containsExactly("BASIC_DATA_OVERSPENT", "BASIC_DATA_OVERSPENT", "BASIC_DATA_OVERSPENT");
        DerivedFigure staffing = e.derivedFigure(DerivedMeasure.STAFFING_RATE);
        assertThat(staffing.getNumerator()).contains(new BigDecimal("86"));
        assertThat(staffing.getDenominator()).contains(new BigDecimal("90"));
        assertThat(staffing.getValue().orElseThrow()).isEqualByComparingTo("0.9556");
        // 67.32 / 80.3 = 0.83836…, 67.32 / 59.17 − 1 = 0.13773…, 352.87 / 409.26 = 0.86221…
        assertThat(e.derived(DerivedMeasure.THREE_PUBLIC_CONTROL_RATE).orElseThrow()).isEqualByComparingTo("0.8384");
        assertThat(e.derived(DerivedMeasure.THREE_PUBLIC_CHANGE_RATE).orElseThrow()).isEqualByComparingTo("0.1377");
        assertThat(e.derived(DerivedMeasure.PROJECT_EXECUTION_RATE).orElseThrow()).isEqualByComparingTo("0.8622");
        assertThat(e.derived(DerivedMeasure.PUBLIC_FUNDS_CONTROL_RATE).orElseThrow()).isEqualByComparingTo("1");
        assertThat(e.derived(DerivedMeasure.PROCUREMENT_EXECUTION_RATE).orElseThrow()).isEqualByComparingTo("1");
        assertThat(e.getDerived()).hasSize(DerivedMeasure.values().length);
    }

    @Test
    void aChangeRateIsNegativeWhenSpendingFell() {
        BasicData fell = withLine(HENGYANG, 0, line(SpendingItem.THREE_PUBLIC, "三公经费", "80", "80.3", "60"));
        assertThat(BasicDataChecker.create().evaluate(fell).derived(DerivedMeasure.THREE_PUBLIC_CHANGE_RATE).orElseThrow())
                .isEqualByComparingTo("-0.25");
    }

    @Test
    void aZeroDenominatorGivesAnEmptyFigureAndANoteNeverAnException() {
        BasicData noStaff = BasicData.builder().from(HENGYANG).staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow())
                .authorized(Figure.of(0)).declaredRate(Optional.empty()).build()).build();
        BasicData noPrior = withLine(HENGYANG, 0, line(SpendingItem.THREE_PUBLIC, "三公经费", "0", "80.3", "67.32"));
        BasicDataEvaluation a = BasicDataChecker.create().evaluate(noStaff);
        assertThat(a.derived(DerivedMeasure.STAFFING_RATE)).isEmpty();
        assertThat(a.diagnostics(BasicDataCode.BASIC_DATA_RATE_UNDEFINED)).anySatisfy(d ->
                assertThat(d.getMessageZh()).isEqualTo("在职人员控制率（实际在职人数 / 编制数）无法计算：分母为0"));
        BasicDataEvaluation b = BasicDataChecker.create().evaluate(noPrior);
        assertThat(b.derived(DerivedMeasure.THREE_PUBLIC_CHANGE_RATE)).isEmpty();
        assertThat(b.derived(DerivedMeasure.THREE_PUBLIC_CONTROL_RATE)).isPresent();
        assertThat(BasicDataChecker.create().evaluate(BasicData.builder().build()).getDerived().values())
                .allSatisfy(f -> assertThat(f.getValue()).isEmpty());
    }

    @Test
    void aSumIsCheckedInEveryColumnWithinTheTolerance() {
        BasicData cent = withLine(HENGYANG, 5, line(SpendingItem.OFFICIAL_RECEPTION, "3、公务接待", "4.27", "14.5", "7.16"));
        assertThat(BasicDataChecker.create().evaluate(cent).diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH)).isEmpty();
        List<Diagnostic> exact = BasicDataChecker.builder().tolerance(BigDecimal.ZERO).build().evaluate(cent)
                .diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH);
        assertThat(exact).extracting(Diagnostic::getMessageZh).containsExactly(
                "“三公经费”的2023 决算数67.32不等于其分项之和67.33（公务用车购置和维护经费 60.17 + 出国经费 0 + 公务接待 7.16）");
    }

    @Test
    void aBlankPartCountsAsZeroAndSaysSo() {
        BasicData blank = withLine(HENGYANG, 5, line(SpendingItem.OFFICIAL_RECEPTION, "3、公务接待", "4.27", null, "7.15"));
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(blank);
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_BLANK)).extracting(Diagnostic::getMessageEn)
                .containsExactly("\"3、公务接待\": 2023 预算数 is blank");
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("公务接待 (空)").endsWith("空白按0计"));
    }

    @Test
    void placeholdersAreBlanksAndTextIsNotANumber() {
        BasicData t = withLine(HENGYANG, 4, line(SpendingItem.OVERSEAS_TRAVEL, "2、出国经费", "/", "无", "0"));
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(t);
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_BLANK)).extracting(Diagnostic::getMessageZh)
                .containsExactly("“2、出国经费”的2022 决算数为空（“/”）");
        assertThat(e.diagnostics(StandardCode.UNPARSEABLE_FIGURE)).extracting(Diagnostic::getMessageZh)
                .containsExactly("“2、出国经费”的2023 预算数“无”不是数字");
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH)).as("a part that is not a number is not summed").isEmpty();
    }

    @Test
    void specialFundsWithoutLinesDoNotAddUp() {
        SpendingControl s = HENGYANG.getSpending().orElseThrow();
        List<SpendingLine> lines = new ArrayList<>(s.getLines());
        lines.removeIf(l -> l.getItem() == SpendingItem.SPECIAL_LINE);
        BasicData t = BasicData.builder().from(HENGYANG).spending(SpendingControl.builder().from(s).lines(lines).build()).build();
        assertThat(BasicDataChecker.create().evaluate(t).diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH))
                .hasSize(3).allSatisfy(d -> assertThat(d.getMessageZh()).startsWith("“3、专项资金（一个专项一行）”").contains("无分项行"));
    }

    @Test
    void aMissingRowOfTheTemplateIsReportedAndItsSumNotGuessed() {
        SpendingControl s = HENGYANG.getSpending().orElseThrow();
        List<SpendingLine> lines = new ArrayList<>(s.getLines());
        lines.removeIf(l -> l.getItem() == SpendingItem.OVERSEAS_TRAVEL);
        lines.set(0, line(SpendingItem.THREE_PUBLIC, "三公经费", "1", "2", "3"));
        BasicData t = BasicData.builder().from(HENGYANG).spending(SpendingControl.builder().from(s).lines(lines).build()).build();
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(t);
        assertThat(e.diagnostics(StandardCode.MISSING_PART)).extracting(Diagnostic::getMessageZh)
                .containsExactly("基础数据表的经费控制情况中没有“出国经费”行");
        assertThat(e.diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH)).isEmpty();
    }

    @Test
    void aDeclaredRateIsCheckedAtItsPrecision() {
        for (String ok : List.of("95.56%", "95.55%", "96%", "95%", "0.9556", "95.6%")) {
            BasicData t = BasicData.builder().from(HENGYANG).staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow())
                    .declaredRate(Figure.parsePercent(ok)).build()).build();
            assertThat(BasicDataChecker.create().evaluate(t).diagnostics(BasicDataCode.BASIC_DATA_RATE_MISMATCH)).as(ok).isEmpty();
        }
        BasicData wrong = BasicData.builder().from(HENGYANG).staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow())
                .declaredRate(Figure.parsePercent("104.65%")).build()).build();
        assertThat(BasicDataChecker.create().evaluate(wrong).diagnostics(BasicDataCode.BASIC_DATA_RATE_MISMATCH))
                .extracting(Diagnostic::getMessageZh).containsExactly("控制率填报104.65%，实际在职人数/编制数为95.56%");
    }

    @Test
    void theUsersRulesRunAfterTheChecks() {
        enum MyCode implements DiagnosticCode {
            RECEPTIONS;

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }
        }
        BasicDataRule noReceptions = e -> e.getBasicData().getSpending().flatMap(s -> s.line(SpendingItem.OFFICIAL_RECEPTION))
                .flatMap(SpendingLine::getActual).filter(f -> f.isParsed() && f.decimal().signum() > 0)
                .map(f -> List.of(Diagnostic.of(MyCode.RECEPTIONS, null, "本单位不应有公务接待", "no receptions expected")))
                .orElse(List.of());
        BasicDataEvaluation e = BasicDataChecker.builder().addRule(noReceptions).build().evaluate(HENGYANG);
        assertThat(e.getDiagnostics()).last().satisfies(d -> assertThat(d.is(MyCode.RECEPTIONS)).isTrue());
    }

    @Test
    void aFilingRuleSeesTheScoredFormAndTheCheckedTable() {
        Form form = Form.builder().from(PublishedForms.yueyang2024()).year(2023).build();
        DepartmentFiling filing = DepartmentFiling.link(form, HENGYANG).orElseThrow();
        List<String> seen = new ArrayList<>();
        FilingRule rule = (f, t) -> {
            seen.add(f.getScore().toPlainString() + " " + t.derivedFigure(DerivedMeasure.STAFFING_RATE).percent());
            return List.of();
        };
        FilingEvaluation e = BasicDataChecker.builder().addFilingRule(rule).build().evaluate(filing, Scorer.create());
        assertThat(seen).containsExactly(e.getForm().getScore().toPlainString() + " 95.56%");
        assertThat(e.getDiagnostics()).isEmpty();
        assertThat(e.allDiagnostics()).containsAll(e.getForm().getDiagnostics()).containsAll(e.getTable().getDiagnostics());
        assertThat(e.hasErrors()).as("the yueyang form's own mistakes").isTrue();
    }

    @Test
    void yearsThatDoNotFitAreNamed() {
        SpendingControl s = HENGYANG.getSpending().orElseThrow();
        BasicData t = BasicData.builder().from(HENGYANG).spending(SpendingControl.builder().from(s)
                .columns(List.of(s.getColumns().get(0), s.getColumns().get(1),
                        io.github.perfeval.core.basicdata.ColumnHeader.builder().from(s.getColumns().get(2)).year(2024).label("2024 决算数").build()))
                .build()).build();
        assertThat(BasicDataChecker.create().evaluate(t).diagnostics(BasicDataCode.BASIC_DATA_YEAR_MISMATCH)).extracting(Diagnostic::getMessageZh)
                .containsExactly("上年决算数标为2022年，本年为2024年", "本年预算数标为2023年，本年决算数为2024年", "在职人数标为2023年，经费控制情况为2024年");
    }
}
