package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.Unit;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Properties of scoring over seeded random forms (one seed an invocation, shown in its name;
 * {@code -Dperfeval.seed=N} replays it): scores stay within their weights and the total within 100,
 * and nothing on a form, nor a misbehaving rule, makes {@link Scorer#evaluate} throw.
 */
class ScoringProperties {

    private static final Scorer SCORER = Scorer.create();

    private static final String[] LEVELS = {"产出指标", "效益指标", "满意度指标", "成本指标", "自定义", ""};
    private static final String[] VALUES = {"≥4次", "≦2小时", "=12月", "90%", "稳定有序", "0起", "5次", "提升", "下降", "",
        "考核4次，巡查2次", "1-12月", ">=149040元", "0元", "30000元", "≥ 99%", "99%", "-3次", "100%", "无", "有", "2小时", "???",
        "＞10个", "10个", "≥-5%", "-10%", "90%-95%", "93%", "1月-12月", "提升5%", "≥1万人", "12000人", "1200人次", "≤30天", "1个月",
        "≤5个工作日", "3天", "未发生", "零", "=0起", "<1起", "999999999999999999亿元", "0.000000000001元", "1,244.5万元"};
    private static final String[] NUMBERS = {"0", "1", "2.5", "3", "5", "10", "50", "60", "-1", "abc", "120", "100", "3.333"};
    private static final String[] NAMES = {"培训场次", "设备故障排除率", "事故起数", "费用", "满意度", "响应时间", "节约率", "a", "死亡人数"};

    static Stream<Long> seeds() {
        return Seeds.of(25);
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String maybe(Random r, String[] from) {
        return r.nextInt(10) < 3 ? null : pick(r, from);
    }

    static Form randomForm(Random r) {
        List<Indicator> inds = new ArrayList<>();
        int n = r.nextInt(31);
        for (int i = 0; i < n; i++) {
            var b = Indicator.builder().level1Label(pick(r, LEVELS)).name(pick(r, NAMES))
                    .target(IndicatorValue.parse(pick(r, VALUES))).actual(IndicatorValue.parse(pick(r, VALUES)));
            String w = maybe(r, NUMBERS);
            String s = maybe(r, NUMBERS);
            if (w != null) {
                b.weight(Figure.parse(w));
            }
            if (s != null) {
                b.declaredScore(Figure.parse(s));
            }
            if (r.nextInt(20) == 0) {
                // values built in code, past anything a parser would accept
                b.actual(IndicatorValue.parse("1亿元"));
                b.target(IndicatorValue.parse(r.nextBoolean() ? "≤0.000000000001元" : "≥999999999999999999元"));
            }
            inds.add(b.build());
        }
        var form = Form.builder().kind(FormKind.PROJECT).indicators(inds);
        if (r.nextInt(5) > 0) {
            var budget = Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL)
                    .adjusted(Figure.parse(pick(r, NUMBERS))).executed(Figure.parse(pick(r, NUMBERS))).build());
            String w = maybe(r, NUMBERS);
            if (w != null) {
                budget.weight(Figure.parse(w));
            }
            form.budget(budget.build());
        }
        return form.build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayWithinTheirWeightsAndTheTotalWithin100(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            Form form = randomForm(r);
            Evaluation e = SCORER.evaluate(form);
            for (IndicatorResult res : e.getIndicators()) {
                assertThat(res.getScore()).as("seed %d form %d: %s", seed, k, res).isBetween(BigDecimal.ZERO, res.getWeight().max(BigDecimal.ZERO));
            }
            if (e.getBudget().isPresent()) {
                assertThat(e.getBudget().get().getScore()).as("seed %d form %d", seed, k).isBetween(BigDecimal.ZERO, e.getBudget().get().getWeight());
            }
            assertThat(e.getScore()).as("seed %d form %d", seed, k).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(e.diagnostics(StandardCode.SCORING_FAILED)).as("seed %d form %d: nothing fails on these values", seed, k).isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void misbehavingRulesAndPoliciesNeverEscapeEvaluate(long seed) {
        Random r = new Random(seed);
        Scorer hostile = Scorer.builder()
                .policy(ScoringPolicy.ministry2020().withAtMostRule((t, a) -> r.nextBoolean() ? null : t.divide(a.subtract(a))))
                .addRule(e -> null)
                .addRule(e -> {
                    throw new IllegalStateException("boom");
                })
                .addRule(e -> java.util.Arrays.asList((Diagnostic) null))
                .addRule(e -> List.of(Diagnostic.of(StandardCode.VALUE_REMARK, null, "好", "fine")))
                .build();
        for (int i = 0; i < 20; i++) {
            Form form = randomForm(r);
            int k = i;
            assertThatCode(() -> {
                Evaluation e = hostile.evaluate(form);
                assertThat(e.diagnostics(StandardCode.RULE_FAILED)).hasSize(3);
                assertThat(e.diagnostics(StandardCode.VALUE_REMARK)).anySatisfy(d -> assertThat(d.getMessageEn()).isEqualTo("fine"));
                assertThat(e.getIndicators()).hasSize(form.getIndicators().size());
            }).as("seed %d form %d", seed, k).doesNotThrowAnyException();
        }
    }

    @Test
    void aConversionPastTheDecimalBoundsIsADiagnosticAndTheRestIsScored() {
        Indicator huge = Indicator.builder().level1Label("产出指标").name("资金").target(IndicatorValue.parse("≥1元"))
                .actual(IndicatorValue.parse("999999999999999999亿元")).weight(Figure.of(10)).build();
        Indicator fine = Indicator.builder().level1Label("产出指标").name("培训").target(IndicatorValue.parse("≥1次"))
                .actual(IndicatorValue.parse("1次")).weight(Figure.of(90)).build();
        Evaluation e = SCORER.evaluate(Form.builder().kind(FormKind.PROJECT).addIndicators(huge, fine).build());
        assertThat(e.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(e.diagnostics(StandardCode.UNPARSEABLE_ACTUAL)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("超出数值范围"));
        assertThat(e.getIndicators().get(1).getScore()).isEqualByComparingTo("90");
        // and a quantity built in code, past what the parser accepts, converts to nothing rather than throwing
        assertThat(Quantity.of(new BigDecimal("999999999999999999"), Unit.parse("亿元")).in(Unit.parse("元"))).isEmpty();
    }

    @Test
    void oneScorerSharedByEightThreadsGivesTheSameResults() throws Exception {
        List<Form> forms = List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department());
        List<String> expected = new ArrayList<>();
        for (Form f : forms) {
            expected.add(fingerprint(SCORER.evaluate(f)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        Form f = forms.get(round % forms.size());
                        got.add(fingerprint(SCORER.evaluate(f)));
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : futures) {
                List<String> got = f.get();
                for (int round = 0; round < got.size(); round++) {
                    assertThat(got.get(round)).isEqualTo(expected.get(round % forms.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String fingerprint(Evaluation e) {
        StringBuilder sb = new StringBuilder(e.getScore().toPlainString()).append(e.getGrade());
        e.getIndicators().forEach(r -> sb.append('|').append(r.getScore()).append(r.getStatus()));
        e.getDiagnostics().forEach(d -> sb.append('|').append(d.getCode()).append(d.getWhere()).append(d.getMessageEn()));
        return sb.toString();
    }
}
