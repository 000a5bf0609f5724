package io.github.perfeval.core.value;

/**
 * Which way an indicator is better: at least its target (most indicators), or at most its target
 * (costs, time limits, accidents, deaths, losses).
 */
public enum Direction {
    /** More is better: the target is a floor (≥, &gt;, =, and most bare values). */
    AT_LEAST("越大越好", "at least"),
    /** Less is better: the target is a ceiling (≤, &lt;, and bare values of costs, time limits, accidents, losses). */
    AT_MOST("越小越好", "at most");

    private final String label;
    private final String english;

    Direction(String label, String english) {
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
