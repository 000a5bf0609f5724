package io.github.perfeval.core.value;

import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every target and actual string of the two fixture workbooks and of DOMAIN.md, each with the typed
 * result a user relies on.
 */
class IndicatorValueParsingTest {

    /** raw, comparison symbol (or "" for bare), value, unit. */
    static Stream<Arguments> quantities() {
        return Stream.of(
                // yueyang-2024-department targets and actuals
                arguments("≧4次", "≥", "4", "次"), arguments("4次", "", "4", "次"),
                arguments("≧9次", "≥", "9", "次"), arguments("11次", "", "11", "次"),
                arguments("≧3次", "≥", "3", "次"), arguments("≧10次", "≥", "10", "次"),
                arguments("15次", "", "15", "次"), arguments("90%", "", "90", "%"), arguments("100%", "", "100", "%"),
                arguments("90天", "", "90", "天"), arguments("≦2小时", "≤", "2", "小时"), arguments("1小时", "", "1", "小时"),
                arguments("0起", "", "0", "起"), arguments("≦0.0211人/亿元", "≤", "0.0211", "人/亿元"),
                arguments("0.0187人/亿元", "", "0.0187", "人/亿元"), arguments("≦102人", "≤", "102", "人"),
                arguments("96人", "", "96", "人"), arguments("≦91起", "≤", "91", "起"), arguments("88起", "", "88", "起"),
                arguments("≧90%", "≥", "90", "%"), arguments("95%", "", "95", "%"), arguments("97%", "", "97", "%"),
                // liuhe-2024 project form
                arguments(">=149040元", "≥", "149040", "元"), arguments("0元", "", "0", "元"),
                arguments("=30000元", "=", "30000", "元"), arguments("30000元", "", "30000", "元"),
                arguments("=1人", "=", "1", "人"), arguments("1人", "", "1", "人"), arguments("=25部", "=", "25", "部"),
                arguments("0部", "", "0", "部"), arguments(">=99%", "≥", "99", "%"), arguments("99%", "", "99", "%"),
                arguments("=12月", "=", "12", "月"), arguments("0月", "", "0", "月"), arguments("=100%", "=", "100", "%"),
                arguments("0%", "", "0", "%"),
                // liuhe-2024 department form (OCR LaTeX)
                arguments("=10人", "=", "10", "人"), arguments("10人", "", "10", "人"),
                arguments("$\\geq 3000$ 元", "≥", "3000", "元"), arguments("3000元", "", "3000", "元"),
                arguments("=14万元", "=", "14", "万元"), arguments("14万元", "", "14", "万元"),
                arguments("$\\geq 290$ 万元", "≥", "290", "万元"), arguments("290万元", "", "290", "万元"),
                arguments("=1年", "=", "1", "年"), arguments("1年", "", "1", "年"),
                arguments("≥ 99%", "≥", "99", "%"), arguments("$\\geq 99\\%$", "≥", "99", "%"),
                // DOMAIN.md notations
                arguments("≥4期", "≥", "4", "期"), arguments("＞20次", ">", "20", "次"), arguments(">10个", ">", "10", "个"),
                arguments("＜5起", "<", "5", "起"), arguments("<3天", "<", "3", "天"), arguments("<=2小时", "≤", "2", "小时"),
                arguments("≤ 5%", "≤", "5", "%"), arguments("5次", "", "5", "次"), arguments("1个", "", "1", "个"),
                arguments("85家企业", "", "85", "家企业"), arguments("95", "", "95", ""), arguments("15", "", "15", ""),
                arguments("86.448%", "", "86.448", "%"), arguments("1,244", "", "1244", ""), arguments("0.0211", "", "0.0211", ""),
                arguments("20万元/次", "", "20", "万元/次"), arguments("万元/期".isEmpty() ? "" : "3万元/期", "", "3", "万元/期"),
                arguments("４次", "", "4", "次"), arguments("≥１，２４４人", "≥", "1244", "人"),
                arguments("90%以上", "≥", "90", "%"), arguments("3天内", "≤", "3", "天"), arguments("不低于95%", "≥", "95", "%"),
                arguments("合格率≥80%", "≥", "80", "%"),
                // Word tables of 云南 forms type ＝ as a box-drawing ═ (yongde.gov.cn, 2022)
                arguments("═100%", "=", "100", "%"), arguments("﹦72890元", "=", "72890", "元"), arguments("≥100百分比", "≥", "100", "%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quantities")
    void readsQuantities(String raw, String op, String value, String unit) {
        IndicatorValue v = IndicatorValue.parse(raw);
        assertThat(v.getKind()).as("kind of %s", raw).isEqualTo(ValueKind.QUANTITY);
        assertThat(v.getRaw()).isEqualTo(raw);
        assertThat(v.getComparison().map(Comparison::symbol).orElse("")).as("operator of %s", raw).isEqualTo(op);
        assertThat(v.getQuantity()).contains(Quantity.of(value, unit));
        assertThat(v.isQuantitative()).isTrue();
    }

    static Stream<Arguments> qualitative() {
        return Stream.of(
                arguments("快速高效", QualitativeTerm.FAST_EFFICIENT), arguments("无", QualitativeTerm.NONE),
                arguments("有", QualitativeTerm.PRESENT),
                arguments("支出小于等于预算", QualitativeTerm.WITHIN_BUDGET), arguments("下降", QualitativeTerm.DECREASE),
                arguments("上升", QualitativeTerm.RISE), arguments("稳定有序", QualitativeTerm.STABLE_ORDERLY),
                arguments("提升", QualitativeTerm.INCREASE), arguments("显著提升", QualitativeTerm.SIGNIFICANT_INCREASE),
                arguments("持续下降", QualitativeTerm.CONTINUED_DECREASE),
                arguments("比上期降低", QualitativeTerm.DECREASE_FROM_PREVIOUS),
                arguments("普遍提高", QualitativeTerm.GENERAL_INCREASE), arguments("长期", QualitativeTerm.LONG_TERM),
                arguments("达到国家和省验收要求", QualitativeTerm.MEETS_REQUIREMENTS),
                arguments(" 稳定有序。", QualitativeTerm.STABLE_ORDERLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qualitative")
    void readsKnownWords(String raw, QualitativeTerm term) {
        IndicatorValue v = IndicatorValue.parse(raw);
        assertThat(v.getKind()).isEqualTo(ValueKind.QUALITATIVE);
        assertThat(v.getTerm()).contains(term);
        assertThat(v.getRaw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.perfeval.core.value.IndicatorValueParsingTest#ranges")
    void readsRangesAndPeriods(String raw, String lower, String upper, String unit) {
        IndicatorValue v = IndicatorValue.parse(raw);
        assertThat(v.getKind()).isEqualTo(ValueKind.RANGE);
        assertThat(v.getQuantity()).contains(Quantity.of(lower, unit));
        assertThat(v.getUpper()).contains(Quantity.of(upper, unit));
    }

    static Stream<Arguments> ranges() {
        return Stream.of(arguments("1-12月", "1", "12", "月"), arguments("2021-2023年", "2021", "2023", "年"),
                arguments("1月-12月", "1", "12", "月"), arguments("1~12月", "1", "12", "月"), arguments("1至12月", "1", "12", "月"));
    }

    @org.junit.jupiter.api.Test
    void keepsProseAndOffersItsNumbersWithoutTrustingThem() {
        IndicatorValue v = IndicatorValue.parse("生产安全事故80起，同比减少13起，下降14%");
        assertThat(v.getKind()).isEqualTo(ValueKind.TEXT);
        assertThat(v.getCandidates()).containsExactly(Quantity.of("80", "起"), Quantity.of("13", "起"), Quantity.of("14", "%"));
        assertThat(v.getIssues()).contains(ParseIssue.NUMBERS_IN_PROSE);
        assertThat(v.isQuantitative()).isFalse();

        IndicatorValue visits = IndicatorValue.parse("考核4次，巡查2次");
        assertThat(visits.getKind()).isEqualTo(ValueKind.TEXT);
        assertThat(visits.getCandidates()).containsExactly(Quantity.of("4", "次"), Quantity.of("2", "次"));

        IndicatorValue months = IndicatorValue.parse("3月、10月");
        assertThat(months.getKind()).isEqualTo(ValueKind.TEXT);
        assertThat(months.getCandidates()).containsExactly(Quantity.of("3", "月"), Quantity.of("10", "月"));
    }

    @org.junit.jupiter.api.Test
    void takesTheResultOfArithmeticAndChecksIt() {
        IndicatorValue v = IndicatorValue.parse("5*4=20万元");
        assertThat(v.getKind()).isEqualTo(ValueKind.QUANTITY);
        assertThat(v.getQuantity()).contains(Quantity.of("20", "万元"));
        assertThat(v.getIssues()).containsExactly(ParseIssue.ARITHMETIC_RESULT);

        IndicatorValue wrong = IndicatorValue.parse("5×4=25万元");
        assertThat(wrong.getIssues()).contains(ParseIssue.ARITHMETIC_WRONG);
        assertThat(wrong.isQuantitative()).isFalse();
    }

    /**
     * Targets per period from a city-management bureau's 2020 target table
     * (http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html: 城市道路以克论净量化考核
     * {@code 1次/月}, 人工成本 {@code ≤620万/月}) and 濉溪县民政局's 2019 临时救助 form ({@code >=530元/人*月}).
     */
    @org.junit.jupiter.api.Test
    void readsAUnitPerPeriodAsAQuantityThatKeepsThePeriod() {
        IndicatorValue monthly = IndicatorValue.parse("1次/月");
        assertThat(monthly.isQuantitative()).isTrue();
        assertThat(monthly.getQuantity().orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(monthly.getQuantity().orElseThrow().unit().symbol()).isEqualTo("次/月");
        assertThat(monthly.getQuantity().orElseThrow().unit().period()).hasValueSatisfying(p -> assertThat(p.symbol()).isEqualTo("月"));
        assertThat(monthly.getIssues()).isEmpty();

        IndicatorValue cost = IndicatorValue.parse("≤620万/月");
        assertThat(cost.getRaw()).isEqualTo("≤620万/月");
        assertThat(cost.getComparison()).contains(Comparison.AT_MOST);
        assertThat(cost.getQuantity().orElseThrow().value()).isEqualByComparingTo("620");
        assertThat(cost.getQuantity().orElseThrow().unit().symbol()).as("万 stays as written: no convention makes it 万元")
                .isEqualTo("万/月");
        assertThat(cost.getIssues()).containsExactly(ParseIssue.UNKNOWN_UNIT);
        assertThat(cost.isQuantitative()).as("an unknown unit still compares with itself").isTrue();

        assertThat(IndicatorValue.parse("≥2次/年").getQuantity().orElseThrow().unit().period())
                .hasValueSatisfying(p -> assertThat(p.symbol()).isEqualTo("年"));
        assertThat(IndicatorValue.parse("20万元/月").getIssues()).isEmpty();
        assertThat(IndicatorValue.parse(">=530元/人*月").getQuantity().orElseThrow().value()).isEqualByComparingTo("530");
    }

    @org.junit.jupiter.api.Test
    void toleratesUnitTyposWithARemark() {
        IndicatorValue v = IndicatorValue.parse("0.5万元元/部");
        assertThat(v.getKind()).isEqualTo(ValueKind.QUANTITY);
        assertThat(v.getQuantity().orElseThrow().value()).isEqualByComparingTo("0.5");
        assertThat(v.getQuantity().orElseThrow().unit().symbol()).isEqualTo("万元/部");
        assertThat(v.getQuantity().orElseThrow().unit().kind()).isEqualTo(UnitKind.RATE);
        assertThat(v.getIssues()).containsExactly(ParseIssue.UNIT_TYPO);
        assertThat(v.getRaw()).isEqualTo("0.5万元元/部");
    }

    @org.junit.jupiter.api.Test
    void keepsAMeasurePrefix() {
        IndicatorValue v = IndicatorValue.parse("合格率≥80%");
        assertThat(v.getMeasure()).contains("合格率");
        assertThat(v.getQuantity()).contains(Quantity.of("80", "%"));
    }

    @org.junit.jupiter.api.Test
    void saysWhatItCouldNotRead() {
        assertThat(IndicatorValue.parse("≥").getKind()).isEqualTo(ValueKind.UNPARSED);
        assertThat(IndicatorValue.parse("≥").getIssues()).containsExactly(ParseIssue.NO_VALUE_AFTER_OPERATOR);
        assertThat(IndicatorValue.parse("???").getIssues()).containsExactly(ParseIssue.UNRECOGNISED);
        IndicatorValue huge = IndicatorValue.parse("1" + "0".repeat(40) + "元");
        assertThat(huge.getKind()).isEqualTo(ValueKind.UNPARSED);
        assertThat(huge.getIssues()).containsExactly(ParseIssue.NUMBER_OUT_OF_RANGE);
        assertThat(IndicatorValue.parse("x".repeat(5000)).getIssues()).containsExactly(ParseIssue.TOO_LONG);
        assertThat(IndicatorValue.parse("").isEmpty()).isTrue();
        assertThat(IndicatorValue.parse("  /  ").isEmpty()).isTrue();
        assertThat(IndicatorValue.parse("按计划推进").getKind()).isEqualTo(ValueKind.QUALITATIVE);
        assertThat(IndicatorValue.parse("按计划推进").getTerm()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void qualitativeAgreementFollowsDirectionAndStrength() {
        assertThat(QualitativeTerm.INCREASE.agreement(QualitativeTerm.SIGNIFICANT_INCREASE))
                .isEqualTo(QualitativeTerm.Agreement.AGREES);
        assertThat(QualitativeTerm.DECREASE.agreement(QualitativeTerm.RISE)).isEqualTo(QualitativeTerm.Agreement.DISAGREES);
        assertThat(QualitativeTerm.SIGNIFICANT_INCREASE.agreement(QualitativeTerm.INCREASE))
                .isEqualTo(QualitativeTerm.Agreement.UNKNOWN);
        assertThat(QualitativeTerm.NONE.agreement(QualitativeTerm.PRESENT)).isEqualTo(QualitativeTerm.Agreement.DISAGREES);
        assertThat(QualitativeTerm.COMPLETED.agreement(QualitativeTerm.NOT_ACHIEVED))
                .isEqualTo(QualitativeTerm.Agreement.DISAGREES);
    }

    @org.junit.jupiter.api.Test
    void valuesAreExactDecimals() {
        assertThat(IndicatorValue.parse("≦0.0211人/亿元").getQuantity().orElseThrow().value())
                .isEqualTo(new BigDecimal("0.0211"));
        assertThat(IndicatorValue.parse("100.0%")).isNotEqualTo(IndicatorValue.parse("100%"));
        assertThat(IndicatorValue.parse("100.0%").getQuantity()).isEqualTo(IndicatorValue.parse("100%").getQuantity());
    }
}
