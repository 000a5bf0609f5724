package io.github.perfeval.core.basicdata;

import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;

/**
 * The diagnostic codes of the department's basic-data table (部门整体支出绩效评价基础数据表): what reading
 * it and checking it find. Codes are stable, kept across releases, and documented in the README's
 * diagnostics table beside perfeval's {@link io.github.perfeval.core.diagnostic.StandardCode}s (which the
 * table's reader and checks also use: {@code UNPARSEABLE_FIGURE}, {@code MISSING_PART}).
 *
 * <pre>{@code
 * evaluation.getDiagnostics().stream().filter(d -> d.is(BasicDataCode.BASIC_DATA_SUM_MISMATCH))
 *         .forEach(d -> log.warn("{} {}", d.getWhere(), d.getMessageZh()));
 * }</pre>
 */
public enum BasicDataCode implements DiagnosticCode {
    // checks
    /** A total (三公经费, 公务用车购置和维护经费, 项目支出, 专项资金) differs from the sum of its parts in a column. */
    BASIC_DATA_SUM_MISMATCH(Severity.ERROR, "合计数与其分项之和不符", "a total differs from the sum of its parts"),
    /** A declared rate (控制率, 规模控制率, 投资概算控制率) differs from the quotient of its figures. */
    BASIC_DATA_RATE_MISMATCH(Severity.ERROR, "填报的控制率与其数据计算不符", "a declared rate differs from its figures"),
    /** A line's 本年决算数 exceeds its 本年预算数. */
    BASIC_DATA_OVERSPENT(Severity.WARNING, "决算数超过预算数", "actual spending exceeds the budget"),
    /** A figure the table requires is blank. */
    BASIC_DATA_BLANK(Severity.WARNING, "应填数据为空", "a required figure is blank"),
    /** A derived figure or a rate cannot be computed: its denominator is zero or one of its figures is missing. */
    BASIC_DATA_RATE_UNDEFINED(Severity.INFO, "比率无法计算（分母为零或缺少数据）", "a rate cannot be computed (zero denominator or missing figure)"),
    /** The years of the table's column labels do not fit together (上年 is not the year before 本年). */
    BASIC_DATA_YEAR_MISMATCH(Severity.WARNING, "表内年度不一致", "the years in the table's labels do not fit together"),
    // reading
    /** A row whose label perfeval does not recognise; kept as written. */
    BASIC_DATA_UNKNOWN_LINE(Severity.INFO, "未识别的基础数据行，按原文保留", "unknown row of the basic-data table, kept as written"),
    /** A non-empty cell inside the table that belongs to no part of it; named so that nothing is lost silently. */
    BASIC_DATA_UNREAD_CELL(Severity.WARNING, "基础数据表中未读取的单元格", "a cell of the basic-data table that was not read"),
    /** A form and a basic-data table of one workbook that do not belong together (other year or other unit). */
    BASIC_DATA_NOT_LINKED(Severity.INFO, "基础数据表与自评表的单位或年度不同，未关联", "the basic-data table and the form differ in unit or year; not linked");

    private final Severity severity;
    private final String zh;
    private final String en;

    BasicDataCode(Severity severity, String zh, String en) {
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
