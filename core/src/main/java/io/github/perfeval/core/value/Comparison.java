package io.github.perfeval.core.value;

/**
 * The operator of a target (计算符号, {@code computesign} in vendors' integration data), with every
 * spelling seen on real forms.
 *
 * <pre>{@code
 * Comparison.fromSymbol("≧").orElseThrow();  // AT_LEAST
 * Comparison.AT_MOST.symbol();               // "≤"
 * }</pre>
 */
public enum Comparison {
    /** ≥ (also ≧, {@code >=}, {@code \geq}, 不低于, 不少于). */
    AT_LEAST("≥", "大于等于", Direction.AT_LEAST),
    /** &gt; (also ＞, 大于, 超过). */
    MORE_THAN(">", "大于", Direction.AT_LEAST),
    /** = (also ＝, 等于): scored as "at least" when the target is above zero. */
    EQUAL("=", "等于", Direction.AT_LEAST),
    /** ≤ (also ≦, {@code <=}, {@code \leq}, 不超过, 不高于). */
    AT_MOST("≤", "小于等于", Direction.AT_MOST),
    /** &lt; (also ＜, 小于, 低于). */
    LESS_THAN("<", "小于", Direction.AT_MOST);

    private final String symbol;
    private final String label;
    private final Direction direction;

    Comparison(String symbol, String label, Direction direction) {
        this.symbol = symbol;
        this.label = label;
        this.direction = direction;
    }

    /** The canonical symbol: ≥ &gt; = ≤ &lt;. */
    public String symbol() {
        return symbol;
    }

    /** The Chinese label, e.g. 大于等于. */
    public String label() {
        return label;
    }

    /** Which way is better for this operator. */
    public Direction direction() {
        return direction;
    }

    /**
     * The comparison for a spelling: {@code ≥ ≧ >= => ⩾ \geq ＞ > ＝ = == ≤ ≦ <= =< ⩽ \leq ＜ <}.
     *
     * @param text an operator as written
     * @return the comparison, or empty
     */
    public static java.util.Optional<Comparison> fromSymbol(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        switch (text.strip()) {
            case "≥": case "≧": case ">=": case "=>": case "⩾": case "\\geq": case "\\ge": case "＞＝": case "大于等于":
                return java.util.Optional.of(AT_LEAST);
            case ">": case "＞": case "大于":
                return java.util.Optional.of(MORE_THAN);
            case "=": case "＝": case "==": case "等于":
                return java.util.Optional.of(EQUAL);
            case "≤": case "≦": case "<=": case "=<": case "⩽": case "\\leq": case "\\le": case "＜＝": case "小于等于":
                return java.util.Optional.of(AT_MOST);
            case "<": case "＜": case "小于":
                return java.util.Optional.of(LESS_THAN);
            default:
                return java.util.Optional.empty();
        }
    }
}
