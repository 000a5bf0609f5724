package io.github.perfeval.scoring.policy;

/**
 * The grade of a total score (评价等级).
 */
public enum Grade {
    /** 优. */
    EXCELLENT("优", "excellent"),
    /** 良. */
    GOOD("良", "good"),
    /** 中. */
    FAIR("中", "fair"),
    /** 差. */
    POOR("差", "poor");

    private final String label;
    private final String english;

    Grade(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese label: 优 良 中 差. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }
}
