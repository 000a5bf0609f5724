package io.github.perfeval.core.basicdata;

/**
 * The three columns of the table's spending control (经费控制情况): last year's actual spending, this
 * year's budget and this year's actual spending. Tables label them with the years
 * ({@code 2022 决算数 | 2023 预算数 | 2023 决算数}) or with words ({@code 上年决算数 | 本年预算数 | 本年决算数});
 * {@link ColumnHeader} keeps the label as written and the year read from it.
 */
public enum SpendingColumn {
    /** 上年决算数: last year's actual spending. */
    PRIOR_ACTUAL("上年决算数", "prior-year actual"),
    /** 本年预算数: this year's budget. */
    BUDGET("本年预算数", "budget"),
    /** 本年决算数: this year's actual spending. */
    ACTUAL("本年决算数", "actual");

    private final String label;
    private final String english;

    SpendingColumn(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese label of the template, without a year. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /**
     * The label with a year, as the published tables write it: {@code 2022 决算数}, {@code 2023 预算数}.
     *
     * @param year the column's year
     * @return the label
     */
    public String labelFor(int year) {
        return year + " " + label.substring(2);
    }
}
