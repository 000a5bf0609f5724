package io.github.perfeval.grid.form;

/**
 * What a label on a form says a cell is: a column of the indicator table or the budget block, the
 * label over a whole table, a header field, the goals, a total row, a footer field, a text section or
 * a note. A {@link Vocabulary} maps the labels people write to these roles.
 */
public enum Role {
    // indicator table columns
    /** 一级指标. */
    LEVEL1(Group.INDICATOR_COLUMN, "一级指标"),
    /** 二级指标. */
    LEVEL2(Group.INDICATOR_COLUMN, "二级指标"),
    /** 三级指标: the indicator's name. */
    LEVEL3(Group.INDICATOR_COLUMN, "三级指标"),
    /** 年度指标值: the target in one column, or the parent of its parts. */
    TARGET(Group.INDICATOR_COLUMN, "年度指标值"),
    /** 指标性质: the target's operator in a column of its own (≥, ≤, =, 定性). */
    TARGET_OPERATOR(Group.INDICATOR_COLUMN, "指标性质"),
    /** 指标值 under 年度指标值, or beside 指标性质 / 度量单位: the target's value in a column of its own. */
    TARGET_VALUE(Group.INDICATOR_COLUMN, "指标值"),
    /** 度量单位 / 计量单位: the target's unit in a column of its own. */
    TARGET_UNIT(Group.INDICATOR_COLUMN, "度量单位"),
    /** 实际完成值. */
    ACTUAL(Group.INDICATOR_COLUMN, "实际完成值"),
    /** 分值 / 权重: in the indicator table and in the budget block. */
    WEIGHT(Group.SHARED_COLUMN, "分值"),
    /** 得分: in the indicator table and in the budget block. */
    SCORE(Group.SHARED_COLUMN, "得分"),
    /** 偏差原因分析及改进措施 in the indicator table; 原因 in the budget block. */
    REASON(Group.SHARED_COLUMN, "偏差原因分析及改进措施"),
    /**
     * 计算得分: the score perfeval computed, in a column of its own on a form perfeval exported. Derived
     * data: it is recomputed when the form is scored, never read as a declared figure (the reader says so once).
     */
    COMPUTED_SCORE(Group.SHARED_COLUMN, "计算得分"),
    /** 等级 / 自评等级: a declared grade. */
    GRADE(Group.SHARED_COLUMN, "自评等级"),
    /** The label over the indicator table ({@code 绩效指标}). */
    INDICATOR_TABLE(Group.TABLE_TITLE, "绩效指标"),
    // budget block columns
    /** The label over the budget block and its row-label column ({@code 项目资金（万元）}, {@code 年度预算申请}); may carry the money unit. */
    BUDGET_BLOCK(Group.TABLE_TITLE, "项目资金"),
    /** 年初预算数. */
    INITIAL(Group.BUDGET_COLUMN, "年初预算数"),
    /** 全年预算数 / 调整后预算数. */
    ADJUSTED(Group.BUDGET_COLUMN, "全年预算数"),
    /** 全年执行数 / 预算执行数. */
    EXECUTED(Group.BUDGET_COLUMN, "全年执行数"),
    /** 执行率. */
    RATE(Group.BUDGET_COLUMN, "执行率"),
    // header fields
    /** 项目名称. */
    PROJECT_NAME(Group.HEADER_FIELD, "项目名称"),
    /** 预算部门名称 / 部门名称 / 单位名称. */
    DEPARTMENT(Group.HEADER_FIELD, "预算部门名称"),
    /** 主管部门. */
    SUPERVISING_DEPARTMENT(Group.HEADER_FIELD, "主管部门"),
    /** 实施单位. */
    IMPLEMENTING_UNIT(Group.HEADER_FIELD, "实施单位"),
    /** 年度 as a field of its own. */
    YEAR(Group.HEADER_FIELD, "年度"),
    // goals
    /** The label over the goals ({@code 年度总体目标}). */
    GOALS(Group.GOALS, "年度总体目标"),
    /** 预期目标. */
    GOAL_EXPECTED(Group.GOALS, "预期目标"),
    /** 实际完成情况. */
    GOAL_ACHIEVED(Group.GOALS, "实际完成情况"),
    // rows
    /** A total row's label: 总分, 合计. */
    TOTAL(Group.TOTAL, "总分"),
    /** A footer field: 填表人, 填表日期, 联系电话, 单位负责人, 项目负责人, 财务负责人. */
    FOOTER(Group.FOOTER, "填表人"),
    /** 项目实施内容及过程概述. */
    SECTION_IMPLEMENTATION(Group.SECTION, "项目实施内容及过程概述"),
    /** 评价结论. */
    SECTION_CONCLUSION(Group.SECTION, "评价结论"),
    /** 存在问题. */
    SECTION_PROBLEMS(Group.SECTION, "存在问题"),
    /** 改进措施. */
    SECTION_IMPROVEMENTS(Group.SECTION, "改进措施"),
    /** 其他需要说明事项. */
    SECTION_OTHER_MATTERS(Group.SECTION, "其他需要说明事项"),
    /** A note's label or prefix: 备注, 注, 说明. */
    NOTE(Group.NOTE, "备注");

    /** What kind of place a role's label marks. */
    public enum Group {
        /** A column of the indicator table. */
        INDICATOR_COLUMN,
        /** A column of the budget block. */
        BUDGET_COLUMN,
        /** A column of either. */
        SHARED_COLUMN,
        /** The label over a whole table or block. */
        TABLE_TITLE,
        /** A header field of the title block. */
        HEADER_FIELD,
        /** The goals. */
        GOALS,
        /** A total row. */
        TOTAL,
        /** A footer field. */
        FOOTER,
        /** A text section. */
        SECTION,
        /** A note. */
        NOTE
    }

    private final Group group;
    private final String label;

    Role(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    /** What kind of place the role's label marks. */
    public Group group() {
        return group;
    }

    /** The canonical label, as perfeval writes it. */
    public String label() {
        return label;
    }

    /** Whether the role names a column of a table (indicator table, budget block, or the label over either). */
    public boolean isColumn() {
        return group == Group.INDICATOR_COLUMN || group == Group.BUDGET_COLUMN || group == Group.SHARED_COLUMN
                || group == Group.TABLE_TITLE;
    }
}
