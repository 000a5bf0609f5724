package io.github.perfeval.scoring;

import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringProperties {

    private static final Scorer SCORER = Scorer.create();

    @Property(tries = 500)
    void scoresStayWithinTheirWeightsAndTheTotalWithin100(@ForAll("forms") Form form) {
        Evaluation e = SCORER.evaluate(form);
        for (IndicatorResult r : e.getIndicators()) {
            assertThat(r.getScore()).as(r.toString()).isBetween(BigDecimal.ZERO, r.getWeight());
        }
        e.getBudget().ifPresent(b -> assertThat(b.getScore()).isBetween(BigDecimal.ZERO, b.getWeight()));
        assertThat(e.getScore()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Provide
    Arbitrary<Form> forms() {
        Arbitrary<String> l1 = Arbitraries.of("产出指标", "效益指标", "满意度指标", "成本指标", "自定义", "");
        Arbitrary<String> values = Arbitraries.of("≥4次", "≦2小时", "=12月", "90%", "稳定有序", "0起", "5次", "提升", "下降", "",
                "考核4次，巡查2次", "1-12月", ">=149040元", "0元", "30000元", "≥ 99%", "99%", "-3次", "100%", "无", "有", "2小时", "???");
        Arbitrary<String> numbers = Arbitraries.of("0", "1", "2.5", "3", "5", "10", "50", "60", "-1", "abc", "120");
        Arbitrary<Indicator> indicator = Combinators.combine(l1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
                values, values, numbers.injectNull(0.3), numbers.injectNull(0.3)).as((level, name, t, a, w, s) -> {
                    var b = Indicator.builder().level1Label(level).name(name).target(IndicatorValue.parse(t))
                            .actual(IndicatorValue.parse(a));
                    if (w != null) {
                        b.weight(Figure.parse(w));
                    }
                    if (s != null) {
                        b.declaredScore(Figure.parse(s));
                    }
                    return b.build();
                });
        Arbitrary<Budget> budget = Combinators.combine(numbers, numbers, numbers.injectNull(0.3)).as((adj, exe, w) -> {
            var b = Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).adjusted(Figure.parse(adj))
                    .executed(Figure.parse(exe)).build());
            if (w != null) {
                b.weight(Figure.parse(w));
            }
            return b.build();
        });
        return Combinators.combine(indicator.list().ofMaxSize(30), budget.injectNull(0.2))
                .as((inds, b) -> Form.builder().kind(FormKind.PROJECT).indicators(inds).budget(java.util.Optional.ofNullable(b)).build());
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
