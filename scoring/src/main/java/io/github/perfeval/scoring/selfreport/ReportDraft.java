package io.github.perfeval.scoring.selfreport;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.scoring.IndicatorStatus;
import io.github.perfeval.scoring.report.BudgetReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.IndicatorReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 自评报告 draft of a checked form: the project's self-evaluation report in Hunan's published layout
 * (部门概况, 绩效情况, 存在的问题分析及改进措施), filled with the form's own figures and the evaluation's
 * findings in plain sentences, and with the places a person must write marked {@value #TO_FILL}…】. It is a
 * {@link SelfEvaluationReport} like a published one, so it is written, read back and checked the same way.
 *
 * <pre>{@code
 * FormReport checked = FormReport.of(Scorer.create().evaluate(form), Locale.CHINESE);
 * SelfEvaluationReport draft = ReportDraft.of(checked);
 * draft.section(ReportItem.MANAGEMENT).get().getText();   // 2024年全年预算数54万元，全年执行数54万元，预算执行率100%……
 * }</pre>
 *
 * <p>No fact is invented: every number comes from the form (its budget block, its indicators, its declared
 * total) or from the evaluation (the execution rate, the scores, the grade, the findings); what only the unit
 * knows (why the project exists, how it managed the money, its problems and measures) is left marked. The
 * sections: 专项名称, 年度预算金额, 项目主管部门, 项目立项目的; 项目支出管理和使用基本情况 (预算执行);
 * 项目绩效目标完成情况 (产出, 效益, 满意度, each indicator with its target, actual and score); 偏差原因分析;
 * 存在的问题 (the findings of the check); 改进措施; 自评结论 (score and grade); 其他需要说明问题. Thread-safe.
 */
public final class ReportDraft {

    /** The mark that opens a place a person must write: {@code 【请填写：项目立项的依据和目的】}. */
    public static final String TO_FILL = "【请填写：";

    private ReportDraft() {
    }

    /**
     * The draft of a checked form's report.
     *
     * @param checked the form's check (its evaluation and findings)
     * @return the draft, in Hunan's layout
     */
    public static SelfEvaluationReport of(FormReport checked) {
        Form form = checked.getForm();
        String yearText = checked.getYear().map(y -> y + "年").orElse("本年度");
        SelfEvaluationReport.Builder b = SelfEvaluationReport.builder()
                .title(checked.getYear().map(y -> y + "年度").orElse("") + SelfEvaluationReport.TITLE);
        checked.getYear().ifPresent(b::year);

        b.addSections(section(ReportItem.PROJECT_NAME, checked.getProject().orElse(fill("专项名称"))));
        Optional<BudgetReport> budget = checked.getBudget();
        Optional<BigDecimal> adjusted = budget.flatMap(BudgetReport::getAdjusted);
        if (budget.isPresent() && adjusted.isPresent()) {
            String text = plain(adjusted.get()) + budget.get().getMoneyUnit().label();
            b.addSections(section(ReportItem.BUDGET_AMOUNT, text));
            b.budgetAmount(Figure.of(text, adjusted.get(), null)).budgetUnit(budget.get().getMoneyUnit());
        } else {
            b.addSections(section(ReportItem.BUDGET_AMOUNT, fill("年度预算金额（自评表未填全年预算数）")));
        }
        b.addSections(section(ReportItem.DEPARTMENT, form.getSupervisingDepartment().or(checked::getUnit).orElse(fill("项目主管部门"))));
        String goal = form.getGoals().map(Goals::getExpected).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        b.addSections(section(ReportItem.PURPOSE, goal == null ? fill("项目立项的依据和目的")
                : "年度总体目标：" + goal + "\n" + fill("项目立项的依据和目的")));

        b.addSections(section(ReportItem.MANAGEMENT, management(checked, yearText)));
        b.addSections(section(ReportItem.ACHIEVEMENT, achievement(checked)));
        b.addSections(section(ReportItem.DEVIATION, deviation(checked)));
        b.addSections(section(ReportItem.CONCLUSION, conclusion(checked)));
        b.addSections(section(ReportItem.PROBLEMS, problems(checked)));
        b.addSections(section(ReportItem.IMPROVEMENTS, fill("针对上述问题的改进措施")));
        b.addSections(section(ReportItem.OTHER_NOTES, fill("其他需要说明的问题，没有请写“无”")));
        return b.build();
    }

    private static String management(FormReport checked, String yearText) {
        Optional<BudgetReport> budget = checked.getBudget();
        if (budget.isEmpty()) {
            return "自评表未填写资金情况。" + fill("资金安排、使用和管理情况");
        }
        BudgetReport b = budget.get();
        String unit = b.getMoneyUnit().label();
        StringBuilder sb = new StringBuilder(yearText);
        checked.getForm().getBudget().flatMap(x -> x.total()).flatMap(t -> t.getInitial()).flatMap(Figure::getValue)
                .ifPresent(initial -> sb.append("年初预算数").append(plain(initial)).append(unit).append("，"));
        sb.append("全年预算数").append(b.getAdjusted().map(v -> plain(v) + unit).orElse("未填写"))
                .append("，全年执行数").append(b.getExecuted().map(v -> plain(v) + unit).orElse("未填写"));
        if (b.getRate().isPresent()) {
            sb.append("，预算执行率").append(percent(b.getRate().get()));
        }
        sb.append("；预算执行得分").append(plain(b.getScore())).append("分（分值").append(plain(b.getWeight())).append("分）。");
        if (b.getRate().isPresent() && b.getRate().get().compareTo(BigDecimal.ONE) < 0 && b.getAdjusted().isPresent()
                && b.getExecuted().isPresent()) {
            sb.append("尚有").append(plain(b.getAdjusted().get().subtract(b.getExecuted().get()))).append(unit).append("未执行。");
        }
        sb.append("\n").append(fill("资金管理和使用的制度、程序与措施"));
        return sb.toString();
    }

    private static String achievement(FormReport checked) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        Optional<String> achieved = checked.getForm().getGoals().map(Goals::getAchieved).map(String::strip).filter(t -> !t.isEmpty());
        if (achieved.isPresent()) {
            sb.append(n++).append("、总体目标完成情况。").append(achieved.get()).append(endsSentence(achieved.get()) ? "" : "。").append("\n");
        }
        String[][] groups = {{"产出", "OUTPUT"}, {"成本", "COST"}, {"效益", "EFFECT"}, {"满意度", "SATISFACTION"}};
        for (String[] g : groups) {
            List<IndicatorReport> of = new ArrayList<>();
            for (IndicatorReport i : checked.getIndicators()) {
                if (i.getLevel1().map(Level1::name).filter(g[1]::equals).isPresent()) {
                    of.add(i);
                }
            }
            if (of.isEmpty() && !"COST".equals(g[1])) {
                sb.append(n++).append("、").append(g[0]).append("指标完成情况分析。自评表未设").append(g[0]).append("指标。\n");
            } else if (!of.isEmpty()) {
                sb.append(n++).append("、").append(g[0]).append("指标完成情况分析。").append(sentences(of)).append("\n");
            }
        }
        List<IndicatorReport> other = new ArrayList<>();
        for (IndicatorReport i : checked.getIndicators()) {
            if (i.getLevel1().isEmpty()) {
                other.add(i);
            }
        }
        if (!other.isEmpty()) {
            sb.append(n).append("、其他指标完成情况分析。").append(sentences(other)).append("\n");
        }
        return sb.toString().strip();
    }

    private static String sentences(List<IndicatorReport> indicators) {
        StringBuilder sb = new StringBuilder();
        for (IndicatorReport i : indicators) {
            sb.append(i.getName().strip()).append("：目标").append(orBlank(i.getTarget())).append("，实际完成").append(orBlank(i.getActual()))
                    .append("，").append(i.getStatus().label());
            if (i.isWeightAssigned() || i.getWeight().signum() > 0) {
                sb.append("，得分").append(plain(i.getScore())).append("分（分值").append(plain(i.getWeight())).append("分）");
            }
            sb.append("；");
        }
        sb.setLength(sb.length() - 1);
        return sb.append("。").toString();
    }

    private static String deviation(FormReport checked) {
        StringBuilder sb = new StringBuilder();
        List<Indicator> indicators = checked.getForm().getIndicators();
        List<IndicatorReport> reports = checked.getIndicators();
        for (int k = 0; k < reports.size(); k++) {
            IndicatorReport i = reports.get(k);
            boolean below = i.getScore().compareTo(i.getWeight()) < 0;
            if (!below && i.getStatus() != IndicatorStatus.NOT_MET && i.getStatus() != IndicatorStatus.PARTLY_MET) {
                continue;
            }
            Optional<String> reason = k < indicators.size() ? indicators.get(k).getDeviationReason().map(String::strip).filter(t -> !t.isEmpty())
                    : Optional.empty();
            sb.append(i.getName().strip()).append("：目标").append(orBlank(i.getTarget())).append("，实际完成").append(orBlank(i.getActual()))
                    .append("，得分").append(plain(i.getScore())).append("分（分值").append(plain(i.getWeight())).append("分）；偏差原因：")
                    .append(reason.orElse(fill("偏差原因"))).append("\n");
        }
        checked.getBudget().flatMap(BudgetReport::getRate).filter(r -> r.compareTo(BigDecimal.ONE) < 0)
                .ifPresent(r -> sb.append("预算执行率").append(percent(r)).append("，未全部执行：").append(fill("未执行的原因")).append("\n"));
        return sb.length() == 0 ? "各项指标均已达成，预算全部执行，无偏差。" : sb.toString().strip();
    }

    private static String problems(FormReport checked) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (Diagnostic d : checked.getDiagnostics()) {
            if (d.getSeverity() == Severity.INFO) {
                continue;
            }
            sb.append(n++).append("、").append(d.message(Locale.CHINESE)).append(d.getWhere().isEmpty() ? "" : "（" + d.getWhere() + "）")
                    .append("。\n");
        }
        if (sb.length() > 0) {
            sb.insert(0, "自评表检查发现：\n");
        }
        return sb.append(fill("项目实施和管理中存在的问题")).toString();
    }

    private static String conclusion(FormReport checked) {
        StringBuilder sb = new StringBuilder("经自评，本项目得分").append(plain(checked.getTotals().getScore())).append("分，评价等级为“")
                .append(checked.getGrade().label()).append("”。");
        checked.getTotals().getDeclaredTotal().filter(t -> t.compareTo(checked.getTotals().getScore()) != 0)
                .ifPresent(t -> sb.append("自评表填报的总分为").append(plain(t)).append("分，与各项得分计算不符，请核实。"));
        return sb.toString();
    }

    private static boolean endsSentence(String text) {
        return "。；;.!！?？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static ReportSection section(ReportItem item, String text) {
        return ReportSection.of(item, text);
    }

    private static String fill(String what) {
        return TO_FILL + what + "】";
    }

    private static String orBlank(String s) {
        return s == null || s.isBlank() ? "（未填写）" : s.strip();
    }

    private static String plain(BigDecimal v) {
        return Decimals.normalize(v).toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.normalize(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)).toPlainString() + "%";
    }
}
