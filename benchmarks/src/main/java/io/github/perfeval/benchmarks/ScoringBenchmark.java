package io.github.perfeval.benchmarks;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.testkit.SampleForms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;

/**
 * Scoring the yueyang form (24 indicators) beside the same arithmetic written inline on BigDecimal arrays
 * (proportional scores, rounding, sums, execution rate: no diagnostics, no explanations, no checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    Form form;
    Scorer scorer;
    BigDecimal[] targets;
    BigDecimal[] actuals;
    BigDecimal[] weights;
    boolean[] atMost;
    BigDecimal adjusted;
    BigDecimal executed;

    @Setup
    public void setUp() {
        form = SampleForms.yueyang2024();
        scorer = Scorer.create();
        int n = form.getIndicators().size();
        targets = new BigDecimal[n];
        actuals = new BigDecimal[n];
        weights = new BigDecimal[n];
        atMost = new boolean[n];
        for (int i = 0; i < n; i++) {
            Indicator ind = form.getIndicators().get(i);
            targets[i] = ind.getTarget().getQuantity().map(q -> q.value()).orElse(BigDecimal.ONE);
            actuals[i] = ind.getActual().getQuantity().map(q -> q.value()).orElse(BigDecimal.ONE);
            weights[i] = ind.getWeight().flatMap(Figure::getValue).orElse(BigDecimal.ZERO);
            atMost[i] = ind.getDirection() == Direction.AT_MOST;
        }
        adjusted = new BigDecimal("4759.76");
        executed = new BigDecimal("4753.18");
    }

    @Benchmark
    public Object perfeval() {
        return scorer.evaluate(form);
    }

    @Benchmark
    public BigDecimal baselineInline() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < targets.length; i++) {
            BigDecimal t = targets[i];
            BigDecimal a = actuals[i];
            BigDecimal share;
            if (atMost[i]) {
                share = a.compareTo(t) <= 0 ? BigDecimal.ONE
                        : t.signum() == 0 ? BigDecimal.ZERO
                        : BigDecimal.ONE.subtract(a.subtract(t).divide(t, MathContext.DECIMAL64)).max(BigDecimal.ZERO);
            } else {
                share = t.signum() == 0 ? BigDecimal.ONE : a.divide(t, MathContext.DECIMAL64).min(BigDecimal.ONE);
            }
            total = total.add(weights[i].multiply(share).setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal rate = executed.divide(adjusted, MathContext.DECIMAL64);
        return total.add(BigDecimal.TEN.multiply(rate).min(BigDecimal.TEN).setScale(2, RoundingMode.HALF_UP));
    }
}
