package io.github.perfeval.core.report;

import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;

/**
 * The diagnostic codes of self-evaluation reports (自评报告): what reading them, pairing them with their
 * forms and checking one against the other find. Codes are stable, kept across releases, and listed in
 * the README's section on reports.
 *
 * <pre>{@code
 * diagnostics.stream().filter(d -> d.is(ReportCode.REPORT_BUDGET_MISMATCH))
 *         .forEach(d -> log.warn("{} {}", d.getWhere(), d.getMessageZh()));
 * }</pre>
 */
public enum ReportCode implements DiagnosticCode {
    // checks against the form
    /** 年度预算金额 differs from the form's budget (the message names the figure compared). */
    REPORT_BUDGET_MISMATCH(Severity.ERROR, "自评报告的年度预算金额与自评表的预算数不符", "the report's budget differs from the form's"),
    /** An amount the narrative states is none of the form's budget or executed amounts. */
    REPORT_AMOUNT_MISMATCH(Severity.WARNING, "自评报告文中的金额与自评表的预算数、执行数均不符",
            "an amount the report states matches none of the form's budget or executed amounts"),
    /** A rate the narrative states ({@code 资金使用率100%}, {@code 已全部使用}) differs from the form's execution rate. */
    REPORT_RATE_MISMATCH(Severity.ERROR, "自评报告所述执行率与自评表不符", "the execution rate the report states differs from the form's"),
    /** 专项名称 differs from the form's project name. */
    REPORT_PROJECT_NAME_MISMATCH(Severity.WARNING, "自评报告的专项名称与自评表的项目名称不符",
            "the report's project name differs from the form's"),
    /** A section the template requires is left blank. */
    REPORT_SECTION_EMPTY(Severity.WARNING, "自评报告的必填部分为空", "a required section of the report is blank"),
    /** A section's text is identical, or nearly, to a section of another report of the same run. */
    REPORT_TEXT_SHARED(Severity.INFO, "自评报告的内容与另一份报告相同或几乎相同", "a section's text is the same (or nearly) as another report's"),
    // reading and pairing
    /** A row whose label perfeval does not know; kept as written. */
    REPORT_UNKNOWN_SECTION(Severity.INFO, "未识别的自评报告栏目，按原文保留", "unknown section of a report, kept as written"),
    /** A non-empty cell inside the report that belongs to no section; named so that nothing is lost silently. */
    REPORT_UNREAD_CELL(Severity.WARNING, "自评报告中未读取的单元格", "a cell of the report that was not read"),
    /** 年度预算金额 states no amount perfeval can read. */
    REPORT_BUDGET_UNREADABLE(Severity.WARNING, "自评报告的年度预算金额无法识别", "the report's budget states no readable amount"),
    /** A report with no form in the same document, or a project form with no report where the document holds reports. */
    REPORT_UNPAIRED(Severity.INFO, "自评报告与自评表未能配对", "a report and a form could not be paired");

    private final Severity severity;
    private final String zh;
    private final String en;

    ReportCode(Severity severity, String zh, String en) {
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
