package io.github.perfeval.scoring;

/**
 * How an indicator came out.
 */
public enum IndicatorStatus {
    /** Target reached: full weight (or, for a qualitative indicator, a score in the 达成 band). */
    MET("达成", "met"),
    /** Part of the target reached: a share of the weight. */
    PARTLY_MET("部分达成", "partly met"),
    /** Nothing, or too little, reached. */
    NOT_MET("未达成", "not met"),
    /** A qualitative indicator whose text does not settle it: the evaluator's score is needed. */
    NEEDS_JUDGEMENT("需评价人判断", "needs the evaluator's judgement"),
    /** Target or actual could not be read or compared; the declared score, if any, is carried. */
    NOT_SCORABLE("无法计分", "not scorable");

    private final String label;
    private final String english;

    IndicatorStatus(String label, String english) {
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
}
