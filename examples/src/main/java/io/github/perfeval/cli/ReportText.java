package io.github.perfeval.cli;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.IndicatorStatus;
import io.github.perfeval.scoring.basicdata.DerivedFigure;
import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.BudgetReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportReview;
import io.github.perfeval.scoring.report.IndicatorReport;
import io.github.perfeval.scoring.report.Summary;
import io.github.perfeval.scoring.report.Totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The readable text of {@code perfeval check}, rendered from the library's {@link FormReport} (whose
 * JSON is the {@code --format json} output). Written without lambdas and streams: each lambda's call site is linked
 * once in every fresh JVM (about 0.2 ms each), and a one-form check runs this code once (docs/PERFORMANCE.md).
 */
final class ReportText {

    private ReportText() {
    }

    private static boolean english(FormReport r) {
        return "en".equals(r.getLocale().getLanguage());
    }

    /** The readable report of one form. */
    static String form(FormReport r, int index) {
        boolean en = english(r);
        StringBuilder sb = new StringBuilder();
        String kind = en ? r.getKind().english() : r.getKind().label();
        String sep = en ? ", " : "，";
        String where;
        if (r.getSheet().isPresent()) {
            where = sheet(r.getSheet().get(), en);
        } else {
            Optional<Integer> table = tableOf(r.getForm());
            where = table.isPresent() ? (en ? "table " + table.get() : "表格" + table.get()) : en ? "(json)" : "（JSON）";
        }
        sb.append("  ").append(en ? "Form " : "表").append(index).append(en ? ": " : "：").append(where)
                .append(sep).append(kind)
                .append(after(sep, r.getUnit()))
                .append(after(sep, r.getProject()))
                .append(year(sep, r.getYear(), en)).append('\n');
        if (r.getBudget().isPresent()) {
            BudgetReport b = r.getBudget().get();
            String unit = b.getMoneyUnit().label();
            sb.append("    ").append(en
                    ? "Budget (" + unit + "): adjusted " + plainOr(b.getAdjusted()) + ", executed " + plainOr(b.getExecuted()) + ", rate "
                            + percentOr(b.getRate()) + ", score " + plain(b.getScore()) + " / "
                            + plain(b.getWeight()) + " (declared " + plainOr(b.getDeclaredScore()) + ")"
                    : "预算执行（" + unit + "）：全年预算数 " + plainOr(b.getAdjusted()) + "，全年执行数 " + plainOr(b.getExecuted()) + "，执行率 "
                            + percentOr(b.getRate()) + "，得分 " + plain(b.getScore()) + " / "
                            + plain(b.getWeight()) + "（填报 " + plainOr(b.getDeclaredScore()) + "）").append('\n');
        }
        long met = 0;
        for (IndicatorReport i : r.getIndicators()) {
            if (i.getStatus() == IndicatorStatus.MET) {
                met++;
            }
        }
        Totals t = r.getTotals();
        sb.append("    ").append(en
                ? r.getIndicators().size() + " indicators, " + met + " met; weights " + plain(t.getWeights())
                        + (t.isWeightsAssigned() ? " (assigned)" : "") + "; declared scores " + plainOr(t.getDeclaredScores())
                        + "; declared total " + plainOr(t.getDeclaredTotal()) + "; computed total " + capped(r, t, true)
                        + "; grade " + r.getGrade().english()
                : r.getIndicators().size() + " 项指标，达成 " + met + " 项；分值合计 " + plain(t.getWeights())
                        + (t.isWeightsAssigned() ? "（方案分配）" : "") + "；填报得分合计 " + plainOr(t.getDeclaredScores())
                        + "；填报总分 " + plainOr(t.getDeclaredTotal()) + "；计算总分 " + capped(r, t, false)
                        + "；等级 " + r.getGrade().label()).append('\n');
        diagnostics(sb, r.getDiagnostics(), r.getLocale());
        return sb.toString();
    }

    /** The computed total; when the scores add up to more than the 100 it is capped at, the sum with the cap: {@code 110（按100计）}. */
    private static String capped(FormReport r, Totals t, boolean en) {
        BigDecimal sum = r.getBudget().isPresent() ? r.getBudget().get().getScore() : BigDecimal.ZERO;
        for (IndicatorReport i : r.getIndicators()) {
            sum = sum.add(i.getScore());
        }
        if (sum.compareTo(t.getScore()) > 0) {
            return plain(sum) + (en ? " (counted as " + plain(t.getScore()) + ")" : "（按" + plain(t.getScore()) + "计）");
        }
        return plain(t.getScore());
    }

    /** The document table a form was read from (a Word or HTML table), by the places its parts were read at. */
    private static Optional<Integer> tableOf(Form form) {
        if (form.getBudget().isPresent()) {
            OptionalInt table = tableOf(form.getBudget().get().getSource());
            if (table.isPresent()) {
                return Optional.of(table.getAsInt());
            }
        }
        for (Indicator i : form.getIndicators()) {
            OptionalInt table = tableOf(i.getSource());
            if (table.isPresent()) {
                return Optional.of(table.getAsInt());
            }
        }
        return Optional.empty();
    }

    private static OptionalInt tableOf(Optional<Location> place) {
        return place.isPresent() ? place.get().getTable() : OptionalInt.empty();
    }

    private static String sheet(String name, boolean en) {
        return en ? "sheet \"" + name + "\"" : "工作表“" + name + "”";
    }

    /** The separator and the value, or nothing. */
    private static String after(String sep, Optional<String> value) {
        return value.isPresent() ? sep + value.get() : "";
    }

    private static String year(String sep, Optional<Integer> year, boolean en) {
        return year.isEmpty() ? "" : en ? sep + year.get() : sep + year.get() + "年度";
    }

    /** One line per indicator: status, score of weight, path, explanation. */
    static String indicators(FormReport r) {
        boolean en = english(r);
        StringBuilder sb = new StringBuilder("    ").append(en ? "Indicators:" : "指标：").append('\n');
        for (IndicatorReport i : r.getIndicators()) {
            sb.append("      ").append(en ? i.getStatus().english() : i.getStatus().label()).append("  ")
                    .append(plain(i.getScore())).append('/').append(plain(i.getWeight())).append("  ")
                    .append(i.getLocation().getIndicator().orElse(i.getName())).append('\n')
                    .append("        ").append(i.getExplanation()).append('\n');
        }
        return sb.toString();
    }

    /** The readable report of one basic-data table: which, its derived figures, its diagnostics. */
    static String basicData(BasicDataReport r, int index) {
        boolean en = "en".equals(r.getLocale().getLanguage());
        String sep = en ? ", " : "，";
        StringBuilder sb = new StringBuilder("  ").append(en ? "Basic-data table " : "基础数据表").append(index).append(en ? ": " : "：")
                .append(r.getSheet().isPresent() ? sheet(r.getSheet().get(), en) : en ? "(json)" : "（JSON）")
                .append(after(sep, r.getUnit()))
                .append(year(sep, r.getYear(), en)).append('\n');
        StringBuilder figures = new StringBuilder();
        for (DerivedFigure f : r.getDerived()) {
            if (f.getValue().isPresent()) {
                figures.append(figures.length() == 0 ? "" : en ? "; " : "；").append(en ? f.getMeasure().english() : f.getMeasure().label())
                        .append(' ').append(f.percent());
            }
        }
        if (figures.length() > 0) {
            sb.append("    ").append(figures).append('\n');
        }
        diagnostics(sb, r.getDiagnostics(), r.getLocale());
        return sb.toString();
    }

    /** The readable review of one project's self-evaluation report (自评报告): which, its form, its diagnostics. */
    static String selfReport(ReportReview r, int index, boolean en) {
        String sep = en ? ", " : "，";
        StringBuilder sb = new StringBuilder("  ").append(en ? "Self-evaluation report " : "自评报告").append(index).append(en ? ": " : "：")
                .append(r.getReport().projectName().orElse(en ? "(no project name)" : "（无专项名称）"))
                .append(r.where().isEmpty() ? "" : sep + r.where())
                .append(sep).append(r.getPairedForm().isPresent()
                        ? en ? "paired with the form \"" + r.getPairedForm().get() + "\"" : "对应自评表“" + r.getPairedForm().get() + "”"
                        : en ? "no form" : "无对应自评表").append('\n');
        diagnostics(sb, r.getDiagnostics(), en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return sb.toString();
    }

    private static void diagnostics(StringBuilder sb, List<Diagnostic> all, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        long errors = 0;
        long warnings = 0;
        for (Diagnostic d : all) {
            if (d.getSeverity() == Severity.ERROR) {
                errors++;
            } else if (d.getSeverity() == Severity.WARNING) {
                warnings++;
            }
        }
        long infos = all.size() - errors - warnings;
        sb.append("    ").append(en ? "Diagnostics: " + errors + " errors, " + warnings + " warnings, " + infos + " notes"
                : "诊断：错误 " + errors + "，警告 " + warnings + "，提示 " + infos).append('\n');
        for (Diagnostic d : all) {
            sb.append("      [").append(en ? d.getSeverity().name() : d.getSeverity().label()).append("] ").append(d.getCode());
            if (!d.getWhere().isEmpty()) {
                sb.append("  ").append(d.getLocation().isPresent() ? d.getLocation().get().describe(locale) : d.getWhere());
            }
            sb.append("\n        ").append(d.message(locale)).append('\n');
        }
    }

    /** The closing line over many files. */
    static String summary(Summary s, boolean en) {
        String tables = s.getBasicData() == 0 ? "" : en
                ? "; " + s.getBasicData() + " basic-data tables, " + s.getBasicDataWithErrors() + " with errors"
                : "；基础数据表 " + s.getBasicData() + " 张，其中 " + s.getBasicDataWithErrors() + " 张有错误";
        return (en
                ? s.getFiles() + " files, " + s.getForms() + " forms, " + s.getFormsWithErrors() + " with errors, " + s.getUnreadable() + " unreadable"
                : "共 " + s.getFiles() + " 个文件，" + s.getForms() + " 张表，其中 " + s.getFormsWithErrors() + " 张有错误，"
                        + s.getUnreadable() + " 个文件无法读取") + tables + (s.getReports() == 0 ? "" : en
                ? "; " + s.getReports() + " self-evaluation reports, " + s.getReportsWithErrors() + " with errors"
                : "；自评报告 " + s.getReports() + " 份，其中 " + s.getReportsWithErrors() + " 份有错误");
    }

    private static String plain(BigDecimal v) {
        return Decimals.normalize(v).toPlainString();
    }

    private static String plainOr(Optional<BigDecimal> v) {
        return v.isPresent() ? plain(v.get()) : "-";
    }

    private static String percentOr(Optional<BigDecimal> fraction) {
        return fraction.isPresent() ? percent(fraction.get()) : "-";
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2)) + "%";
    }
}
