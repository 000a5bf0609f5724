package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every layout family of DOMAIN.md, drawn in code with variations, reads to the model the sketch
 * states, with every cell accounted for. The sketches are not copies of published forms: names and
 * figures are made up, the layouts follow the families.
 */
class LayoutFamiliesTest {

    private static Arguments layout(String name, Consumer<FormSketch> change) {
        return Arguments.of(name, FormSketch.project().with(change));
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                // the Ministry's table
                layout("ministry", s -> { }),
                layout("ministry, offset 3 rows and 2 columns", s -> { s.rowOffset = 3; s.colOffset = 2; }),
                layout("ministry, a blank column after the names", s -> s.blankColumn = true),
                layout("ministry, numbers as text", s -> s.numbersAsText = true),
                layout("ministry, level labels on the first row only, not merged", s -> s.levels = FormSketch.Levels.FIRST_ROW_ONLY),
                layout("ministry, level labels on every row", s -> s.levels = FormSketch.Levels.EVERY_ROW),
                layout("ministry, no outer 绩效指标 column", s -> s.outerColumn = false),
                layout("ministry, a caption above the title", s -> s.caption = "附件3"),
                layout("ministry, header fields", s -> {
                    s.headerFields.add(new String[] {"项目名称", "应急培训项目"});
                    s.headerFields.add(new String[] {"主管部门", "市应急管理局"});
                    s.headerFields.add(new String[] {"实施单位", "市应急救援中心"});
                }),
                layout("ministry, header fields the model has no attribute for", s -> {
                    s.headerFields.add(new String[] {"项目名称", "应急培训项目"});
                    s.headerFields.add(new String[] {"联系人", "李四"});
                    s.headerFields.add(new String[] {"资金用途", "培训教材与场地"});
                }),
                layout("ministry, synonyms 目标值 / 完成值 / 权重 / 偏差原因", s -> {
                    s.synonyms.put("年度指标值", "目标值");
                    s.synonyms.put("实际完成值", "完成值");
                    s.synonyms.put("分值", "权重");
                    s.synonyms.put("偏差原因分析及改进措施", "偏差原因");
                }),
                layout("ministry, headers with line breaks, spaces and notes in brackets", s -> {
                    s.synonyms.put("一级指标", "一级\n指标");
                    s.synonyms.put("二级指标", "二级指 标");
                    s.synonyms.put("三级指标", "三级指标\u3000");
                    s.synonyms.put("全年执行数", "全年执行数（B）");
                    s.synonyms.put("执行率", "执行率（B/A）");
                    s.synonyms.put("分值", "权重（%）");
                }),
                layout("ministry, 未完成原因分析 and 绩效指标(90分)", s -> {
                    s.synonyms.put("偏差原因分析及改进措施", "未完成原因分析");
                    s.synonyms.put("绩效指标", "绩效指标(90分)");
                }),
                layout("ministry, an extra column 评分标准", s -> {
                    s.extraColumn = "评分标准";
                    s.extras.put("培训场次", "每少1场扣2分");
                    s.extras.put("参训人员满意度", "低于90%按比例扣分");
                }),
                layout("ministry, 合计 as the total", s -> s.totalLabel = "合计"),
                layout("ministry, 合计 with a declared grade beside it", s -> { s.totalLabel = "合计"; s.grade = "优"; }),
                layout("ministry, total with 等级：优", s -> { s.grade = "优"; s.gradeColumnLabelled = true; }),
                layout("ministry, no total row", s -> s.totalRow = false),
                layout("ministry, sections after the total", s -> {
                    s.sections.add(new String[] {"评价结论", "项目完成较好，自评得分98分。"});
                    s.sections.add(new String[] {"存在问题", "部分培训安排偏紧。"});
                    s.sections.add(new String[] {"改进措施", "提前制定培训计划。"});
                }),
                layout("ministry, 其他需要说明事项 and a note", s -> {
                    s.sections.add(new String[] {"其他需要说明事项", "无"});
                    s.notes.add("备注：本表金额单位为万元。");
                }),
                layout("ministry, a note without a label under the table", s -> s.notes.add("本表由单位财务部门填报，经单位负责人审核。")),
                layout("ministry, footer of 项目负责人 and 财务负责人", s -> s.footer = "项目负责人：张三  财务负责人：李四"),
                layout("ministry, no footer", s -> s.footer = null),
                layout("ministry, a department form", s -> {
                    s.kind = FormKind.DEPARTMENT;
                    s.title = "2024年度部门整体支出绩效自评表";
                    s.headerFields.add(new String[] {"部门名称", "市应急管理局"});
                }),
                layout("ministry, 合计完成率 as a level-3 name", s -> s.indicators.set(0, new FormSketch.Ind("产出指标", "数量指标",
                        "合计完成率", "≥", "95", "%", "96%", "20", "20", ""))),
                layout("ministry, a name that starts with 单位负责人", s -> s.indicators.set(1, new FormSketch.Ind("产出指标", "质量指标",
                        "单位负责人约谈次数", "≥", "2", "次", "3次", "20", "20", ""))),
                layout("ministry, a reason that names the next form's title", s -> s.indicators.set(3, new FormSketch.Ind("满意度指标",
                        "服务对象满意度指标", "参训人员满意度", "≥", "90", "%", "89%", "20", "19", "详见2025年度项目支出绩效自评表"))),
                layout("ministry, budget in 元", s -> {
                    s.budgetStyle = FormSketch.BudgetStyle.YUAN;
                    s.total = new String[] {"1200000", "1180000", "1168200", "0.99", "10", "9.9"};
                    s.source = new String[] {"其中：本年财政拨款", "1200000", "1180000", "1168200", "0.99"};
                }),
                layout("ministry, 年度资金总额: with a colon", s -> s.budgetTotal = "年度资金总额："),
                layout("ministry, no budget block", s -> s.budgetStyle = FormSketch.BudgetStyle.NONE),
                // 云南: a two-row band with the target split
                layout("yunnan", s -> { s.table = FormSketch.Table.SPLIT_TWO_ROWS; s.outerColumn = false; }),
                layout("yunnan, numbers as text", s -> {
                    s.table = FormSketch.Table.SPLIT_TWO_ROWS;
                    s.outerColumn = false;
                    s.numbersAsText = true;
                }),
                layout("yunnan, offset and a blank column", s -> {
                    s.table = FormSketch.Table.SPLIT_TWO_ROWS;
                    s.outerColumn = false;
                    s.rowOffset = 2;
                    s.colOffset = 1;
                    s.blankColumn = true;
                }),
                layout("yunnan, 计量单位 for 度量单位", s -> {
                    s.table = FormSketch.Table.SPLIT_TWO_ROWS;
                    s.outerColumn = false;
                    s.synonyms.put("度量单位", "计量单位");
                }),
                layout("yunnan, level labels on every row", s -> {
                    s.table = FormSketch.Table.SPLIT_TWO_ROWS;
                    s.outerColumn = false;
                    s.levels = FormSketch.Levels.EVERY_ROW;
                }),
                // 四川: one-row band with the target split, the 一体化 budget block, 合计 and a grade
                layout("sichuan", s -> {
                    s.table = FormSketch.Table.SPLIT_ONE_ROW;
                    s.budgetStyle = FormSketch.BudgetStyle.SICHUAN;
                    s.title = "部门预算项目支出绩效自评表(2024年度)";
                    s.totalLabel = "合计";
                    s.grade = "优";
                    s.sections.add(new String[] {"评价结论", "项目按计划完成。"});
                    s.sections.add(new String[] {"存在问题", "无"});
                    s.sections.add(new String[] {"改进措施", "无"});
                    s.footer = "项目负责人：张三  财务负责人：李四";
                }),
                layout("sichuan, numbers as text, offset", s -> {
                    s.table = FormSketch.Table.SPLIT_ONE_ROW;
                    s.budgetStyle = FormSketch.BudgetStyle.SICHUAN;
                    s.title = "部门预算项目支出绩效自评表(2024年度)";
                    s.numbersAsText = true;
                    s.rowOffset = 1;
                    s.colOffset = 3;
                }),
                layout("sichuan, level labels not merged", s -> {
                    s.table = FormSketch.Table.SPLIT_ONE_ROW;
                    s.budgetStyle = FormSketch.BudgetStyle.SICHUAN;
                    s.title = "部门预算项目支出绩效自评表(2024年度)";
                    s.levels = FormSketch.Levels.FIRST_ROW_ONLY;
                }),
                // 吉林: no 分值/得分
                layout("no scores", s -> { s.table = FormSketch.Table.NO_SCORES; s.totalRow = false; }),
                layout("no scores, 目标值 / 完成值, numbers as text", s -> {
                    s.table = FormSketch.Table.NO_SCORES;
                    s.totalRow = false;
                    s.numbersAsText = true;
                    s.synonyms.put("年度指标值", "目标值");
                    s.synonyms.put("实际完成值", "完成值");
                }),
                layout("no scores, a blank column, offset", s -> {
                    s.table = FormSketch.Table.NO_SCORES;
                    s.totalRow = false;
                    s.blankColumn = true;
                    s.rowOffset = 5;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsToTheModelTheSketchStates(String name, FormSketch sketch) {
        Grid grid = sketch.grid();
        GridReadResult read = FormParser.create().parse(grid);
        assertThat(read.forms()).as(name).hasSize(1);
        Form form = read.forms().get(0);
        assertThat(form).as(name).isEqualTo(sketch.expected());
        assertThat(read.getUnreadCells()).as(name + ": unread").isEmpty();
        assertThat(read.getForms().get(0).getDiagnostics()).extracting(Diagnostic::getCode).as(name)
                .doesNotContain(StandardCode.CELLS_NOT_READ.name(), StandardCode.TEMPLATE_ROWS.name(), StandardCode.UNKNOWN_BUDGET_LINE.name());
        assertThat(Accounting.unaccounted(grid, read)).as(name + ": accounted").isEmpty();
    }

    @ParameterizedTest(name = "{0}, in a document table")
    @MethodSource("layouts")
    void readsTheSameFromADocumentTable(String name, FormSketch sketch) {
        Grid table = sketch.grid(Grid.tableBuilder(2, "上文", GridLimits.defaults()));
        GridReadResult read = FormParser.create().parse(table);
        assertThat(read.forms()).as(name).hasSize(1);
        assertThat(read.forms().get(0)).as(name).isEqualTo(sketch.expected());
        assertThat(Accounting.unaccounted(table, read)).as(name).isEmpty();
    }
}
