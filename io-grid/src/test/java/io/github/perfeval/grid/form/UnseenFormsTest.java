package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.Level2;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms from places no test held before ({@link UnseenForms}; sources and what each gave before and after in
 * {@code unseen/README.md}): read as published, and each rule they showed missing checked on another form too.
 */
class UnseenFormsTest {

    private static GridReadResult read(Grid g) {
        GridReadResult read = FormParser.create().parse(g);
        assertThat(Accounting.unaccounted(g, read)).as("every cell accounted for").isEmpty();
        assertThat(read.getUnreadCells()).as("nothing left unread").isEmpty();
        return read;
    }

    private static List<Diagnostic> diagnostics(GridReadResult read) {
        return read.getForms().get(0).getDiagnostics();
    }

    @Test
    void yunnanLincangSchoolFormIsReadWhole() {
        GridReadResult read = read(UnseenForms.yunnanYongde2022());
        Form form = read.forms().get(0);
        assertThat(form.getYear()).contains(2022);
        assertThat(form.getProjectName()).contains("义务教育营养改善计划专项资金");
        assertThat(form.getSupervisingDepartment()).contains("永德县教育体育局");
        assertThat(form.getBudget().orElseThrow().getUnit()).isEqualTo(MoneyUnit.YUAN);
        List<BudgetLine> lines = form.getBudget().orElseThrow().getLines();
        assertThat(lines).extracting(BudgetLine::getKind).containsExactly(BudgetLineKind.TOTAL,
                BudgetLineKind.CURRENT_YEAR_APPROPRIATION, BudgetLineKind.PRIOR_YEAR_CARRYOVER, BudgetLineKind.OTHER_FUNDS);
        assertThat(lines.get(0).getInitial()).as("年初预算数 left blank").isEmpty();
        assertThat(lines.get(0).getExecuted()).contains(Figure.parse("387664.62"));
        assertThat(form.getIndicators()).hasSize(9);
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getTarget().getRaw()).isEqualTo("≧735人次");
        assertThat(first.getSplitTarget()).hasValueSatisfying(p -> assertThat(p.getOperator()).contains(LabelledText.of("指标性质", "≧")));
        assertThat(form.getIndicators().get(3).getTarget().getRaw()).as("═ (U+2550) kept as written").isEqualTo("═100%");
        assertThat(form.getIndicators().get(4).getTarget().getRaw()).as("a qualitative row without an operator").isEqualTo("有效");
        assertThat(form.getDeclaredTotal()).contains(Figure.parse("96"));
        assertThat(form.getDeclaredGrade().map(LabelledText::getText)).contains("优");
        assertThat(form.getTextSections()).extracting(TextSection::getKind).contains(SectionKind.CAPTION, SectionKind.OTHER_MATTERS);
    }

    @Test
    void aTableNumberBesideAFieldIsACaption() {
        // 云南's 公开14表 stands right of 部门:… on the row under the title; it had been a cell not read
        GridReadResult yunnan = read(UnseenForms.yunnanYongde2022());
        assertThat(yunnan.forms().get(0).getTextSections()).contains(TextSection.of(SectionKind.CAPTION, "", "公开14表"));
        assertThat(yunnan.forms().get(0).getHeaderFields()).noneMatch(f -> f.getText().contains("公开14表"));
        // the same on 河北's form, the number written beside its 附件1
        Grid hebei = Relabelled.copy(ProvinceForms.hebeiLangfang2019(), Map.of("I1", "公开03表"));
        GridReadResult other = read(hebei);
        assertThat(other.forms().get(0).getTextSections()).extracting(TextSection::getText).contains("附件1", "公开03表");
        assertThat(Head.isTableNumber("附表3")).isTrue();
        assertThat(Head.isTableNumber("表3-1")).isTrue();
        assertThat(Head.isTableNumber("公开表")).as("no number, no caption by this rule").isFalse();
        assertThat(Head.isTableNumber("98")).isFalse();
    }

    @Test
    void aLevelLabelEndingIn指标等IsTheLevel() {
        Form yunnan = read(UnseenForms.yunnanYongde2022()).forms().get(0);
        assertThat(yunnan.getIndicators().get(7).getLevel2Label()).isEqualTo("服务对象满意度指标等");
        assertThat(yunnan.getIndicators().get(7).getLevel2()).contains(Level2.SERVICE_SATISFACTION);
        Form lijiang = read(Relabelled.copy(ProvinceForms.yunnanLijiang2020(), Map.of("B17", "服务对象满意度指标等"))).forms().get(0);
        assertThat(lijiang.getIndicators().get(4).getLevel2()).contains(Level2.SERVICE_SATISFACTION);
        assertThat(diagnostics(read(UnseenForms.yunnanYongde2022()))).noneMatch(d -> d.is(StandardCode.UNKNOWN_LEVEL_LABEL));
    }

    @Test
    void templateRowsAreListedOnOneLine() {
        assertThat(diagnostics(read(UnseenForms.yunnanYongde2022()))).filteredOn(d -> d.is(StandardCode.TEMPLATE_ROWS)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("第20行：生态效益指标").doesNotContain("\n"));
        assertThat(diagnostics(read(UnseenForms.anhuiXiaoxian2023()))).filteredOn(d -> d.is(StandardCode.TEMPLATE_ROWS)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("生态效益指标").doesNotContain("\n"));
    }

    @Test
    void anhuiXiaoxianFundsAndIndicatorsAsFiled() {
        Form form = read(UnseenForms.anhuiXiaoxian2023()).forms().get(0);
        assertThat(form.getYear()).contains(2023);
        assertThat(form.getImplementingUnit()).contains("张庄寨镇人民政府");
        assertThat(form.getHeaderFields()).contains(LabelledText.of("项目负责人及电话", "李宁0557-5788003"));
        BudgetLine total = form.getBudget().orElseThrow().total().orElseThrow();
        assertThat(total.getAdjusted()).contains(Figure.parse("9.48"));
        assertThat(total.getExecuted()).contains(Figure.parse("9.48"));
        assertThat(form.getBudget().orElseThrow().getWeight()).contains(Figure.parse("10"));
        assertThat(form.getGoals().orElseThrow().getExpected()).startsWith("落实39户");
        Indicator income = form.getIndicators().stream().filter(i -> i.getName().startsWith("特色产业")).findFirst().orElseThrow();
        assertThat(income.getTarget().getRaw()).isEqualTo("≥11.376万元");
        assertThat(income.getWeight()).contains(Figure.parse("20"));
        assertThat(income.getLevel1Label()).isEqualTo("效\n益\n指\n标\n(30分)");
    }

    @Test
    void rowsOfAnIndicatorsPartsAreKeptWithItNotCountedAsIndicators() {
        GridReadResult read = read(UnseenForms.anhuiXiaoxian2023());
        Form form = read.forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("★补助各类瓜果蔬菜种植面积", "★补助鱼塘面积",
                "★补助家畜家禽养殖数量", "种植作物成活率", "养殖家畜家禽成活率", "特色产业带动增加受益农户收入(总收入)", "受益人口数量");
        Indicator vegetables = form.getIndicators().get(0);
        assertThat(vegetables.getWeight()).contains(Figure.parse("20"));
        assertThat(vegetables.getExtras()).extracting(e -> e.getLabel() + "=" + e.getText()).containsExactly(
                "其中桃树种植面积 / 年度指标值=1.5亩", "其中桃树种植面积 / 全年实际值=1.5亩",
                "其中苹果树种植面积 / 年度指标值=5亩", "其中苹果树种植面积 / 全年实际值=5亩",
                "其中露天蔬菜 / 年度指标值=20亩", "其中露天蔬菜 / 全年实际值=20亩",
                "其中大棚蔬菜 / 年度指标值=3亩", "其中大棚蔬菜 / 全年实际值=3亩");
        assertThat(vegetables.getExtras().get(0).getSource().orElseThrow().describe()).isEqualTo("绩效目标自评表!F13");
        assertThat(form.getIndicators().get(2).getExtras()).hasSize(4);
        assertThat(diagnostics(read)).filteredOn(d -> d.is(StandardCode.VALUE_REMARK)).extracting(Diagnostic::getMessageZh)
                .contains("第13、14、15、16行（其中桃树种植面积 其中苹果树种植面积 其中露天蔬菜 其中大棚蔬菜）没有分值和得分、名称以“其中”开头："
                        + "记为上一指标“★补助各类瓜果蔬菜种植面积”的分项（其附加信息），不计为指标");
        // 安徽 池州's form with its 经费支出合规性 written as a part of 委托业务报告合格率 (其中…, no 分值 or 得分): the same
        Grid chizhou = Relabelled.copy(ProvinceForms.anhuiChizhou2022(), Map.of("D16", "其中经费支出合规性", "G16", "", "H16", ""));
        Form other = read(chizhou).forms().get(0);
        assertThat(other.getIndicators()).hasSize(8);
        assertThat(other.getIndicators().get(1).getExtras()).extracting(LabelledText::getText).containsExactly("严格执行相关制度规定", "达成预期指标");
        // with points of its own it is an indicator, whatever its name
        Form weighted = read(Relabelled.copy(ProvinceForms.anhuiChizhou2022(), Map.of("D16", "其中经费支出合规性"))).forms().get(0);
        assertThat(weighted.getIndicators()).hasSize(9);
        assertThat(weighted.getIndicators().get(2).getName()).isEqualTo("其中经费支出合规性");
    }

    @Test
    void aScoringSheetWithEachNamesPointsInItIsAForm() {
        // 湖南 南县: 一级指标 | 二级指标 | 三级指标 | 自评分 | 具体指标 | 评价标准, no 分值 column: it had been "no form found"
        GridReadResult read = read(UnseenForms.hunanNanxian2022());
        assertThat(read.getSkipped()).isEmpty();
        Form form = read.forms().get(0);
        assertThat(form.getYear()).contains(2022);
        assertThat(form.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw()).containsExactly("4", "4", "4", "3", "5");
        assertThat(form.getIndicators()).extracting(i -> i.getDeclaredScore().orElseThrow().getRaw()).containsExactly("4", "4", "4", "3", "5");
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getName()).as("kept as written").isEqualTo("目标\n内容\n(4分)");
        assertThat(first.getWeight().orElseThrow().getSource().orElseThrow().describe()).isEqualTo("附件2!C4");
        assertThat(first.getExtras()).extracting(LabelledText::getLabel).containsExactly("具体指标", "评价标准");
        assertThat(first.getTarget().isEmpty()).isTrue();
        assertThat(diagnostics(read)).noneMatch(d -> d.is(StandardCode.SUBTOTAL_MISMATCH));
        // a second published sheet of the kind, 部门整体支出绩效评价得分表 2017 (https://wanglu.net/thread/t12-491155-4.html,
        // the rows the page prints legibly): 一级指标 | 二级指标 | 三级指标 | 得分
        Grid other = SpannedRows.sheet("得分表")
                .row("一级指标", "二级指标", "三级指标", "得分")
                .row(SpannedRows.s("部门决策(25 分)", 5, 1), SpannedRows.s("目标任务(15 分)", 3, 1), "相关性(5 分)", SpannedRows.n("5"))
                .row("明确性(5 分)", SpannedRows.n("5"))
                .row("合理性(5 分)", SpannedRows.n("5"))
                .row(SpannedRows.s("预算编制(10 分)", 2, 1), "测算依据(5 分)", SpannedRows.n("2"))
                .row("目标管理(5 分)", SpannedRows.n("4"))
                .build();
        Form sheet = read(other).forms().get(0);
        assertThat(sheet.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw()).containsExactly("5", "5", "5", "5", "5");
        assertThat(sheet.getIndicators()).extracting(i -> i.getDeclaredScore().orElseThrow().getRaw()).containsExactly("5", "5", "5", "2", "4");
    }
}
