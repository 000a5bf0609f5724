package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.form.Level2;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.BudgetResult;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report of {@code perfeval check}: the JSON document (a tested contract) and the readable text.
 */
final class CheckReport {

    private CheckReport() {
    }

    /** One form's entry of the JSON report. */
    static ObjectNode formJson(Evaluation e, List<Diagnostic> all, Locale lang) {
        Form form = e.getForm();
        ObjectNode n = PerfevalJson.mapper().createObjectNode();
        n.put("sheet", form.getSheet().orElse(null));
        n.put("kind", form.getKind().name());
        n.put("title", form.getTitle().orElse(null));
        n.put("unit", form.budgetUnit().orElse(null));
        n.put("project", form.getProjectName().orElse(null));
        if (form.getYear().isPresent()) {
            n.put("year", form.getYear().get());
        } else {
            n.putNull("year");
        }
        if (e.getBudget().isPresent()) {
            BudgetResult b = e.getBudget().get();
            ObjectNode budget = n.putObject("budget");
            budget.put("adjusted", plain(b.getAdjusted().orElse(null)));
            budget.put("executed", plain(b.getExecuted().orElse(null)));
            budget.put("rate", plain(b.getRate().orElse(null)));
            budget.put("weight", plain(b.getWeight()));
            budget.put("weightAssigned", b.isWeightAssigned());
            budget.put("declaredScore", plain(b.getDeclaredScore().orElse(null)));
            budget.put("score", plain(b.getScore()));
        } else {
            n.putNull("budget");
        }
        ArrayNode inds = n.putArray("indicators");
        for (IndicatorResult r : e.getIndicators()) {
            Indicator i = r.getIndicator();
            ObjectNode x = inds.addObject();
            x.put("level1", i.getLevel1().map(Level1::name).orElse(null));
            x.put("level2", i.getLevel2().map(Level2::name).orElse(null));
            x.put("level1Label", i.getLevel1Label());
            x.put("level2Label", i.getLevel2Label());
            x.put("name", i.getName());
            x.put("target", i.getTarget().getRaw());
            x.put("actual", i.getActual().getRaw());
            x.put("weight", plain(r.getWeight()));
            x.put("weightAssigned", r.isWeightAssigned());
            x.put("declaredScore", i.getDeclaredScore().flatMap(Figure::getValue).map(CheckReport::plain).orElse(null));
            x.put("score", plain(r.getScore()));
            x.put("status", r.getStatus().name());
            x.put("ratio", plain(r.getRatio().orElse(null)));
            x.put("explanation", r.explanation(lang));
            x.put("where", i.location().describe());
        }
        ObjectNode totals = n.putObject("totals");
        totals.put("weights", plain(e.getWeights()));
        totals.put("declaredWeights", plain(e.getDeclaredWeights().orElse(null)));
        totals.put("declaredScores", plain(e.getDeclaredScores().orElse(null)));
        totals.put("declaredTotal", plain(e.getDeclaredTotal().orElse(null)));
        totals.put("score", plain(e.getScore()));
        n.put("grade", e.getGrade().name());
        n.put("gradeLabel", e.getGrade().label());
        ArrayNode diags = n.putArray("diagnostics");
        List<Diagnostic> bySeverity = new java.util.ArrayList<>(all);
        bySeverity.sort(java.util.Comparator.comparing(Diagnostic::getSeverity));
        for (Diagnostic d : bySeverity) {
            ObjectNode x = diags.addObject();
            x.put("code", d.getCode());
            x.put("severity", d.getSeverity().name());
            x.put("where", d.getWhere());
            x.put("message", d.message(lang));
        }
        return n;
    }

    /** The readable report of one form. */
    static String formText(Evaluation e, List<Diagnostic> all, Locale lang, int index) {
        boolean en = "en".equals(lang.getLanguage());
        Form form = e.getForm();
        StringBuilder sb = new StringBuilder();
        String kind = en ? form.getKind().english() : form.getKind().label();
        String sep = en ? ", " : "，";
        sb.append("  ").append(en ? "Form " : "表").append(index).append(en ? ": " : "：")
                .append(form.getSheet().map(s -> en ? "sheet \"" + s + "\"" : "工作表“" + s + "”").orElse(en ? "(json)" : "（JSON）"))
                .append(sep).append(kind)
                .append(form.budgetUnit().map(u -> sep + u).orElse(""))
                .append(form.getProjectName().map(p -> sep + p).orElse(""))
                .append(form.getYear().map(y -> en ? sep + y : sep + y + "年度").orElse("")).append('\n');
        String unit = form.getBudget().map(x -> x.getUnit().label()).orElse("");
        e.getBudget().ifPresent(b -> sb.append("    ").append(en
                ? "Budget (" + unit + "): adjusted " + plainOr(b.getAdjusted()) + ", executed " + plainOr(b.getExecuted()) + ", rate "
                        + b.getRate().map(CheckReport::percent).orElse("-") + ", score " + plain(b.getScore()) + " / "
                        + plain(b.getWeight()) + " (declared " + plainOr(b.getDeclaredScore()) + ")"
                : "预算执行（" + unit + "）：全年预算数 " + plainOr(b.getAdjusted()) + "，全年执行数 " + plainOr(b.getExecuted()) + "，执行率 "
                        + b.getRate().map(CheckReport::percent).orElse("-") + "，得分 " + plain(b.getScore()) + " / "
                        + plain(b.getWeight()) + "（填报 " + plainOr(b.getDeclaredScore()) + "）").append('\n'));
        long met = e.getIndicators().stream().filter(r -> r.getStatus().name().equals("MET")).count();
        sb.append("    ").append(en
                ? e.getIndicators().size() + " indicators, " + met + " met; weights " + plain(e.getWeights())
                        + (e.isWeightsAssigned() ? " (assigned)" : "") + "; declared scores " + plainOr(e.getDeclaredScores())
                        + "; declared total " + plainOr(e.getDeclaredTotal()) + "; computed total " + plain(e.getScore())
                        + "; grade " + e.getGrade().english()
                : e.getIndicators().size() + " 项指标，达成 " + met + " 项；分值合计 " + plain(e.getWeights())
                        + (e.isWeightsAssigned() ? "（方案分配）" : "") + "；填报得分合计 " + plainOr(e.getDeclaredScores())
                        + "；填报总分 " + plainOr(e.getDeclaredTotal()) + "；计算总分 " + plain(e.getScore())
                        + "；等级 " + e.getGrade().label()).append('\n');
        long errors = all.stream().filter(d -> d.getSeverity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.getSeverity() == Severity.WARNING).count();
        long infos = all.size() - errors - warnings;
        sb.append("    ").append(en ? "Diagnostics: " + errors + " errors, " + warnings + " warnings, " + infos + " notes"
                : "诊断：错误 " + errors + "，警告 " + warnings + "，提示 " + infos).append('\n');
        for (Severity s : Severity.values()) {
            for (Diagnostic d : all) {
                if (d.getSeverity() == s) {
                    sb.append("      [").append(en ? s.name() : s.label()).append("] ").append(d.getCode());
                    if (!d.getWhere().isEmpty()) {
                        sb.append("  ").append(d.getWhere());
                    }
                    sb.append("\n        ").append(d.message(lang)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** One line per indicator: status, score of weight, path, explanation. */
    static String indicatorsText(Evaluation e, Locale lang) {
        boolean en = "en".equals(lang.getLanguage());
        StringBuilder sb = new StringBuilder("    ").append(en ? "Indicators:" : "指标：").append('\n');
        for (IndicatorResult r : e.getIndicators()) {
            sb.append("      ").append(en ? r.getStatus().english() : r.getStatus().label()).append("  ")
                    .append(plain(r.getScore())).append('/').append(plain(r.getWeight())).append("  ")
                    .append(r.getIndicator().getPath()).append('\n')
                    .append("        ").append(r.explanation(lang)).append('\n');
        }
        return sb.toString();
    }

    static String plain(BigDecimal v) {
        return v == null ? null : Decimals.normalize(v).toPlainString();
    }

    private static String plainOr(Optional<BigDecimal> v) {
        return v.map(CheckReport::plain).orElse("-");
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2)) + "%";
    }
}
