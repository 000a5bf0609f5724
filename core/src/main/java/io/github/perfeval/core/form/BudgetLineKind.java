package io.github.perfeval.core.form;

import java.util.Optional;

/**
 * The rows of a budget block (项目资金 / 年度预算申请), by the breakdown they belong to.
 */
public enum BudgetLineKind {
    /** 年度资金总额 / 年度资金总和: the total. */
    TOTAL("年度资金总额", Breakdown.TOTAL),
    /** 当年财政拨款. */
    CURRENT_YEAR_APPROPRIATION("当年财政拨款", Breakdown.SOURCE),
    /** 上年结转资金. */
    PRIOR_YEAR_CARRYOVER("上年结转资金", Breakdown.SOURCE),
    /** 其他资金, by source. */
    OTHER_FUNDS("其他资金", Breakdown.SOURCE),
    /** 财政资金 (Sichuan's 一体化 export: 其中：财政资金), by source. */
    FISCAL_FUNDS("财政资金", Breakdown.SOURCE),
    /** 财政专户管理资金, by source. */
    SPECIAL_ACCOUNT_FUNDS("财政专户管理资金", Breakdown.SOURCE),
    /** 单位资金 (the unit's own funds), by source. */
    UNIT_FUNDS("单位资金", Breakdown.SOURCE),
    /** 一般公共预算. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", Breakdown.INCOME_NATURE),
    /** 政府性基金拨款. */
    GOVERNMENT_FUND("政府性基金拨款", Breakdown.INCOME_NATURE),
    /** 纳入专户管理的非税收入拨款. */
    SPECIAL_ACCOUNT_NON_TAX("纳入专户管理的非税收入拨款", Breakdown.INCOME_NATURE),
    /** 其他资金, by income nature. */
    OTHER_INCOME("其他资金", Breakdown.INCOME_NATURE),
    /** 基本支出. */
    BASIC_EXPENDITURE("基本支出", Breakdown.EXPENDITURE_NATURE),
    /** 项目支出. */
    PROJECT_EXPENDITURE("项目支出", Breakdown.EXPENDITURE_NATURE),
    /** A row perfeval does not recognise; its label is kept. */
    OTHER("其他", Breakdown.OTHER);

    /** The breakdowns a budget block uses. */
    public enum Breakdown {
        /** The total row. */
        TOTAL,
        /** By source of funds (当年财政拨款, 上年结转资金, 其他资金). */
        SOURCE,
        /** 按收入性质分. */
        INCOME_NATURE,
        /** 按支出性质分. */
        EXPENDITURE_NATURE,
        /** Not recognised. */
        OTHER
    }

    private final String label;
    private final Breakdown breakdown;

    BudgetLineKind(String label, Breakdown breakdown) {
        this.label = label;
        this.breakdown = breakdown;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The breakdown this row belongs to. */
    public Breakdown breakdown() {
        return breakdown;
    }

    /**
     * The row kind for a label such as {@code 其中：一般公共预算：4754.76} (the 其中 prefix and any amount
     * after a colon are ignored).
     *
     * @param label the label as written
     * @param context the breakdown the row sits under, deciding what 其他资金 is
     * @return the kind, or empty
     */
    public static Optional<BudgetLineKind> fromLabel(String label, Breakdown context) {
        String s = Labels.normalize(label);
        if (s.startsWith("其中:")) {
            s = s.substring(3);
        } else if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        switch (s) {
            case "年度资金总额": case "年度资金总和": case "资金总额": case "合计": case "总计": case "年度资金": case "总额":
            case "年度预算总额": case "项目资金总额":
                return Optional.of(TOTAL);
            case "当年财政拨款": case "财政拨款": case "本年财政拨款": case "当年财政拨款资金":
                return Optional.of(CURRENT_YEAR_APPROPRIATION);
            case "财政资金":
                return Optional.of(FISCAL_FUNDS);
            case "财政专户管理资金":
                return Optional.of(SPECIAL_ACCOUNT_FUNDS);
            case "单位资金": case "单位自有资金":
                return Optional.of(UNIT_FUNDS);
            case "上年结转资金": case "上年结转": case "上年结余结转":
                return Optional.of(PRIOR_YEAR_CARRYOVER);
            case "其他资金":
                return Optional.of(context == Breakdown.INCOME_NATURE ? OTHER_INCOME : OTHER_FUNDS);
            case "一般公共预算": case "一般公共预算拨款":
                return Optional.of(GENERAL_PUBLIC_BUDGET);
            case "政府性基金拨款": case "政府性基金":
                return Optional.of(GOVERNMENT_FUND);
            case "纳入专户管理的非税收入拨款": case "纳入专户管理的非税收入":
                return Optional.of(SPECIAL_ACCOUNT_NON_TAX);
            case "基本支出":
                return Optional.of(BASIC_EXPENDITURE);
            case "项目支出":
                return Optional.of(PROJECT_EXPENDITURE);
            default:
                return Optional.empty();
        }
    }
}
