package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridLimits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form described once and drawn in code in the layout of a province's family, with variations
 * (offsets, blank columns, synonyms, merges drawn differently, numbers as text, prose traps): the
 * grid, and the model that grid must read to. Not a copy of any published form: the figures and names
 * are made up; the layouts follow the families of DOMAIN.md.
 */
final class FormSketch {

    /** How the indicator table's header is drawn. */
    enum Table {
        /** The Ministry's table: one header row, 年度指标值 in one column. */
        MINISTRY,
        /** 云南: a two-row band, 年度指标值 over 指标性质 | 指标值 | 度量单位, the rest merged down. */
        SPLIT_TWO_ROWS,
        /** 四川: one row 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析. */
        SPLIT_ONE_ROW,
        /** No 分值/得分 columns (吉林). */
        NO_SCORES
    }

    /** How the budget block is drawn. */
    enum BudgetStyle { MINISTRY, SICHUAN, YUAN, NONE }

    /** How level labels are drawn. */
    enum Levels { MERGED, FIRST_ROW_ONLY, EVERY_ROW }

    static final class Ind {
        final String l1;
        final String l2;
        final String name;
        final String op;
        final String value;
        final String unit;
        final String actual;
        final String weight;
        final String score;
        final String reason;

        Ind(String l1, String l2, String name, String op, String value, String unit, String actual, String weight, String score,
            String reason) {
            this.l1 = l1;
            this.l2 = l2;
            this.name = name;
            this.op = op;
            this.value = value;
            this.unit = unit;
            this.actual = actual;
            this.weight = weight;
            this.score = score;
            this.reason = reason;
        }

        String target() {
            return (op.equals("定性") ? "" : op) + value + unit;
        }
    }

    Table table = Table.MINISTRY;
    BudgetStyle budgetStyle = BudgetStyle.MINISTRY;
    Levels levels = Levels.MERGED;
    FormKind kind = FormKind.PROJECT;
    int rowOffset;
    int colOffset;
    boolean blankColumn;
    boolean numbersAsText;
    boolean outerColumn = true;
    String caption;
    String title = "2024年度项目支出绩效自评表";
    String totalLabel = "总分";
    boolean totalRow = true;
    String grade;
    boolean gradeColumnLabelled;
    String extraColumn;
    final Map<String, String> synonyms = new HashMap<>();
    final List<String[]> headerFields = new ArrayList<>();
    final List<String[]> sections = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> templateNames = new ArrayList<>();
    String footer = "填表人：王五  填表日期：2025年3月1日  联系电话：0000-0000000  单位负责人：赵六";
    final List<Ind> indicators = new ArrayList<>();
    final Map<String, String> extras = new HashMap<>();
    String budgetTotal = "年度资金总额";
    String[] total = {"120", "118", "116.82", "0.99", "10", "9.9"};
    String[] source = {"其中：当年财政拨款", "120", "118", "116.82", "0.99"};
    String goalExpected = "完成年度培训任务，提升应急处置能力。";
    String goalAchieved = "已完成全部培训，应急处置能力明显提升。";

    /** A project form with four indicators, one of each level, one with a reason that speaks of 单位负责人. */
    static FormSketch project() {
        FormSketch s = new FormSketch();
        s.indicators.add(new Ind("产出指标", "数量指标", "培训场次", "≥", "12", "场", "14场", "20", "20", ""));
        s.indicators.add(new Ind("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "97%", "20", "20", ""));
        s.indicators.add(new Ind("效益指标", "社会效益指标", "应急处置能力", "定性", "提升", "", "提升", "30", "28",
                "已约谈单位负责人，按自评表要求补充材料"));
        s.indicators.add(new Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%", "92%", "20", "20", ""));
        return s;
    }

    FormSketch with(java.util.function.Consumer<FormSketch> change) {
        change.accept(this);
        return this;
    }

    private String word(String standard) {
        return synonyms.getOrDefault(standard, standard);
    }

    private boolean split() {
        return table == Table.SPLIT_ONE_ROW || table == Table.SPLIT_TWO_ROWS;
    }

    private boolean scores() {
        return table != Table.NO_SCORES;
    }

    /** The columns of the indicator table, left to right: what each holds. */
    private List<String> columns() {
        List<String> cols = new ArrayList<>();
        if (outerColumn) {
            cols.add("outer");
        }
        cols.add("l1");
        cols.add("l2");
        cols.add("name");
        if (blankColumn) {
            cols.add("blank");
        }
        if (split()) {
            cols.add("op");
            cols.add("value");
            cols.add("unit");
        } else {
            cols.add("target");
        }
        cols.add("actual");
        if (scores()) {
            cols.add("weight");
            cols.add("score");
        }
        cols.add("reason");
        if (extraColumn != null) {
            cols.add("extra");
        }
        return cols;
    }

    private String header(String col) {
        switch (col) {
            case "outer": return table == Table.SPLIT_ONE_ROW ? "绩效指标(90分)" : word("绩效指标");
            case "l1": return word("一级指标");
            case "l2": return word("二级指标");
            case "name": return word("三级指标");
            case "op": return word("指标性质");
            case "value": return word("指标值");
            case "unit": return word("度量单位");
            case "target": return word("年度指标值");
            case "actual": return table == Table.SPLIT_ONE_ROW ? word("完成值") : word("实际完成值");
            case "weight": return table == Table.SPLIT_ONE_ROW ? word("权重") : word("分值");
            case "score": return word("得分");
            case "reason": return table == Table.SPLIT_ONE_ROW ? word("未完成原因分析") : word("偏差原因分析及改进措施");
            case "extra": return extraColumn;
            default: return "";
        }
    }

    private GridCell figure(String v) {
        if (numbersAsText) {
            return GridCell.text(v);
        }
        try {
            return GridCell.number(new BigDecimal(v));
        } catch (NumberFormatException notANumber) {
            return GridCell.text(v);
        }
    }

    Grid grid() {
        return grid(Grid.sheetBuilder("自评表", GridLimits.defaults()));
    }

    Grid grid(Grid.Builder b) {
        List<String> cols = columns();
        int width = cols.size();
        int r = rowOffset;
        int c0 = colOffset;
        if (caption != null) {
            b.put(r, c0, caption);
            r++;
        }
        b.put(r, c0, title).merge(r, c0, r, c0 + width - 1);
        r++;
        for (String[] f : headerFields) {
            b.put(r, c0, f[0]).put(r, c0 + 1, f[1]).merge(r, c0 + 1, r, c0 + width - 1);
            r++;
        }
        r = budget(b, r, c0, width);
        // goals
        b.put(r, c0, "年度总体目标").put(r, c0 + 1, "预期目标").put(r, c0 + 4, "实际完成情况");
        b.merge(r, c0 + 1, r, c0 + 3).merge(r, c0 + 4, r, c0 + width - 1);
        b.put(r + 1, c0 + 1, goalExpected).put(r + 1, c0 + 4, goalAchieved);
        b.merge(r + 1, c0 + 1, r + 1, c0 + 3).merge(r + 1, c0 + 4, r + 1, c0 + width - 1).merge(r, c0, r + 1, c0);
        r += 2;
        // band
        int bandTop = r;
        if (table == Table.SPLIT_TWO_ROWS) {
            for (int i = 0; i < width; i++) {
                String col = cols.get(i);
                if (col.equals("op")) {
                    b.put(r, c0 + i, word("年度指标值")).merge(r, c0 + i, r, c0 + i + 2);
                    b.put(r + 1, c0 + i, header("op")).put(r + 1, c0 + i + 1, header("value")).put(r + 1, c0 + i + 2, header("unit"));
                    i += 2;
                } else if (col.equals("l1") || col.equals("l2") || col.equals("name")) {
                    b.put(r + 1, c0 + i, header(col));
                } else if (col.equals("outer")) {
                    b.put(r, c0 + i, header(col)).merge(r, c0 + i, r, c0 + i + 3);
                } else if (!col.equals("blank")) {
                    b.put(r, c0 + i, header(col)).merge(r, c0 + i, r + 1, c0 + i);
                }
            }
            if (!outerColumn) {
                b.put(r, c0, word("绩效指标")).merge(r, c0, r, c0 + 2);
            }
            r += 2;
        } else {
            for (int i = 0; i < width; i++) {
                b.put(r, c0 + i, header(cols.get(i)));
            }
            r++;
        }
        int first = r;
        String lastL1 = null;
        String lastL2 = null;
        int l1Start = r;
        int l2Start = r;
        for (Ind ind : indicators) {
            boolean new1 = !ind.l1.equals(lastL1);
            boolean new2 = new1 || !ind.l2.equals(lastL2);
            if (new1) {
                mergeLevel(b, l1Start, r - 1, c0 + cols.indexOf("l1"));
                l1Start = r;
            }
            if (new2) {
                mergeLevel(b, l2Start, r - 1, c0 + cols.indexOf("l2"));
                l2Start = r;
            }
            for (int i = 0; i < width; i++) {
                String col = cols.get(i);
                int c = c0 + i;
                switch (col) {
                    case "l1":
                        if (new1 || levels == Levels.EVERY_ROW) {
                            b.put(r, c, ind.l1);
                        }
                        break;
                    case "l2":
                        if (new2 || levels == Levels.EVERY_ROW) {
                            b.put(r, c, ind.l2);
                        }
                        break;
                    case "name": b.put(r, c, ind.name); break;
                    case "op": b.put(r, c, ind.op); break;
                    case "value": b.put(r, c, figure(ind.value)); break;
                    case "unit": b.put(r, c, ind.unit); break;
                    case "target": b.put(r, c, ind.target()); break;
                    case "actual": b.put(r, c, ind.actual); break;
                    case "weight": b.put(r, c, figure(ind.weight)); break;
                    case "score": b.put(r, c, figure(ind.score)); break;
                    case "reason": b.put(r, c, ind.reason); break;
                    case "extra": b.put(r, c, extras.getOrDefault(ind.name, "")); break;
                    default:
                }
            }
            lastL1 = ind.l1;
            lastL2 = ind.l2;
            r++;
        }
        mergeLevel(b, l1Start, r - 1, c0 + cols.indexOf("l1"));
        mergeLevel(b, l2Start, r - 1, c0 + cols.indexOf("l2"));
        for (String t : templateNames) {
            b.put(r, c0 + cols.indexOf("name"), t);
            r++;
        }
        if (outerColumn && table != Table.SPLIT_TWO_ROWS) {
            b.merge(bandTop, c0, r - 1, c0);
        }
        if (totalRow) {
            int labelEnd = cols.indexOf(scores() ? "weight" : "reason") - 1;
            b.put(r, c0, totalLabel).merge(r, c0, r, c0 + labelEnd);
            if (scores()) {
                b.put(r, c0 + cols.indexOf("weight"), figure(weightTotal()));
                b.put(r, c0 + cols.indexOf("score"), figure(scoreTotal()));
            }
            if (grade != null) {
                b.put(r, c0 + cols.indexOf("reason"), gradeColumnLabelled ? "等级：" + grade : grade);
            }
            r++;
        }
        for (String[] s : sections) {
            b.put(r, c0, s[0]).put(r, c0 + 1, s[1]).merge(r, c0 + 1, r, c0 + width - 1);
            r++;
        }
        for (String n : notes) {
            b.put(r, c0, n).merge(r, c0, r, c0 + width - 1);
            r++;
        }
        if (footer != null) {
            b.put(r, c0, footer).merge(r, c0, r, c0 + width - 1);
        }
        return b.build();
    }

    private void mergeLevel(Grid.Builder b, int from, int to, int c) {
        if (levels == Levels.MERGED && to > from) {
            b.merge(from, c, to, c);
        }
    }

    private int budget(Grid.Builder b, int r, int c0, int width) {
        switch (budgetStyle) {
            case NONE:
                return r;
            case SICHUAN: {
                String[] heads = {"年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"};
                b.put(r, c0, "预算执行情况(10分)");
                for (int i = 0; i < heads.length; i++) {
                    b.put(r, c0 + 1 + i, heads[i]);
                }
                b.put(r + 1, c0 + 1, "总额").put(r + 1, c0 + 2, figure(total[0])).put(r + 1, c0 + 3, figure(total[1]))
                        .put(r + 1, c0 + 4, figure(total[2])).put(r + 1, c0 + 5, "99.00%").put(r + 1, c0 + 6, figure(total[4]))
                        .put(r + 1, c0 + 7, figure(total[5])).put(r + 1, c0 + 8, "预算执行率=预算执行数/调整后预算数");
                b.put(r + 2, c0 + 1, "其中:财政资金").put(r + 2, c0 + 2, figure(total[0])).put(r + 2, c0 + 3, figure(total[1]))
                        .put(r + 2, c0 + 4, figure(total[2])).put(r + 2, c0 + 5, "99.00%").put(r + 2, c0 + 6, "/").put(r + 2, c0 + 7, "/");
                b.put(r + 3, c0 + 1, "财政专户管理资金").put(r + 3, c0 + 2, figure("0.00")).put(r + 3, c0 + 3, figure("0.00"))
                        .put(r + 3, c0 + 4, figure("0.00")).put(r + 3, c0 + 5, "0.00%").put(r + 3, c0 + 6, "/").put(r + 3, c0 + 7, "/");
                b.put(r + 4, c0 + 1, "单位资金").put(r + 4, c0 + 6, "/").put(r + 4, c0 + 7, "/");
                b.merge(r, c0, r + 4, c0);
                return r + 5;
            }
            default: {
                String unitLabel = budgetStyle == BudgetStyle.YUAN ? "项目资金（元）" : "项目资金（万元）";
                String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
                b.put(r, c0, unitLabel);
                for (int i = 0; i < heads.length; i++) {
                    b.put(r, c0 + 3 + i, word(heads[i]));
                }
                b.put(r + 1, c0 + 1, budgetTotal).merge(r + 1, c0 + 1, r + 1, c0 + 2);
                for (int i = 0; i < 3; i++) {
                    b.put(r + 1, c0 + 3 + i, figure(total[i]));
                }
                b.put(r + 1, c0 + 6, figure(total[4])).put(r + 1, c0 + 7, figure(total[3])).put(r + 1, c0 + 8, figure(total[5]));
                b.put(r + 2, c0 + 1, source[0]).merge(r + 2, c0 + 1, r + 2, c0 + 2);
                for (int i = 1; i < 4; i++) {
                    b.put(r + 2, c0 + 2 + i, figure(source[i]));
                }
                b.put(r + 2, c0 + 7, figure(source[4]));
                b.merge(r, c0, r + 2, c0);
                return r + 3;
            }
        }
    }

    private String weightTotal() {
        return "100";
    }

    private String scoreTotal() {
        BigDecimal s = new BigDecimal(budgetStyle == BudgetStyle.NONE ? "0" : total[5]);
        for (Ind i : indicators) {
            s = s.add(new BigDecimal(i.score));
        }
        return s.stripTrailingZeros().toPlainString();
    }

    /** The model the grid must read to (places aside). */
    Form expected() {
        Form.Builder f = Form.builder().kind(kind).title(title).year(2024);
        if (caption != null) {
            f.addTextSections(TextSection.of(SectionKind.CAPTION, "", caption));
        }
        for (String[] h : headerFields) {
            switch (h[0]) {
                case "项目名称": f.projectName(h[1]); break;
                case "主管部门": f.supervisingDepartment(h[1]); break;
                case "实施单位": f.implementingUnit(h[1]); break;
                case "部门名称": case "预算部门名称": f.department(h[1]); break;
                default: f.addHeaderFields(LabelledText.of(h[0], h[1]));
            }
        }
        if (budgetStyle != BudgetStyle.NONE) {
            f.budget(expectedBudget());
        }
        f.goals(Goals.builder().expected(goalExpected).achieved(goalAchieved).build());
        String lastL1 = null;
        String lastL2 = null;
        for (Ind ind : indicators) {
            Indicator.Builder i = Indicator.builder().level1Label(ind.l1).level2Label(ind.l2).name(ind.name)
                    .target(IndicatorValue.parse(ind.target())).actual(IndicatorValue.parse(ind.actual));
            if (split()) {
                SplitTarget.Builder parts = SplitTarget.builder().operator(LabelledText.of(header("op"), ind.op))
                        .value(LabelledText.of(header("value"), ind.value));
                if (!ind.unit.isEmpty()) {
                    parts.unit(LabelledText.of(header("unit"), ind.unit));
                }
                i.splitTarget(parts.build());
            }
            if (scores()) {
                i.weight(Figure.parse(ind.weight)).declaredScore(Figure.parse(ind.score));
            }
            if (!ind.reason.isEmpty()) {
                i.deviationReason(ind.reason);
            }
            if (extraColumn != null && extras.containsKey(ind.name)) {
                i.addExtras(LabelledText.of(extraColumn, extras.get(ind.name)));
            }
            f.addIndicators(i.build());
            lastL1 = ind.l1;
            lastL2 = ind.l2;
        }
        if (totalRow && scores()) {
            f.declaredWeightTotal(Figure.parse(weightTotal())).declaredTotal(Figure.parse(scoreTotal()));
        }
        if (grade != null) {
            f.declaredGrade(LabelledText.of(gradeColumnLabelled ? "等级" : "", grade));
        }
        for (String[] s : sections) {
            f.addTextSections(TextSection.of(sectionKind(s[0]), s[0], s[1]));
        }
        for (String n : notes) {
            f.addTextSections(TextSection.of(SectionKind.NOTE, "", n));
        }
        if (footer != null) {
            f.footer(Footer.parse(footer));
        }
        return f.build();
    }

    private static SectionKind sectionKind(String label) {
        switch (Vocabulary.key(label)) {
            case "评价结论": return SectionKind.CONCLUSION;
            case "存在问题": return SectionKind.PROBLEMS;
            case "改进措施": return SectionKind.IMPROVEMENTS;
            case "其他需要说明事项": return SectionKind.OTHER_MATTERS;
            default: return SectionKind.OTHER;
        }
    }

    private Budget expectedBudget() {
        Budget.Builder b = Budget.builder();
        if (budgetStyle == BudgetStyle.SICHUAN) {
            b.unit(MoneyUnit.WAN_YUAN)
                    .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("总额").initial(Figure.parse(total[0]))
                            .adjusted(Figure.parse(total[1])).executed(Figure.parse(total[2])).declaredRate(Figure.parsePercent("99.00%"))
                            .addExtras(LabelledText.of("原因", "预算执行率=预算执行数/调整后预算数")).build())
                    .addLines(BudgetLine.builder().kind(BudgetLineKind.FISCAL_FUNDS).label("其中:财政资金").initial(Figure.parse(total[0]))
                            .adjusted(Figure.parse(total[1])).executed(Figure.parse(total[2])).declaredRate(Figure.parsePercent("99.00%"))
                            .addExtras(LabelledText.of("权重", "/"), LabelledText.of("得分", "/")).build())
                    .addLines(BudgetLine.builder().kind(BudgetLineKind.SPECIAL_ACCOUNT_FUNDS).label("财政专户管理资金")
                            .initial(Figure.parse("0.00")).adjusted(Figure.parse("0.00")).executed(Figure.parse("0.00"))
                            .declaredRate(Figure.parsePercent("0.00%"))
                            .addExtras(LabelledText.of("权重", "/"), LabelledText.of("得分", "/")).build())
                    .addLines(BudgetLine.builder().kind(BudgetLineKind.UNIT_FUNDS).label("单位资金")
                            .addExtras(LabelledText.of("权重", "/"), LabelledText.of("得分", "/")).build())
                    .weight(Figure.parse(total[4])).declaredScore(Figure.parse(total[5]));
            return b.build();
        }
        b.unit(budgetStyle == BudgetStyle.YUAN ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN)
                .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label(budgetTotal).initial(Figure.parse(total[0]))
                        .adjusted(Figure.parse(total[1])).executed(Figure.parse(total[2])).declaredRate(Figure.parse(total[3])).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label(source[0])
                        .initial(Figure.parse(source[1])).adjusted(Figure.parse(source[2])).executed(Figure.parse(source[3]))
                        .declaredRate(Figure.parse(source[4])).build())
                .weight(Figure.parse(total[4])).declaredScore(Figure.parse(total[5]));
        return b.build();
    }
}
