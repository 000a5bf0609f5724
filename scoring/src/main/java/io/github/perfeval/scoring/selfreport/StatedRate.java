package io.github.perfeval.scoring.selfreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An execution rate a report's text states: {@code 资金使用率100%}, {@code 预算执行率为98.5%},
 * {@code 项目执行率88.74%}, or in words, {@code 已全部使用} / {@code 全部支出} / {@code 使用完毕} (all of it; not when
 * negated, {@code 未全部执行}). Rates
 * of other things are not execution rates: {@code 资金到位率100%} (money received) and {@code 全部拨付到位}
 * are left alone.
 */
final class StatedRate {

    private static final Pattern PERCENT = Pattern.compile(
            "(资金使用率|预算执行率|资金执行率|项目执行率|执行率|使用率|支出率|支付率)[为是达到了约：:\\s]{0,4}([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
    private static final Pattern ALL = Pattern.compile("(全部|全额)(使用|支出|执行|拨付|支付)(完毕)?(?!到位)|(使用|支出|支付)完毕");

    final String raw;
    /** The rate as a fraction. */
    final BigDecimal rate;
    /** Half a unit of the last digit written, as a fraction: how far a form's rate may be and still be what was written. */
    final BigDecimal tolerance;

    private StatedRate(String raw, BigDecimal rate, BigDecimal tolerance) {
        this.raw = raw;
        this.rate = rate;
        this.tolerance = tolerance;
    }

    /**
     * The rates a text states.
     *
     * @param text a sentence
     * @param words whether to read rates said in words ({@code 已全部使用}) too: only where the report tells how the
     *     money was spent, not where it quotes an indicator's actual ({@code 按时支付完毕})
     * @return the rates, percentages first
     */
    static List<StatedRate> findIn(String text, boolean words) {
        List<StatedRate> found = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            BigDecimal pct = new BigDecimal(m.group(2));
            found.add(new StatedRate(m.group(), pct.movePointLeft(2), BigDecimal.valueOf(5, pct.scale() + 3)));
        }
        Matcher all = ALL.matcher(text);
        while (words && all.find()) {
            String before = text.substring(Math.max(0, all.start() - 2), all.start());
            if (!before.endsWith("未") && !before.endsWith("不") && !before.endsWith("没有") && !before.endsWith("未能")) {
                found.add(new StatedRate(all.group(), BigDecimal.ONE, new BigDecimal("0.0005")));
            }
        }
        return found;
    }
}
