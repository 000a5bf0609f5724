package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.DirectionBasis;
import io.github.perfeval.core.form.DirectionRules;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import io.github.perfeval.scoring.policy.StrictBoundary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the review behind issue #11 ("Why"), on indicators from outside the fixtures, each
 * scored as a careful reader of the Ministry's rules scores it.
 */
class ReviewCasesTest {

    private static final Scorer SCORER = Scorer.create();

    private static Indicator ind(String l1, String l2, String name, String target, String actual, String weight) {
        return Indicator.builder().level1Label(l1).level2Label(l2).name(name).target(IndicatorValue.parse(target))
                .actual(IndicatorValue.parse(actual)).weight(Figure.of(weight)).build();
    }

    private static Evaluation evaluate(Scorer scorer, Indicator... inds) {
        return scorer.evaluate(Form.builder().kind(FormKind.PROJECT).indicators(List.of(inds)).build());
    }

    private static IndicatorResult one(String l1, String l2, String name, String target, String actual) {
        return evaluate(SCORER, ind(l1, l2, name, target, actual, "10")).getIndicators().get(0);
    }

    @ParameterizedTest(name = "{2} {3} with {4}: {5} {6}")
    @CsvSource(delimiter = '|', value = {
        "产出指标|质量指标|设备故障排除率|98%|99%|MET|10",
        "产出指标|质量指标|设备故障排除率|98%|49%|PARTLY_MET|5",
        "产出指标|质量指标|故障修复率|95%|96%|MET|10",
        "效益指标|社会效益指标|投诉办结率|100%|100%|MET|10",
        "效益指标|生态效益指标|排放达标率|90%|92%|MET|10",
        "产出指标|成本指标|预算资金节约率|3%|6%|MET|10",
        "效益指标|经济效益指标|财政收入增长率|0%|5%|MET|10",
        "效益指标|社会效益指标|生产安全事故死亡人数|10人|12人|PARTLY_MET|8",
        "效益指标|经济效益指标|直接经济损失|100万元|80万元|MET|10"})
    void bareTargetsPointByWhatTheyMeasure(String l1, String l2, String name, String target, String actual,
                                          IndicatorStatus status, String score) {
        IndicatorResult r = one(l1, l2, name, target, actual);
        assertThat(r.getStatus()).as(r.getExplanationZh()).isEqualTo(status);
        assertThat(r.getScore()).as(r.getExplanationZh()).isEqualByComparingTo(score);
        assertThat(r.getDirection()).hasValueSatisfying(d -> assertThat(d.isGuess()).isFalse());
    }

    @Test
    void aDirectionNotWrittenSaysWhichRuleDecidedAndAGuessShowsAsOne() {
        Evaluation e = evaluate(SCORER, ind("产出指标", "质量指标", "设备故障排除率", "98%", "99%", "10"),
                ind("产出指标", "数量指标", "培训场次", "5次", "5次", "10"), ind("产出指标", "数量指标", "培训场次", "≥5次", "5次", "80"));
        assertThat(e.diagnostics(StandardCode.DIRECTION_INFERRED)).hasSize(2)
                .anySatisfy(d -> assertThat(d.getMessageZh()).contains("设备故障排除率").contains("“排除”").contains("越大越好"))
                .anySatisfy(d -> assertThat(d.getMessageZh()).contains("培训场次").contains("推测"));
        assertThat(e.getIndicators().get(1).getDirection().orElseThrow().isGuess()).isTrue();
        assertThat(e.getIndicators().get(1).getExplanationEn()).contains("a guess");
        assertThat(e.getIndicators().get(2).getDirection().orElseThrow().getBasis()).isEqualTo(DirectionBasis.OPERATOR);
    }

    @Test
    void usersOverrideTheDirectionThroughThePolicy() {
        Scorer mine = Scorer.of(ScoringPolicy.ministry2020().withDirectionRules(DirectionRules.standard()
                .withName("设备完好台数", Direction.AT_MOST).withPattern("空置.*套", Direction.AT_MOST)));
        IndicatorResult byName = evaluate(mine, ind("产出指标", "数量指标", "设备完好台数", "30台", "40台", "10")).getIndicators().get(0);
        assertThat(byName.getStatus()).isEqualTo(IndicatorStatus.PARTLY_MET);
        assertThat(byName.getScore()).isEqualByComparingTo("6.67");
        assertThat(byName.getDirection().orElseThrow().getBasis()).isEqualTo(DirectionBasis.USER_NAME);
        IndicatorResult byPattern = evaluate(mine, ind("产出指标", "数量指标", "空置房屋套数", "12套", "10套", "10")).getIndicators().get(0);
        assertThat(byPattern.getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(byPattern.getDirection().orElseThrow().getBasis()).isEqualTo(DirectionBasis.USER_PATTERN);
        assertThat(evaluate(SCORER, ind("产出指标", "数量指标", "设备完好台数", "30台", "40台", "10")).getIndicators().get(0).getStatus())
                .isEqualTo(IndicatorStatus.MET);
    }

    @ParameterizedTest(name = "{0} with {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "≥-5%|-10%|NOT_MET|0",
        "≥-5%|-6%|PARTLY_MET|8",
        "≥-5%|-5%|MET|10",
        "≥-5%|3%|MET|10",
        "≤-5%|-4%|PARTLY_MET|8",
        "≤-5%|-8%|MET|10",
        "≥5%|-2%|NOT_MET|0"})
    void negativeFiguresAreKeptAndComparedAsTheyAre(String target, String actual, IndicatorStatus status, String score) {
        IndicatorResult r = one("效益指标", "经济效益指标", "收入变动率", target, actual);
        assertThat(r.getStatus()).as(r.getExplanationZh()).isEqualTo(status);
        assertThat(r.getScore()).as(r.getExplanationZh()).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "{2}: {0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "0起|未发生|重大安全事故", "0起|无|重大安全事故", "0起|零|重大安全事故", "=0起|无|重大安全事故", "≤2起|未发生|安全事故",
        "无|0起|重大安全事故", "未发生|0|重大安全事故", "零|0次|重大安全事故",
        "90%-95%|93%|资金支出进度", "90%-95%|95%|资金支出进度", "1-12月|1月-12月|项目实施期", "1月-12月|1-12月|项目实施期",
        "1-12月|12月|项目实施期",
        "提升|提升5%|服务水平", "提升|同比提升5%|服务水平", "下降|下降14%|事故起数", "无|0起|负面舆情",
        "≥1万人|12000人|受益人数", "≥12000人|1.2万人|受益人数", "≥1000人|1200人次|培训人数", "≤30天|1个月|办理时限",
        "≤5个工作日|3天|审批时限", "≥10名|10人|培训教师"})
    void equivalentValuesMeetTheirTargets(String target, String actual, String name) {
        IndicatorResult r = one("产出指标", "数量指标", name, target, actual);
        assertThat(r.getStatus()).as(r.getExplanationZh()).isEqualTo(IndicatorStatus.MET);
        assertThat(r.getScore()).isEqualByComparingTo("10");
    }

    @Test
    void conventionsAndEquivalencesAreSaid() {
        Evaluation e = evaluate(SCORER, ind("产出指标", "数量指标", "培训人数", "≥1000人", "1200人次", "10"),
                ind("产出指标", "时效指标", "办理时限", "≤30天", "1个月", "10"));
        assertThat(e.diagnostics(StandardCode.VALUE_REMARK)).hasSize(2)
                .anySatisfy(d -> assertThat(d.getMessageZh()).contains("人次按人计"))
                .anySatisfy(d -> assertThat(d.getMessageZh()).contains("1个月按30天计"));
        assertThat(e.getIndicators().get(0).getExplanationZh()).contains("人次按人计");
        assertThat(one("产出指标", "数量指标", "重大安全事故", "0起", "未发生").getExplanationZh()).contains("按0起计");
    }

    @ParameterizedTest(name = "{0} with {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "90%-95%|85.5%|PARTLY_MET|9.5",
        "90%-95%|99%|PARTLY_MET|9.58",
        "提升|提升0%|NOT_MET|0",
        "提升|下降3%|NOT_MET|0",
        "无|2起|NOT_MET|0",
        "下降5%|上升3%|NOT_MET|0",
        "下降5%|下降4%|PARTLY_MET|8"})
    void valuesThatDoNotMeetSayWhy(String target, String actual, IndicatorStatus status, String score) {
        IndicatorResult r = one("效益指标", "社会效益指标", "指标", target, actual);
        assertThat(r.getStatus()).as(r.getExplanationZh()).isEqualTo(status);
        assertThat(r.getScore()).as(r.getExplanationZh()).isEqualByComparingTo(score);
    }

    @Test
    void aQualitativeComputeSignInTheNationalJsonIsAQualitativeTarget() throws Exception {
        Form f = PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"indicators\":[{\"kpi_lv1\":\"效益指标\",\"kpi_lv2\":\"社会效益指标\","
                + "\"kpi_lv3\":\"服务水平\",\"target\":{\"computesign\":\"定性\",\"kpi_val\":\"提升\"},\"actual\":\"提升\","
                + "\"weight\":10}]}");
        IndicatorResult r = SCORER.evaluate(f).getIndicators().get(0);
        assertThat(r.getIndicator().getTarget().getRaw()).isEqualTo("提升");
        assertThat(r.getStatus()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void equalityDoesNotMeetAStrictTargetAndThePolicyDecidesTheScore() {
        Evaluation e = evaluate(SCORER, ind("产出指标", "数量指标", "培训场次", "＞10个", "10个", "10"));
        IndicatorResult r = e.getIndicators().get(0);
        assertThat(r.getStatus()).isEqualTo(IndicatorStatus.PARTLY_MET);
        assertThat(r.getScore()).as("scored against ≥11: 10/11 of 10").isEqualByComparingTo("9.09");
        assertThat(e.diagnostics(StandardCode.STRICT_BOUNDARY)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("界值").contains("≥11个"));
        assertThat(e.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).hasSize(1);
        Scorer ratio = Scorer.of(ScoringPolicy.ministry2020().withStrictBoundary(StrictBoundary.RATIO));
        Evaluation deployed = evaluate(ratio, ind("产出指标", "数量指标", "培训场次", "＞10个", "10个", "10"));
        assertThat(deployed.getIndicators().get(0).getScore()).isEqualByComparingTo("10");
        assertThat(deployed.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.PARTLY_MET);
        assertThat(deployed.diagnostics(StandardCode.STRICT_BOUNDARY)).hasSize(1);
        Scorer nothing = Scorer.of(ScoringPolicy.ministry2020().withStrictBoundary(StrictBoundary.NOTHING));
        assertThat(evaluate(nothing, ind("产出指标", "数量指标", "培训场次", "＞10个", "10个", "10")).getIndicators().get(0).getScore())
                .isEqualByComparingTo("0");
        assertThat(one("产出指标", "数量指标", "合格率", "＞95.5%", "95.5%").getScore()).as("≥95.6%").isEqualByComparingTo("9.99");
    }

    @Test
    void aCostAboveItsEqualTargetIsADeviationNeverATargetTooLow() {
        Evaluation e = evaluate(SCORER, ind("成本指标", "经济成本指标", "费用", "=30000元", "60000元", "10"));
        IndicatorResult r = e.getIndicators().get(0);
        assertThat(r.getStatus()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(r.getScore()).as("twice the target: nothing, by the deployed linear rule").isEqualByComparingTo("0");
        assertThat(e.diagnostics(StandardCode.OVER_ACHIEVEMENT)).isEmpty();
        assertThat(e.diagnostics(StandardCode.COST_OVERRUN)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("60000元").contains("=30000元"));
        IndicatorResult under = evaluate(SCORER, ind("成本指标", "经济成本指标", "费用", "=30000元", "25000元", "10")).getIndicators().get(0);
        assertThat(under.getStatus()).isEqualTo(IndicatorStatus.MET);
        IndicatorResult bare = evaluate(SCORER, ind("产出指标", "成本指标", "人均培训成本", "500元", "550元", "10")).getIndicators().get(0);
        assertThat(bare.getScore()).isEqualByComparingTo("9");
    }

    @Test
    void aCostWrittenAsAFloorIsWarned() {
        Evaluation liuhe = SCORER.evaluate(PublishedForms.liuhe2024Project());
        assertThat(liuhe.diagnostics(StandardCode.COST_OPERATOR_REVERSED)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("视频互联互通年租金").contains(">=149040元"));
        assertThat(SCORER.evaluate(PublishedForms.liuhe2024Department()).diagnostics(StandardCode.COST_OPERATOR_REVERSED))
                .as("$\\geq 3000$ 元 and $\\geq 290$ 万元").hasSize(2);
    }

    @Test
    void theBudgetWeightIsNeverAddedOnTopOfIndicatorsThatAlreadyTotal100() {
        Budget budget = Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).adjusted(Figure.of("100"))
                .executed(Figure.of("100")).build()).build();
        Form full = Form.builder().kind(FormKind.PROJECT).budget(budget).indicators(List.of(
                ind("产出指标", "数量指标", "a", "≥1个", "1个", "60"), ind("效益指标", "社会效益指标", "b", "≥1个", "1个", "40"))).build();
        Evaluation e = SCORER.evaluate(full);
        assertThat(e.getWeights()).isEqualByComparingTo("100");
        assertThat(e.getBudget().orElseThrow().getWeight()).isEqualByComparingTo("0");
        assertThat(e.getScore()).isEqualByComparingTo("100");
        assertThat(e.diagnostics(StandardCode.WEIGHT_TOTAL_MISMATCH)).isEmpty();
        assertThat(e.diagnostics(StandardCode.WEIGHTS_ASSIGNED)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("预算执行不另计分"));

        Form ninety = Form.builder().from(full).indicators(List.of(ind("产出指标", "数量指标", "a", "≥1个", "1个", "90"))).build();
        Evaluation n = SCORER.evaluate(ninety);
        assertThat(n.getWeights()).isEqualByComparingTo("100");
        assertThat(n.getBudget().orElseThrow().getWeight()).isEqualByComparingTo("10");
        assertThat(n.diagnostics(StandardCode.WEIGHT_TOTAL_MISMATCH)).isEmpty();

        Form more = Form.builder().from(full).indicators(List.of(ind("产出指标", "数量指标", "a", "≥1个", "1个", "95"),
                ind("效益指标", "社会效益指标", "b", "≥1个", "1个", "10"))).build();
        assertThat(SCORER.evaluate(more).diagnostics(StandardCode.WEIGHT_TOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("105"));
        Form less = Form.builder().from(full).indicators(List.of(ind("产出指标", "数量指标", "a", "≥1个", "1个", "80"))).build();
        assertThat(SCORER.evaluate(less).diagnostics(StandardCode.WEIGHT_TOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("合计90").contains("按方案"));
    }

    @Test
    void evaluateNeverThrowsOnAFormsContent() {
        Indicator overflow = ind("产出指标", "数量指标", "资金", "≥1元", "999999999999999999亿元", "10");
        Indicator fine = ind("产出指标", "数量指标", "培训", "≥1次", "1次", "90");
        Scorer withBadRules = Scorer.builder().addRule(ev -> null).addRule(ev -> {
            throw new IllegalArgumentException("rule bug");
        }).build();
        Evaluation e = evaluate(withBadRules, overflow, fine);
        assertThat(e.getIndicators()).hasSize(2);
        assertThat(e.getIndicators().get(1).getScore()).isEqualByComparingTo("90");
        assertThat(e.diagnostics(StandardCode.RULE_FAILED)).hasSize(2)
                .anySatisfy(d -> assertThat(d.getMessageEn()).contains("returned null"))
                .anySatisfy(d -> assertThat(d.getMessageEn()).contains("rule bug"));
        Scorer badAtMost = Scorer.of(ScoringPolicy.ministry2020().withAtMostRule((t, a) -> null));
        Evaluation b = evaluate(badAtMost, ind("产出指标", "时效指标", "响应时间", "≤2小时", "3小时", "10"), fine);
        assertThat(b.diagnostics(StandardCode.SCORING_FAILED)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("响应时间"));
        assertThat(b.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(b.getScore()).isEqualByComparingTo(new BigDecimal("90"));
    }
}
