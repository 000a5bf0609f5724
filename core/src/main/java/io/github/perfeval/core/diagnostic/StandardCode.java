package io.github.perfeval.core.diagnostic;

/**
 * perfeval's own diagnostic codes. Codes are stable: they are kept across releases so users can filter
 * and count them. The README's diagnostics table documents each.
 */
public enum StandardCode implements DiagnosticCode {
    // consistency of declared figures
    /** The weights (indicators and budget) do not add up to 100. */
    WEIGHT_TOTAL_MISMATCH(Severity.ERROR, "权重合计不等于100", "weights do not add up to 100"),
    /** A level-1 label's declared points differ from the sum of its indicators' weights. */
    SUBTOTAL_MISMATCH(Severity.ERROR, "一级指标分值与其下指标分值合计不符", "level-1 points differ from its indicators' weights"),
    /** The declared total (总分) is not the sum of the declared scores. */
    DECLARED_TOTAL_MISMATCH(Severity.ERROR, "总分不等于各项得分之和", "declared total is not the sum of the scores"),
    /** A declared score exceeds its weight. */
    SCORE_EXCEEDS_WEIGHT(Severity.ERROR, "得分超过分值", "score exceeds its weight"),
    /** A declared indicator score differs from the computed one beyond tolerance. */
    DECLARED_SCORE_MISMATCH(Severity.WARNING, "填报得分与计算得分不符", "declared score differs from the computed score"),
    /** The declared execution rate differs from executed / adjusted budget. */
    EXECUTION_RATE_MISMATCH(Severity.ERROR, "执行率与执行数/预算数不符", "execution rate differs from executed / budget"),
    /** The declared budget score differs from the computed one. */
    BUDGET_SCORE_MISMATCH(Severity.ERROR, "预算执行得分与计算不符", "budget execution score differs from the computed score"),
    /** The budget's total row is 0 or blank in a column where its 其中 rows hold amounts. */
    BUDGET_TOTAL_MISSING(Severity.ERROR, "预算总额为0或未填，而其中各行有金额", "the budget total is 0 or blank while its rows hold amounts"),
    /** The grade declared beside the total differs from the grade of the computed total. */
    DECLARED_GRADE_MISMATCH(Severity.ERROR, "填报等级与计算总分的等级不符", "declared grade differs from the grade of the computed total"),
    /** Budget rows of a breakdown (by source, income or expenditure nature) do not add up to the total. */
    BUDGET_BREAKDOWN_MISMATCH(Severity.WARNING, "预算分项合计与总额不符", "budget breakdown does not add up to the total"),
    /** More was executed than budgeted. */
    BUDGET_OVERSPENT(Severity.WARNING, "执行数超过预算数", "executed amount exceeds the budget"),
    /** A score below the weight with no deviation reason. */
    MISSING_DEVIATION_REASON(Severity.WARNING, "扣分但未填写偏差原因", "score below weight with no deviation reason"),
    /** A row with a name but no target, actual or weight. */
    INCOMPLETE_INDICATOR(Severity.WARNING, "指标缺少指标值、完成值或分值", "indicator lacks a target, actual or weight"),
    /** A target that could not be read. */
    UNPARSEABLE_TARGET(Severity.WARNING, "年度指标值无法解析", "target could not be read"),
    /** An actual that could not be read. */
    UNPARSEABLE_ACTUAL(Severity.WARNING, "实际完成值无法解析", "actual could not be read"),
    /** Actual and target in incompatible units. */
    UNIT_MISMATCH(Severity.WARNING, "完成值与指标值计量单位不一致", "actual and target units are incompatible"),
    /** Far above target: the target was probably set too low. */
    OVER_ACHIEVEMENT(Severity.WARNING, "完成值明显高于指标值，指标值可能设定偏低", "far above target: the target may be set too low"),
    /** The form had no weights and the scheme supplied them. */
    WEIGHTS_ASSIGNED(Severity.INFO, "表中无分值，已按权重方案分配", "the form has no weights; the scheme assigned them"),
    /** A qualitative indicator that needs the evaluator's judgement. */
    NEEDS_JUDGEMENT(Severity.INFO, "定性指标需评价人判断", "qualitative indicator needs the evaluator's judgement"),
    /** A value read with a remark (unit typo, arithmetic, worded operator). */
    VALUE_REMARK(Severity.INFO, "数值读取说明", "remark on how a value was read"),
    /** A target written without an operator: which way it points was decided by a rule, named in the message. */
    DIRECTION_INFERRED(Severity.INFO, "指标值未写运算符，方向按规则判断", "no operator written: the direction was decided by a rule"),
    /** An actual equal to a strict target (＞10 met by 10): not reached. */
    STRICT_BOUNDARY(Severity.WARNING, "完成值等于＞或＜的界值，未达到", "actual equals a strict target's bound: not reached"),
    /** A cost above its at-most or equal target. */
    COST_OVERRUN(Severity.WARNING, "成本超出指标值", "cost above its target"),
    /** A cost target written with ≥ or ＞: the operator is probably reversed. */
    COST_OPERATOR_REVERSED(Severity.WARNING, "成本指标写作≥或＞，运算符疑似写反", "cost target written with ≥ or >: probably reversed"),
    /** Scoring an indicator or a part of the form failed; the rest of the form is still scored. */
    SCORING_FAILED(Severity.ERROR, "该项无法计分（内部错误），其余照常", "this part could not be scored; the rest was"),
    /** A user's rule returned nothing usable or failed; the other rules still ran. */
    RULE_FAILED(Severity.ERROR, "自定义规则出错", "a custom rule failed"),
    /** A quantitative target with no unit (计量单位 is mandatory). */
    MISSING_UNIT(Severity.INFO, "定量指标未写计量单位", "quantitative target has no unit"),
    /** A level label perfeval does not know; kept as written. */
    UNKNOWN_LEVEL_LABEL(Severity.WARNING, "未识别的指标级别名称，按原文保留", "unknown level label, kept as written"),
    /** A figure (weight, score, amount, rate) that is not a number. */
    UNPARSEABLE_FIGURE(Severity.WARNING, "数字无法解析", "figure is not a number"),
    /** A Bean Validation constraint failed. */
    CONSTRAINT_VIOLATION(Severity.ERROR, "数据校验不通过", "constraint violated"),
    // reading workbooks
    /** A sheet that holds no form. */
    SHEET_SKIPPED(Severity.INFO, "工作表中没有自评表，已跳过", "sheet holds no form; skipped"),
    // reading documents (Word, HTML)
    /** A table of a document that holds no form (a 决算 table, a report, a layout table), with what it seems to hold. */
    TABLE_SKIPPED(Severity.INFO, "表格中没有自评表，已跳过", "table holds no form; skipped"),
    /** A table that continues the form of the table before it (a form split at a page break), read as one. */
    TABLE_JOINED(Severity.INFO, "表格接续上一表格的自评表（跨页续表），已合并读取", "table continues the form of the table before it; read as one"),
    /** A formula cell read as its text (its formula is never evaluated). */
    FORMULA_AS_TEXT(Severity.INFO, "公式单元格按文本读取（未计算）", "formula cell read as text (never evaluated)"),
    /** A cell that could not be read. */
    UNREADABLE_CELL(Severity.WARNING, "单元格无法读取", "cell could not be read"),
    /** A part of the form that was expected and not found. */
    MISSING_PART(Severity.INFO, "表中缺少该部分", "part of the form not found"),
    /** A budget row whose label perfeval does not recognise; kept as written. */
    UNKNOWN_BUDGET_LINE(Severity.INFO, "未识别的预算行，按原文保留", "unknown budget row, kept as written"),
    /** The form has no 分值/得分 columns. */
    NO_SCORE_COLUMNS(Severity.INFO, "表中没有分值/得分列", "the form has no weight/score columns"),
    /** Non-empty cells of a sheet or table holding a form that the reader did not read into the model. */
    CELLS_NOT_READ(Severity.WARNING, "单元格内容未读入表单模型", "cells not read into the form"),
    /**
     * A cell's comment, formula or hidden flag the form model has no place for (a comment on a label, a
     * formula in a text cell, a hidden header row): the cell's value is read, this part of it is not kept.
     */
    NOT_KEPT(Severity.WARNING, "单元格的批注、公式或隐藏标记未保留", "a cell's comment, formula or hidden flag is not kept"),
    /** Unfilled template rows (指标1:, ……, a level label with nothing beside it), reported once, never counted. */
    TEMPLATE_ROWS(Severity.INFO, "未填写的模板行，未计为指标", "unfilled template rows, not counted as indicators");

    private final Severity severity;
    private final String zh;
    private final String en;

    StandardCode(Severity severity, String zh, String en) {
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    /** A short Chinese description of the code. */
    public String descriptionZh() {
        return zh;
    }

    /** A short English description of the code. */
    public String descriptionEn() {
        return en;
    }
}
