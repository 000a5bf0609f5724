package io.github.perfeval.core.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of measure (计量单位) as written on a form: {@code 次}, {@code %}, {@code 小时}, {@code 万元},
 * {@code 人/亿元}, {@code 万元/期}, or anything else a form writes.
 *
 * <p>A unit has a symbol (the text, e.g. {@code 家企业}), a {@link UnitKind}, a dimension and a factor
 * to the dimension's base. Two units are compatible when they share a dimension; converting between
 * them is exact (money: 元 · 10^4 = 万元; durations: 1 天 = 24 小时, 1 年 = 12 月). Each count noun
 * is its own dimension: 次 and 个 do not compare. A count followed by a noun ({@code 85家企业})
 * keeps the whole text as symbol and counts in 家.
 *
 * <pre>{@code
 * Unit wan = Unit.parse("万元");
 * wan.convert(new BigDecimal("14"), Unit.parse("元")); // Optional[140000]
 * Unit.parse("人/亿元").kind();                      // RATE
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Unit {

    /** No unit: a bare number. */
    public static final Unit NONE = new Unit("", UnitKind.NONE, "", BigDecimal.ONE);
    /** Percent. */
    public static final Unit PERCENT = new Unit("%", UnitKind.PERCENT, "percent", BigDecimal.ONE);

    private static final Map<String, Unit> KNOWN = new HashMap<>();

    static {
        for (String c : new String[] {"次", "人次", "期", "个", "家", "部", "人", "起", "件", "项", "台", "套", "辆",
                "名", "场", "户", "所", "座", "篇", "份", "条", "处", "批", "种", "册", "本", "张", "门", "棵", "株",
                "头", "只", "间", "类", "支", "架", "艘", "宗", "单", "课时", "学时", "节", "例", "位", "队", "组",
                "栋", "幢", "轮", "季", "届", "款", "笔", "册次", "户次", "人天", "篇次", "场次", "家次", "个次"}) {
            known(c, UnitKind.COUNT, "count:" + c, "1");
        }
        KNOWN.put("%", PERCENT);
        known("分钟", UnitKind.DURATION, "duration-short", "1");
        known("小时", UnitKind.DURATION, "duration-short", "60");
        known("个小时", UnitKind.DURATION, "duration-short", "60");
        known("天", UnitKind.DURATION, "duration-short", "1440");
        known("日", UnitKind.DURATION, "duration-short", "1440");
        known("周", UnitKind.DURATION, "duration-short", "10080");
        known("工作日", UnitKind.DURATION, "duration-workday", "1");
        known("个工作日", UnitKind.DURATION, "duration-workday", "1");
        known("月", UnitKind.DURATION, "duration-long", "1");
        known("个月", UnitKind.DURATION, "duration-long", "1");
        known("季度", UnitKind.DURATION, "duration-long", "3");
        known("年", UnitKind.DURATION, "duration-long", "12");
        known("元", UnitKind.MONEY, "money", "1");
        known("千元", UnitKind.MONEY, "money", "1000");
        known("万元", UnitKind.MONEY, "money", "10000");
        known("百万元", UnitKind.MONEY, "money", "1000000");
        known("亿元", UnitKind.MONEY, "money", "100000000");
        known("米", UnitKind.MEASURE, "length", "1");
        known("公里", UnitKind.MEASURE, "length", "1000");
        known("千米", UnitKind.MEASURE, "length", "1000");
        known("平方米", UnitKind.MEASURE, "area", "1");
        known("平方公里", UnitKind.MEASURE, "area", "1000000");
        known("亩", UnitKind.MEASURE, "area-mu", "1");
        known("公顷", UnitKind.MEASURE, "area", "10000");
        known("千克", UnitKind.MEASURE, "mass", "1");
        known("公斤", UnitKind.MEASURE, "mass", "1");
        known("吨", UnitKind.MEASURE, "mass", "1000");
        known("立方米", UnitKind.MEASURE, "volume", "1");
    }

    private final String symbol;
    private final UnitKind kind;
    private final String dimension;
    private final BigDecimal factor;

    private Unit(String symbol, UnitKind kind, String dimension, BigDecimal factor) {
        this.symbol = symbol;
        this.kind = kind;
        this.dimension = dimension;
        this.factor = factor;
    }

    private static void known(String symbol, UnitKind kind, String dimension, String factor) {
        KNOWN.put(symbol, new Unit(symbol, kind, dimension, new BigDecimal(factor)));
    }

    /**
     * The unit for a text: a known unit, a count noun with a trailing noun ({@code 家企业}), a rate
     * ({@code 人/亿元}), or an unknown unit kept as written. Never fails; an empty text is {@link #NONE}.
     *
     * @param text the unit as written (already stripped of the number)
     * @return the unit
     */
    @JsonCreator
    public static Unit parse(String text) {
        if (text == null) {
            return NONE;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return NONE;
        }
        if (s.equals("％")) {
            return PERCENT;
        }
        Unit k = KNOWN.get(s);
        if (k != null) {
            return k;
        }
        int slash = s.indexOf('/');
        if (slash > 0 && slash < s.length() - 1 && s.indexOf('/', slash + 1) < 0) {
            Unit num = parse(s.substring(0, slash));
            Unit den = parse(s.substring(slash + 1));
            BigDecimal f = num.factor.divide(den.factor, java.math.MathContext.DECIMAL64);
            String dim = (num.kind == UnitKind.OTHER ? num.symbol : num.dimension) + "/"
                    + (den.kind == UnitKind.OTHER ? den.symbol : den.dimension);
            return new Unit(s, UnitKind.RATE, dim, Decimals.normalize(f));
        }
        // a count or measure followed by a noun: 85家企业, 3个项目
        for (int len = Math.min(4, s.length() - 1); len >= 1; len--) {
            Unit prefix = KNOWN.get(s.substring(0, len));
            if (prefix != null && isCjk(s.charAt(len))) {
                return new Unit(s, prefix.kind, prefix.dimension, prefix.factor);
            }
        }
        return new Unit(s, UnitKind.OTHER, "other:" + s, BigDecimal.ONE);
    }

    /**
     * Whether a unit text is one perfeval knows (a known unit, a count with a noun, or a rate of
     * known units).
     */
    public static boolean isKnown(String text) {
        Unit u = parse(text);
        if (u.kind == UnitKind.RATE) {
            return !u.dimension.contains("other:") && !u.dimension.startsWith("/") && !u.dimension.endsWith("/");
        }
        return u.kind != UnitKind.OTHER;
    }

    /**
     * Whether a text is exactly one of the units perfeval knows ({@code 次}, {@code 万元}, {@code %}…),
     * with no trailing noun.
     */
    public static boolean isStandard(String text) {
        return text != null && (KNOWN.containsKey(text) || "％".equals(text));
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The unit as written, e.g. {@code 万元}; empty for {@link #NONE}. */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** What the unit measures. */
    public UnitKind kind() {
        return kind;
    }

    /**
     * Whether values in this unit and in {@code other} can be compared: the same dimension, or either
     * has no unit.
     */
    public boolean isCompatibleWith(Unit other) {
        return kind == UnitKind.NONE || other.kind == UnitKind.NONE || dimension.equals(other.dimension);
    }

    /**
     * Converts a value in this unit to {@code target}, exactly.
     *
     * @param value the value in this unit
     * @param target the unit wanted
     * @return the converted value; empty when the units are not compatible. A side with no unit is
     *     taken to be in the other's unit.
     */
    public Optional<BigDecimal> convert(BigDecimal value, Unit target) {
        if (kind == UnitKind.NONE || target.kind == UnitKind.NONE || factor.compareTo(target.factor) == 0) {
            return isCompatibleWith(target) ? Optional.of(value) : Optional.empty();
        }
        if (!dimension.equals(target.dimension)) {
            return Optional.empty();
        }
        BigDecimal base = value.multiply(factor);
        try {
            return Optional.of(Decimals.normalize(base.divide(target.factor)));
        } catch (ArithmeticException inexact) {
            return Optional.of(Decimals.normalize(base.divide(target.factor, java.math.MathContext.DECIMAL64)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit && symbol.equals(((Unit) o).symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
