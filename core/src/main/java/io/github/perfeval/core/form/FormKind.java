package io.github.perfeval.core.form;

/**
 * The two kinds of self-evaluation form.
 */
public enum FormKind {
    /** 项目支出绩效自评表: one project's spending. */
    PROJECT("项目支出绩效自评表", "project expenditure"),
    /** 部门整体支出绩效自评表: a department's whole spending. */
    DEPARTMENT("部门整体支出绩效自评表", "department overall expenditure");

    private final String label;
    private final String english;

    FormKind(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese title of the form. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }
}
