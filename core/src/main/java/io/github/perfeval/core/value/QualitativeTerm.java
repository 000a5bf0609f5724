package io.github.perfeval.core.value;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The closed list of qualitative words (定性指标值) perfeval recognises, each with the spellings seen on
 * forms, what it says ({@link Trend}) and how strongly.
 *
 * <pre>{@code
 * QualitativeTerm.lookup("显著提升");                          // Optional[SIGNIFICANT_INCREASE]
 * QualitativeTerm.INCREASE.agreement(QualitativeTerm.SIGNIFICANT_INCREASE); // AGREES
 * QualitativeTerm.DECREASE.agreement(QualitativeTerm.RISE);                 // DISAGREES
 * }</pre>
 */
public enum QualitativeTerm {
    /** 提升. */
    INCREASE(Trend.UP, 1, "提升", "提高", "增加", "增强", "改善", "优化", "加强", "有提升", "有提高"),
    /** 显著提升. */
    SIGNIFICANT_INCREASE(Trend.UP, 2, "显著提升", "明显提升", "大幅提升", "显著提高", "明显提高", "大幅提高", "显著改善",
            "明显改善", "显著增强", "明显增强"),
    /** 普遍提高. */
    GENERAL_INCREASE(Trend.UP, 1, "普遍提高", "普遍提升", "逐步提高", "逐步提升", "稳步提升", "稳步提高", "持续提升",
            "持续提高", "有所提升", "有所提高", "不断提升", "不断提高"),
    /** 上升. */
    RISE(Trend.UP, 1, "上升", "增长", "有所上升", "有所增长"),
    /** 下降. */
    DECREASE(Trend.DOWN, 1, "下降", "降低", "减少", "减轻", "有所下降", "有所降低", "有所减少"),
    /** 持续下降. */
    CONTINUED_DECREASE(Trend.DOWN, 2, "持续下降", "持续降低", "逐年下降", "明显下降", "大幅下降", "显著下降", "持续减少",
            "明显减少", "大幅减少"),
    /** 比上期降低. */
    DECREASE_FROM_PREVIOUS(Trend.DOWN, 1, "比上期降低", "比上期下降", "比上年降低", "比上年下降", "同比下降", "同比降低",
            "较上年下降", "较上年降低", "较上年减少", "同比减少"),
    /** 稳定有序. */
    STABLE_ORDERLY(Trend.STATE, 1, "稳定有序", "稳定", "有序", "平稳有序", "安全稳定", "正常", "运行正常", "良好有序"),
    /** 快速高效. */
    FAST_EFFICIENT(Trend.STATE, 1, "快速高效", "高效", "及时", "及时高效", "快速", "及时有效", "有力有序", "科学高效"),
    /** 长期. */
    LONG_TERM(Trend.STATE, 1, "长期", "长期有效", "持续", "持续发挥", "长期发挥"),
    /** 无. */
    NONE(Trend.ABSENT, 1, "无", "没有", "未发生", "无发生", "零", "杜绝", "无不良影响"),
    /** 有. */
    PRESENT(Trend.PRESENT, 1, "有", "存在"),
    /** 达到国家和省验收要求 and other "meets the requirement" wordings. */
    MEETS_REQUIREMENTS(Trend.ACHIEVED, 1, "达到国家和省验收要求", "达到要求", "符合要求", "达到标准", "符合标准", "达标", "合格",
            "通过验收", "验收合格", "符合规定", "达到预期", "达到预期目标", "基本达到", "达成预期指标", "达成预期目标", "达成预期",
            "达成", "已达成", "达到预期指标"),
    /** 完成. */
    COMPLETED(Trend.ACHIEVED, 1, "完成", "已完成", "全部完成", "按时完成", "按期完成", "及时完成", "圆满完成", "是", "已实现",
            "实现"),
    /** 良好. */
    GOOD(Trend.ACHIEVED, 1, "良好", "较好", "好", "优", "优良", "满意", "效果明显", "效果显著", "有效"),
    /** 支出小于等于预算. */
    WITHIN_BUDGET(Trend.ACHIEVED, 1, "支出小于等于预算", "不超预算", "未超预算", "不超过预算", "控制在预算内", "在预算范围内"),
    /** 未完成, 无进展. */
    NOT_ACHIEVED(Trend.NOT_ACHIEVED, 1, "未完成", "未达到", "未达标", "未实现", "无进展", "未实施", "未开展", "未进行", "否",
            "不合格", "未达到要求", "未达成", "未达成预期指标", "未达成预期目标");

    /** Whether an actual word agrees with a target word. */
    public enum Agreement {
        /** The actual says the target was reached. */
        AGREES,
        /** The actual says the opposite. */
        DISAGREES,
        /** Cannot tell: the evaluator's judgement is needed. */
        UNKNOWN
    }

    private static final Map<String, QualitativeTerm> BY_SPELLING = new HashMap<>();

    static {
        for (QualitativeTerm t : values()) {
            for (String s : t.spellings) {
                BY_SPELLING.putIfAbsent(s, t);
            }
        }
    }

    private final Trend trend;
    private final int strength;
    private final String[] spellings;

    QualitativeTerm(Trend trend, int strength, String... spellings) {
        this.trend = trend;
        this.strength = strength;
        this.spellings = spellings;
    }

    /** What the word says. */
    public Trend trend() {
        return trend;
    }

    /** 1 for plain words, 2 for 显著/持续/大幅 ones. */
    public int strength() {
        return strength;
    }

    /** The Chinese label: the first spelling. */
    public String label() {
        return spellings[0];
    }

    /**
     * The term for a text, ignoring spaces and trailing punctuation; {@code 达到…要求} and
     * {@code 达到…标准} wordings are {@link #MEETS_REQUIREMENTS}.
     *
     * @param text the words as written
     * @return the term, or empty when the text is not one of the known words
     */
    public static Optional<QualitativeTerm> lookup(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text;
        QualitativeTerm t = BY_SPELLING.get(s);
        if (t != null) {
            return Optional.of(t);
        }
        if (s.length() <= 30 && s.startsWith("达到") && (s.endsWith("要求") || s.endsWith("标准"))) {
            return Optional.of(MEETS_REQUIREMENTS);
        }
        return Optional.empty();
    }

    private static final String[] MEASURE_PREFIXES = {"同比", "环比", "较上年", "比上年", "较去年", "比去年", "较上期", "比上期",
        "较同期", "年均", "累计", "实际"};

    /**
     * The term a measure written before a figure names: {@code 提升} in {@code 提升5%}, {@code 下降} in
     * {@code 同比下降14%} (a comparison such as 同比 or 较上年 before it, and 了 after it, are ignored).
     *
     * <pre>{@code
     * QualitativeTerm.ofMeasure("同比下降");   // Optional[DECREASE]
     * QualitativeTerm.ofMeasure("合格率");     // Optional.empty()
     * }</pre>
     *
     * @param measure the words before a figure, as {@link IndicatorValue#getMeasure()} gives them
     * @return the term, or empty
     */
    public static Optional<QualitativeTerm> ofMeasure(String measure) {
        if (measure == null || measure.isEmpty()) {
            return Optional.empty();
        }
        String s = measure.endsWith("了") ? measure.substring(0, measure.length() - 1) : measure;
        for (String p : MEASURE_PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length()) {
                s = s.substring(p.length());
                break;
            }
        }
        Optional<QualitativeTerm> t = lookup(s);
        return t.isPresent() ? t : lookup(measure);
    }

    /**
     * Whether an actual term reaches this target term: the same word, or the same direction at least
     * as strongly ({@code 提升} → {@code 显著提升}) agrees; the opposite direction, presence against
     * absence, or a "not achieved" word disagrees; anything else needs judgement.
     *
     * @param actual the actual term
     * @return the agreement
     */
    public Agreement agreement(QualitativeTerm actual) {
        if (actual == this) {
            return Agreement.AGREES;
        }
        if (actual.trend == Trend.NOT_ACHIEVED) {
            return trend == Trend.NOT_ACHIEVED ? Agreement.AGREES : Agreement.DISAGREES;
        }
        switch (trend) {
            case UP:
            case DOWN:
                if (actual.trend == trend) {
                    return actual.strength >= strength ? Agreement.AGREES : Agreement.UNKNOWN;
                }
                return actual.trend == Trend.UP || actual.trend == Trend.DOWN ? Agreement.DISAGREES : Agreement.UNKNOWN;
            case PRESENT:
                return actual.trend == Trend.ABSENT ? Agreement.DISAGREES : Agreement.UNKNOWN;
            case ABSENT:
                return actual.trend == Trend.PRESENT ? Agreement.DISAGREES : Agreement.UNKNOWN;
            case ACHIEVED:
                return actual.trend == Trend.ACHIEVED ? Agreement.AGREES : Agreement.UNKNOWN;
            default:
                return Agreement.UNKNOWN;
        }
    }
}
