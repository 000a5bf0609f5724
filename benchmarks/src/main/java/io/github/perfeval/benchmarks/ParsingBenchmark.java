package io.github.perfeval.benchmarks;

import io.github.perfeval.core.value.IndicatorValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target/actual parsing, in strings per second, beside a plain regular expression over the same strings
 * (which only splits operator, number and unit: no units table, no qualitative words, no issues).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParsingBenchmark {

    /** Every target and actual of the two fixture workbooks. */
    static final String[] STRINGS = {
        "≧4次", "4次", "≧9次", "11次", "≧3次", "≧10次", "15次", "90%", "100%", "快速高效", "90天", "≦2小时", "1小时", "无",
        "支出小于等于预算", "下降", "上升", "0起", "≦0.0211人/亿元", "0.0187人/亿元", "≦102人", "96人", "≦91起", "88起", "稳定有序",
        "提升", "显著提升", "≧90%", "95%", "97%", ">=149040元", "0元", "=30000元", "30000元", "=1人", "1人", "=25部", "0部",
        ">=99%", "99%", "=12月", "0月", "=100%", "0%", "=10人", "10人", "$\\geq 3000$ 元", "3000元", "=14万元", "14万元",
        "$\\geq 290$ 万元", "290万元", "=1年", "1年", "≥ 99%", "1-12月", "考核4次，巡查2次", "5*4=20万元", "0.5万元元/部",
        "85家企业", "1,244"};
    /** The number of strings (a constant, as JMH wants); checked against the array at setup. */
    static final int N = 61;

    @org.openjdk.jmh.annotations.Setup
    public void check() {
        if (STRINGS.length != N) {
            throw new IllegalStateException("N must be " + STRINGS.length);
        }
    }

    private static final Pattern BASELINE = Pattern.compile("^\\s*(≥|≧|>=|≤|≦|<=|>|<|=)?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(\\S*)\\s*$");

    @Benchmark
    @OperationsPerInvocation(N)
    public void perfeval(Blackhole bh) {
        for (String s : STRINGS) {
            bh.consume(IndicatorValue.parse(s));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void baselineRegex(Blackhole bh) {
        for (String s : STRINGS) {
            Matcher m = BASELINE.matcher(s);
            bh.consume(m.matches() ? m.group(2) : null);
        }
    }
}
