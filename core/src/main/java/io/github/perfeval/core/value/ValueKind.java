package io.github.perfeval.core.value;

/**
 * What kind of value a target (年度指标值) or actual (实际完成值) text turned out to be.
 */
public enum ValueKind {
    /** Nothing written (or a placeholder such as {@code /} or {@code -}). */
    EMPTY("空"),
    /** A number with a unit, with or without an operator: {@code ≥4次}, {@code 90%}, {@code 0起}. */
    QUANTITY("定量"),
    /** A range or period: {@code 1-12月}, {@code 2021-2023年}. */
    RANGE("区间"),
    /** Words: {@code 提升}, {@code 稳定有序}, {@code 无}, or other text with no number. */
    QUALITATIVE("定性"),
    /**
     * Prose or a compound value that holds numbers ({@code 考核4次，巡查2次}): the numbers are offered as
     * candidates but not trusted.
     */
    TEXT("文字"),
    /** Text that could not be read; the reasons are in the value's issues. */
    UNPARSED("无法解析");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
