package io.github.perfeval.testkit;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;

/**
 * Writes a form in a few lines, for tests. Level labels carry over from the previous indicator, as on
 * a form with merged cells.
 *
 * <pre>{@code
 * Form form = FormBuilder.project("视频会议系统运维", 2024).unit("柳河县应急管理局")
 *         .budget("57.04", "56.96", 10, "9.99")
 *         .level1("产出指标").level2("数量指标")
 *         .indicator("会商会次数", "≥9次", "11次", 45, "45")
 *         .level1("满意度指标").level2("服务对象满意度指标")
 *         .indicator("群众满意度", "≥90%", "95%", 45, "45")
 *         .declaredTotal("99.99")
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; build one form per builder.
 */
public final class FormBuilder {

    private final Form.Builder form;
    private String level1 = "产出指标";
    private String level2 = "数量指标";

    private FormBuilder(FormKind kind) {
        this.form = Form.builder().kind(kind);
    }

    /** A project form (项目支出). */
    public static FormBuilder project(String projectName, int year) {
        FormBuilder b = new FormBuilder(FormKind.PROJECT);
        b.form.projectName(projectName).year(year).title("项目支出绩效自评表");
        return b;
    }

    /** A department form (部门整体支出). */
    public static FormBuilder department(String department, int year) {
        FormBuilder b = new FormBuilder(FormKind.DEPARTMENT);
        b.form.department(department).year(year).title(year + "年度部门整体支出绩效自评表");
        return b;
    }

    /** The implementing unit (实施单位). */
    public FormBuilder unit(String implementingUnit) {
        form.implementingUnit(implementingUnit);
        return this;
    }

    /**
     * The budget block's total row (in 万元) with its weight and declared score.
     *
     * @param adjusted 全年预算数
     * @param executed 全年执行数
     * @param weight 分值
     * @param declaredScore 得分, or null
     * @return this builder
     */
    public FormBuilder budget(String adjusted, String executed, int weight, String declaredScore) {
        var b = Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                .adjusted(Figure.parse(adjusted)).executed(Figure.parse(executed)).build()).weight(Figure.of(weight));
        if (declaredScore != null) {
            b.declaredScore(Figure.parse(declaredScore));
        }
        form.budget(b.build());
        return this;
    }

    /** The level-1 label of the indicators that follow. */
    public FormBuilder level1(String label) {
        this.level1 = label;
        return this;
    }

    /** The level-2 label of the indicators that follow. */
    public FormBuilder level2(String label) {
        this.level2 = label;
        return this;
    }

    /** An indicator with weight and declared score (declared may be null). */
    public FormBuilder indicator(String name, String target, String actual, int weight, String declaredScore) {
        return indicator(name, target, actual, weight, declaredScore, null);
    }

    /** An indicator with weight, declared score (may be null) and deviation reason (may be null). */
    public FormBuilder indicator(String name, String target, String actual, int weight, String declaredScore, String reason) {
        Indicator.Builder b = Indicator.builder().level1Label(level1).level2Label(level2).name(name)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(weight));
        if (declaredScore != null) {
            b.declaredScore(Figure.parse(declaredScore));
        }
        if (reason != null) {
            b.deviationReason(reason);
        }
        form.addIndicators(b.build());
        return this;
    }

    /** An indicator with no weight and no score (as on forms without those columns). */
    public FormBuilder indicator(String name, String target, String actual) {
        form.addIndicators(Indicator.builder().level1Label(level1).level2Label(level2).name(name)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build());
        return this;
    }

    /** The 总分 row's declared total (and 100 as its weight). */
    public FormBuilder declaredTotal(String total) {
        form.declaredTotal(Figure.parse(total)).declaredWeightTotal(Figure.of(100));
        return this;
    }

    /** The form. */
    public Form build() {
        return form.build();
    }
}
