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
 * to the dimension's base. Two units are compatible when they share a dimension. Converting is exact
 * within a family (money: 元 · 10^4 = 万元; 1 天 = 24 小时; 1 年 = 12 月; 1 万人 = 10^4 人) and
 * follows a documented {@link UnitConvention} across families (1 个月 = 30 天, 1 工作日 = 1 天, 人次
 * counted as 人). Each count noun is its own dimension: 次 and 个 do not compare. A count followed by a
 * noun ({@code 85家企业}) keeps the whole text as symbol and counts in 家; a count or measure in 万, 亿
 * or 千 ({@code 1.2万人}, {@code 3万亩}) is that unit times 10^4, 10^8 or 10^3. A unit per period
 * ({@code 次/月}, {@code 万元/年}) keeps its period: it compares with the same period only (see
 * {@link #period()}); 万 alone ({@code 620万/月}) is no money unit, since no {@link UnitConvention} makes it 万元.
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
    public static final Unit NONE = new Unit("", UnitKind.NONE, "", "", BigDecimal.ONE);
    /** Percent. */
    public static final Unit PERCENT = new Unit("%", UnitKind.PERCENT, "percent", "percent", BigDecimal.ONE);

    private static final String DURATION = "duration";
    private static final String CLOCK = "clock";
    private static final String CALENDAR = "calendar";
    private static final String WORKDAY = "workday";
    private static final Map<String, Unit> KNOWN = new HashMap<>();
    /** Spellings of one period: 个月 is 月, 日 is 天. */
    private static final Map<String, String> PERIOD_NAMES = Map.of("个月", "月", "日", "天", "个小时", "小时", "个工作日", "工作日");

    static {
        for (String c : new String[] {"次", "人次", "期", "个", "家", "部", "人", "起", "件", "项", "台", "套", "辆",
                "名", "场", "户", "所", "座", "篇", "份", "条", "处", "批", "种", "册", "本", "张", "门", "棵", "株",
                "头", "只", "间", "类", "支", "架", "艘", "宗", "单", "课时", "学时", "节", "例", "位", "队", "组",
                "栋", "幢", "轮", "季", "届", "款", "笔", "册次", "户次", "人天", "篇次", "场次", "家次", "个次"}) {
            known(c, UnitKind.COUNT, "count:" + c, c, "1");
        }
        // 人次 counts visits, not people: by convention (UnitConvention.TIMES_AS_COUNT) it compares with 人
        for (String times : new String[] {"人次", "户次", "家次", "场次", "个次", "篇次", "册次"}) {
            String head = times.substring(0, times.length() - 1);
            known(times, UnitKind.COUNT, "count:" + head, times, "1");
        }
        known("名", UnitKind.COUNT, "count:人", "人", "1");
        KNOWN.put("%", PERCENT);
        // durations in minutes; a month, a quarter and a year by the convention of 30 days a month
        // (UnitConvention.MONTH_AS_30_DAYS), a working day as a day (UnitConvention.WORKDAY_AS_DAY)
        known("分钟", UnitKind.DURATION, DURATION, CLOCK, "1");
        known("小时", UnitKind.DURATION, DURATION, CLOCK, "60");
        known("个小时", UnitKind.DURATION, DURATION, CLOCK, "60");
        known("天", UnitKind.DURATION, DURATION, CLOCK, "1440");
        known("日", UnitKind.DURATION, DURATION, CLOCK, "1440");
        known("周", UnitKind.DURATION, DURATION, CLOCK, "10080");
        known("工作日", UnitKind.DURATION, DURATION, WORKDAY, "1440");
        known("个工作日", UnitKind.DURATION, DURATION, WORKDAY, "1440");
        known("月", UnitKind.DURATION, DURATION, CALENDAR, "43200");
        known("个月", UnitKind.DURATION, DURATION, CALENDAR, "43200");
        known("季度", UnitKind.DURATION, DURATION, CALENDAR, "129600");
        known("年", UnitKind.DURATION, DURATION, CALENDAR, "518400");
        known("元", UnitKind.MONEY, "money", "money", "1");
        known("千元", UnitKind.MONEY, "money", "money", "1000");
        known("万元", UnitKind.MONEY, "money", "money", "10000");
        known("百万元", UnitKind.MONEY, "money", "money", "1000000");
        known("亿元", UnitKind.MONEY, "money", "money", "100000000");
        known("米", UnitKind.MEASURE, "length", "length", "1");
        known("公里", UnitKind.MEASURE, "length", "length", "1000");
        known("千米", UnitKind.MEASURE, "length", "length", "1000");
        known("厘米", UnitKind.MEASURE, "length", "length", "0.01");
        known("毫米", UnitKind.MEASURE, "length", "length", "0.001");
        known("平方米", UnitKind.MEASURE, "area", "area", "1");
        known("平方公里", UnitKind.MEASURE, "area", "area", "1000000");
        known("亩", UnitKind.MEASURE, "area-mu", "area-mu", "1");
        known("公顷", UnitKind.MEASURE, "area", "area", "10000");
        known("千克", UnitKind.MEASURE, "mass", "mass", "1");
        known("公斤", UnitKind.MEASURE, "mass", "mass", "1");
        known("吨", UnitKind.MEASURE, "mass", "mass", "1000");
        known("立方米", UnitKind.MEASURE, "volume", "volume", "1");
    }

    private final String symbol;
    private final UnitKind kind;
    private final String dimension;
    /** Units of one family convert exactly; across families of a dimension, by a {@link UnitConvention}. */
    private final String family;
    private final BigDecimal factor;

    private Unit(String symbol, UnitKind kind, String dimension, String family, BigDecimal factor) {
        this.symbol = symbol;
        this.kind = kind;
        this.dimension = dimension;
        this.family = family;
        this.factor = factor;
    }

    private static void known(String symbol, UnitKind kind, String dimension, String family, String factor) {
        KNOWN.put(symbol, new Unit(symbol, kind, dimension, family, new BigDecimal(factor)));
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
        if (s.equals("％") || s.equals("百分比") || s.equals("百分点") || s.equals("个百分点")) {
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
            String numDim = num.kind == UnitKind.OTHER ? num.symbol : num.dimension;
            String numFam = num.kind == UnitKind.OTHER ? num.symbol : num.family;
            if (den.kind == UnitKind.DURATION) {
                // a unit per period (次/月, 万元/年): the period is part of what is counted, so 次/月 and
                // 次/年 do not compare (no convention says how often a monthly thing happens in a year);
                // within a period the numerator converts as usual (万元/月 and 元/月)
                String per = "/per:" + PERIOD_NAMES.getOrDefault(den.symbol, den.symbol);
                return new Unit(s, UnitKind.RATE, numDim + per, numFam + per, num.factor);
            }
            String dim = numDim + "/" + (den.kind == UnitKind.OTHER ? den.symbol : den.dimension);
            String fam = numFam + "/" + (den.kind == UnitKind.OTHER ? den.symbol : den.family);
            try {
                BigDecimal f = Decimals.normalize(num.factor.divide(den.factor, java.math.MathContext.DECIMAL64));
                return new Unit(s, UnitKind.RATE, dim, fam, f);
            } catch (ArithmeticException noPlainFactor) {
                // a factor outside Decimals' bounds: the rate compares with itself only, as written
                return new Unit(s, UnitKind.RATE, "rate:" + s, "rate:" + s, BigDecimal.ONE);
            }
        }
        // a count or measure in 万 or 亿: 1万人, 2.5万亩, 3万人次
        int multiplier = s.length() > 1 ? "万亿千".indexOf(s.charAt(0)) : -1;
        if (multiplier >= 0) {
            Unit rest = parse(s.substring(1));
            if (rest.kind == UnitKind.COUNT || rest.kind == UnitKind.MEASURE) {
                BigDecimal m = multiplier == 0 ? BigDecimal.valueOf(10_000) : multiplier == 1 ? BigDecimal.valueOf(100_000_000)
                        : BigDecimal.valueOf(1_000);
                return new Unit(s, rest.kind, rest.dimension, rest.family, rest.factor.multiply(m));
            }
        }
        // a count or measure followed by a noun: 85家企业, 3个项目
        for (int len = Math.min(4, s.length() - 1); len >= 1; len--) {
            Unit prefix = KNOWN.get(s.substring(0, len));
            if (prefix != null && isCjk(s.charAt(len))) {
                return new Unit(s, prefix.kind, prefix.dimension, prefix.family, prefix.factor);
            }
        }
        return new Unit(s, UnitKind.OTHER, "other:" + s, "other:" + s, BigDecimal.ONE);
    }

    /**
     * Whether a unit text is one perfeval knows (a known unit, a count with a noun, or a rate of
     * known units).
     */
    public static boolean isKnown(String text) {
        Unit u = parse(text);
        if (u.kind == UnitKind.RATE) {
            // a rate is known when both its sides are: 次/月 is, 万/月 (万 of what?) is not
            int slash = u.symbol.indexOf('/');
            return isKnown(u.symbol.substring(0, slash)) && isKnown(u.symbol.substring(slash + 1));
        }
        return u.kind != UnitKind.OTHER;
    }

    /**
     * The period a unit per period counts in: {@code 月} for {@code 次/月} and {@code 万元/月}, {@code 年}
     * for {@code 次/年}; empty for any other unit ({@code 元/人}, {@code 次}). Values per different periods
     * do not compare ({@link #isCompatibleWith(Unit)} is false: 1次/月 is not converted to 12次/年).
     *
     * <pre>{@code
     * Unit.parse("次/月").period();   // Optional[月]
     * Unit.parse("元/人").period();   // Optional.empty()
     * }</pre>
     *
     * @return the period, a {@link UnitKind#DURATION} unit
     */
    public Optional<Unit> period() {
        int slash = symbol.indexOf('/');
        if (kind != UnitKind.RATE || slash < 0) {
            return Optional.empty();
        }
        Unit den = parse(symbol.substring(slash + 1));
        return den.kind == UnitKind.DURATION ? Optional.of(den) : Optional.empty();
    }

    /**
     * Whether a text is exactly one of the units perfeval knows ({@code 次}, {@code 万元}, {@code %}…),
     * with no trailing noun.
     */
    public static boolean isStandard(String text) {
        return text != null && (KNOWN.containsKey(text) || "％".equals(text) || "百分比".equals(text));
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
     * Converts a value in this unit to {@code target}: exactly within a family (元 and 万元, 小时 and
     * 天, 人 and 万人), by a documented {@link UnitConvention} across the families of one dimension
     * (个月 and 天, 工作日 and 天, 人次 and 人; see {@link #conventionTo(Unit)}).
     *
     * @param value the value in this unit
     * @param target the unit wanted
     * @return the converted value; empty when the units are not compatible, or when the result would
     *     lie outside the magnitudes of {@link Decimals}. A side with no unit is taken to be in the
     *     other's unit.
     */
    public Optional<BigDecimal> convert(BigDecimal value, Unit target) {
        if (kind == UnitKind.NONE || target.kind == UnitKind.NONE || factor.compareTo(target.factor) == 0) {
            return isCompatibleWith(target) ? Optional.of(value) : Optional.empty();
        }
        if (!dimension.equals(target.dimension)) {
            return Optional.empty();
        }
        try {
            BigDecimal base = value.multiply(factor);
            BigDecimal result;
            try {
                result = base.divide(target.factor);
            } catch (ArithmeticException inexact) {
                result = base.divide(target.factor, java.math.MathContext.DECIMAL64);
            }
            return Decimals.isWithinBounds(result) ? Optional.of(Decimals.normalize(result)) : Optional.empty();
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
    }

    /**
     * The convention that converting between this unit and {@code other} relies on, if any: empty when
     * the conversion is exact (or the units do not compare).
     *
     * <pre>{@code
     * Unit.parse("个月").conventionTo(Unit.parse("天"));   // Optional[MONTH_AS_30_DAYS]
     * Unit.parse("人次").conventionTo(Unit.parse("人"));   // Optional[TIMES_AS_COUNT]
     * Unit.parse("万人").conventionTo(Unit.parse("人"));   // Optional.empty(): exact
     * }</pre>
     *
     * @param other the other unit
     * @return the convention used
     */
    public Optional<UnitConvention> conventionTo(Unit other) {
        if (kind == UnitKind.NONE || other.kind == UnitKind.NONE || !dimension.equals(other.dimension)
                || family.equals(other.family)) {
            return Optional.empty();
        }
        if (kind == UnitKind.DURATION) {
            return Optional.of(WORKDAY.equals(family) || WORKDAY.equals(other.family)
                    ? UnitConvention.WORKDAY_AS_DAY : UnitConvention.MONTH_AS_30_DAYS);
        }
        return Optional.of(UnitConvention.TIMES_AS_COUNT);
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
