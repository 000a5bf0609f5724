package io.github.perfeval.scoring.basicdata;

/**
 * The figures an evaluation derives from the basic-data table, each a quotient of two of its figures.
 * {@link BasicDataChecker} computes them as fractions (0.9556 for 95.56%), rounded to
 * {@value BasicDataChecker#RATE_SCALE} decimal places HALF_UP.
 *
 * <pre>{@code
 * evaluation.derived(DerivedMeasure.STAFFING_RATE);   // Optional[0.9556]
 * DerivedMeasure.THREE_PUBLIC_CHANGE_RATE.formula();   // 三公经费本年决算数 / 上年决算数 − 1
 * }</pre>
 */
public enum DerivedMeasure {
    /** 在职人员控制率 = 实际在职人数 / 编制数. */
    STAFFING_RATE("在职人员控制率", "staffing control rate", "实际在职人数 / 编制数"),
    /** 三公经费控制率 = 三公经费本年决算数 / 本年预算数. */
    THREE_PUBLIC_CONTROL_RATE("三公经费控制率", "three public expenses control rate", "三公经费本年决算数 / 本年预算数"),
    /** 三公经费变动率 = 三公经费本年决算数 / 上年决算数 − 1 (negative when spending fell). */
    THREE_PUBLIC_CHANGE_RATE("三公经费变动率", "three public expenses change rate", "三公经费本年决算数 / 上年决算数 − 1"),
    /** 公用经费控制率 = 公用经费本年决算数 / 本年预算数. */
    PUBLIC_FUNDS_CONTROL_RATE("公用经费控制率", "public funds control rate", "公用经费本年决算数 / 本年预算数"),
    /** 项目支出执行率 = 项目支出本年决算数 / 本年预算数. */
    PROJECT_EXECUTION_RATE("项目支出执行率", "project spending execution rate", "项目支出本年决算数 / 本年预算数"),
    /** 政府采购执行率 = 政府采购金额本年决算数 / 本年预算数. */
    PROCUREMENT_EXECUTION_RATE("政府采购执行率", "government procurement execution rate", "政府采购金额本年决算数 / 本年预算数"),
    /** 规模控制率 = 实际规模 / 批复规模. */
    SCALE_CONTROL_RATE("规模控制率", "building scale control rate", "实际规模 / 批复规模"),
    /** 投资概算控制率 = 实际投资 / 预算投资. */
    INVESTMENT_CONTROL_RATE("投资概算控制率", "building investment control rate", "实际投资 / 预算投资");

    private final String label;
    private final String english;
    private final String formula;

    DerivedMeasure(String label, String english, String formula) {
        this.label = label;
        this.english = english;
        this.formula = formula;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /** How it is computed, in Chinese. */
    public String formula() {
        return formula;
    }
}
