package io.github.perfeval.core.form;

/**
 * What decided which way an indicator's target points: the operator written on the form, a rule of the
 * user's, what the indicator measures (its name, its level, its unit), or the default. Only
 * {@link #OPERATOR} is written; {@link #DEFAULT} is a guess with no evidence at all.
 *
 * <pre>{@code
 * DirectionDecision d = DirectionRules.standard().decide(indicator);
 * d.getBasis();            // GOOD_RATE for 设备故障排除率 98%
 * d.getBasis().isGuess();  // false: the name says it; DEFAULT would be a guess
 * }</pre>
 */
public enum DirectionBasis {
    /** The operator written on the form (≥ ＞ ≤ ＜, and ＝ read as the deployed systems read it). */
    OPERATOR("填写的运算符", "the operator written"),
    /** A rule of the user's naming the indicator. */
    USER_NAME("用户按指标名称指定", "the user's rule for this name"),
    /** A rule of the user's matching the indicator's name by a pattern. */
    USER_PATTERN("用户按名称模式指定", "the user's rule for names like this"),
    /** The name measures a change for the better (下降, 节约, 增长…): the more, the better. */
    CHANGE("名称为增减、节约类（越多越好）", "the name measures a reduction, saving or increase"),
    /** The name is a rate of something good (达标率, 办结率, 满意度…). */
    GOOD_RATE("名称为正向比率（达标、完成、满意等）", "the name is a rate of something good"),
    /** The name counts or measures harm (事故起数, 死亡人数, 损失, 发生率…). */
    HARM("名称计量事故、损失等不利事项", "the name counts or measures harm"),
    /** A cost: under a cost level, or a cost word with an amount of money. */
    COST("成本类指标", "a cost"),
    /** A time limit: a duration under 时效指标, or a time-limit word with a duration. */
    TIME_LIMIT("时限类指标", "a time limit"),
    /** A bare zero target that is not a percentage ({@code 0起}): none may happen. */
    ZERO_TARGET("指标值为0（不发生）", "a zero target: none may happen"),
    /** A satisfaction indicator: the more satisfied, the better. */
    SATISFACTION("满意度指标", "a satisfaction indicator"),
    /** No evidence: the default, at least. A guess. */
    DEFAULT("无判断依据，按默认推测", "no evidence: the default, a guess");

    private final String label;
    private final String english;

    DirectionBasis(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The English label. */
    public String english() {
        return english;
    }

    /** Whether the form wrote the direction itself. */
    public boolean isWritten() {
        return this == OPERATOR;
    }

    /** Whether the direction is a guess with no evidence. */
    public boolean isGuess() {
        return this == DEFAULT;
    }
}
