package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms of provinces the reader was not tuned on (see {@link ProvinceForms} for the sources) read as published. */
class ProvinceFormsTest {

    private static GridReadResult read(Grid g) {
        GridReadResult read = FormParser.create().parse(g);
        assertThat(Accounting.unaccounted(g, read)).as("every cell accounted for").isEmpty();
        assertThat(read.getUnreadCells()).as("nothing left unread").isEmpty();
        return read;
    }

    private static List<String> codes(GridReadResult read, int form) {
        return read.getForms().get(form).getDiagnostics().stream().map(Diagnostic::getCode).collect(Collectors.toList());
    }

    @Test
    void yunnanTwoRowBandWithTheTargetSplitInThree() {
        GridReadResult read = read(ProvinceForms.yunnanLijiang2020());
        Form form = read.forms().get(0);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getYear()).contains(2020);
        assertThat(form.getSupervisingDepartment()).contains("丽江市自然资源和规划局");
        assertThat(form.getImplementingUnit()).contains("丽江市古城区自然资源局");
        assertThat(form.getIndicators()).extracting(Indicator::getName)
                .containsExactly("卫片执法补助经费", "项目验收合格率", "项目完成及时率", "违法行为责停率", "满意度");
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getTarget().getRaw()).isEqualTo("﹦72890元");
        assertThat(first.getSplitTarget()).hasValueSatisfying(p -> {
            assertThat(p.getOperator()).contains(LabelledText.of("指标性质", "﹦"));
            assertThat(p.getValue()).contains(LabelledText.of("指标值", "72890"));
            assertThat(p.getUnit()).contains(LabelledText.of("度量单位", "元"));
        });
        assertThat(first.getActual().getRaw()).isEqualTo("72890");
        assertThat(first.getWeight()).contains(Figure.parse("10.00"));
        assertThat(first.getDeclaredScore()).contains(Figure.parse("9.00"));
        assertThat(form.getIndicators().get(2).getLevel1Label()).as("merged down over three rows").isEqualTo("产出指标");
        assertThat(form.getIndicators().get(4).getDeclaredScore()).isEmpty();
        BudgetLine total = form.getBudget().orElseThrow().total().orElseThrow();
        assertThat(total.getAdjusted()).contains(Figure.parse("7.29"));
        assertThat(total.getDeclaredRate().orElseThrow().decimal()).isEqualByComparingTo("1");
        assertThat(form.getBudget().orElseThrow().getWeight()).contains(Figure.parse("10.00"));
        assertThat(form.getGoals().orElseThrow().getExpected()).isEqualTo("自然资源卫片执法补助经费");
    }

    @Test
    void sichuanTemplateWithItsInstructionsStillInIt() {
        GridReadResult read = read(ProvinceForms.sichuanQingshen2023());
        Form form = read.forms().get(0);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getYear()).contains(2023);
        assertThat(form.getTitle()).contains("部门预算项目支出绩效自评表(2023年度)");
        assertThat(form.getProjectName()).contains("51000021R000000019951-工资性支出");
        assertThat(form.getImplementingUnit()).as("实施单位 (盖章)").contains("青神县发展和改革局");
        assertThat(form.getGoals().orElseThrow().getExpected()).startsWith("严格执行相关政策");
        assertThat(form.getTextSections()).extracting(TextSection::getKind).containsExactly(SectionKind.CAPTION,
                SectionKind.IMPLEMENTATION, SectionKind.CONCLUSION, SectionKind.PROBLEMS, SectionKind.IMPROVEMENTS);
        assertThat(form.getTextSections().get(0).getText()).isEqualTo("报表编号:510000_0013zp");
        assertThat(form.getBudget().orElseThrow().getLines()).extracting(BudgetLine::getKind).containsExactly(BudgetLineKind.TOTAL,
                BudgetLineKind.FISCAL_FUNDS, BudgetLineKind.SPECIAL_ACCOUNT_FUNDS, BudgetLineKind.UNIT_FUNDS, BudgetLineKind.OTHER_FUNDS);
        assertThat(form.getBudget().orElseThrow().getWeight()).contains(Figure.parse("10"));
        assertThat(form.getBudget().orElseThrow().getDeclaredScore()).isEmpty();
        assertThat(form.getBudget().orElseThrow().total().orElseThrow().getExtras()).singleElement()
                .satisfies(e -> assertThat(e.getLabel()).isEqualTo("原因"));
        assertThat(form.getBudget().orElseThrow().getLines().get(4).getExtras()).extracting(LabelledText::getText).containsExactly("/", "/");
        assertThat(form.getIndicators()).extracting(i -> i.getTarget().getRaw()).containsExactly("=100%", "=100%");
        assertThat(form.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw()).containsExactly("60", "30");
        assertThat(form.getIndicators()).allSatisfy(i -> assertThat(i.getDeclaredScore()).isEmpty());
        assertThat(form.getDeclaredWeightTotal()).contains(Figure.parse("100"));
        assertThat(form.getDeclaredTotal()).isEmpty();
        assertThat(form.getFooter().orElseThrow().getRaw()).contains("项目负责人:  财务负责人:");
    }

    @Test
    void sichuanTwoFormsOneAfterTheOther() {
        GridReadResult read = read(ProvinceForms.sichuanDaying2023());
        assertThat(read.forms()).hasSize(2);
        Form first = read.forms().get(0);
        assertThat(first.getIndicators()).singleElement().satisfies(i -> {
            assertThat(i.getTarget().getRaw()).isEqualTo("≤30万元");
            assertThat(i.getActual().getRaw()).isEqualTo("完成");
        });
        assertThat(first.getDeclaredWeightTotal()).contains(Figure.parse("100"));
        assertThat(first.getTextSections()).extracting(TextSection::getKind)
                .containsExactly(SectionKind.CONCLUSION, SectionKind.PROBLEMS, SectionKind.IMPROVEMENTS);
        assertThat(first.getFooter().orElseThrow().getRaw().orElseThrow()).contains("项目负责人:查小兵").contains("财务负责人:唐勇");
        assertThat(first.getTitle()).as("the page starts inside the first form").isEmpty();
        Form second = read.forms().get(1);
        assertThat(second.getProjectName()).contains("51092324T000010263357-2023年全县安可替代补助资金项目");
        assertThat(second.getGoals().orElseThrow().getAchieved()).isEqualTo("完成");
        assertThat(second.getTextSections()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo(SectionKind.IMPLEMENTATION);
            assertThat(s.getText()).startsWith("2023年购买13台安可电脑");
        });
        assertThat(second.getBudget().orElseThrow().getDeclaredScore()).contains(Figure.parse("10"));
        assertThat(second.getIndicators()).singleElement().satisfies(i -> assertThat(i.getTarget().getRaw()).isEqualTo("=100"));
    }

    @Test
    void sichuanWeightsWithoutScores() {
        GridReadResult read = read(ProvinceForms.sichuanDaying2023Wages());
        Form form = read.forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getName)
                .containsExactly("足额保障率", "科目调整次数", "按时发放率", "结余率(计算方法为:结余数/预算数)");
        assertThat(form.getIndicators()).extracting(Indicator::getLevel2Label).containsExactly("数量指标", "数量指标", "时效指标", "经济效益指标");
        assertThat(form.getIndicators().get(1).getTarget().getRaw()).isEqualTo("≤10次");
        assertThat(form.getIndicators()).allSatisfy(i -> assertThat(i.getWeight()).contains(Figure.parse("22.5")));
        assertThat(form.getFooter().orElseThrow().getPreparer()).isEmpty();
    }

    @Test
    void anhuiZeroTotalOverAmountsAndATemplateRow() {
        GridReadResult read = read(ProvinceForms.anhuiChizhou2022());
        Form form = read.forms().get(0);
        assertThat(form.getYear()).contains(2022);
        assertThat(form.getTextSections()).containsExactly(TextSection.of(SectionKind.CAPTION, "", "附件:"));
        assertThat(form.getSupervisingDepartment()).contains("219-池州市贵池区棠溪镇人民政府");
        List<BudgetLine> lines = form.getBudget().orElseThrow().getLines();
        assertThat(lines).extracting(BudgetLine::getKind).containsExactly(BudgetLineKind.TOTAL,
                BudgetLineKind.CURRENT_YEAR_APPROPRIATION, BudgetLineKind.PRIOR_YEAR_CARRYOVER, BudgetLineKind.OTHER_FUNDS);
        assertThat(lines.get(0).getLabel()).isEqualTo("年度资金总额:");
        assertThat(lines.get(0).getAdjusted()).contains(Figure.parse("0"));
        assertThat(lines.get(1).getExecuted()).contains(Figure.parse("89.974"));
        assertThat(form.getIndicators()).hasSize(9);
        assertThat(form.getIndicators().get(1).getTarget().getRaw()).isEqualTo("≥100百分比");
        assertThat(form.getIndicators().get(0).getLevel1Label()).isEqualTo("产出指标(50分)");
        assertThat(form.getIndicators().get(0).getDeclaredLevel1Weight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("50"));
        assertThat(read.getForms().get(0).getDiagnostics()).filteredOn(d -> d.is(StandardCode.TEMPLATE_ROWS)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("经济效益指标"));
        assertThat(codes(read, 0)).doesNotContain(StandardCode.INCOMPLETE_INDICATOR.name());
    }

    @Test
    void shanghaiAmountsInYuanWithSeparatorsAndDashes() {
        GridReadResult read = read(ProvinceForms.shanghaiPutuo2022());
        Form form = read.forms().get(0);
        assertThat(form.getTitle()).contains("财政项目支出绩效自评表");
        assertThat(form.getYear()).contains(2022);
        assertThat(form.getBudget().orElseThrow().getUnit()).isEqualTo(MoneyUnit.YUAN);
        BudgetLine total = form.getBudget().orElseThrow().total().orElseThrow();
        assertThat(total.getExecuted().orElseThrow().getRaw()).isEqualTo("215,457.6");
        assertThat(total.getExecuted().orElseThrow().decimal()).isEqualByComparingTo("215457.6");
        assertThat(form.getBudget().orElseThrow().getLines().get(1).getDeclaredRate().orElseThrow().getRaw()).isEqualTo("—");
        assertThat(form.getIndicators()).hasSize(5);
        assertThat(form.getIndicators().get(4).getTarget().getRaw()).isEqualTo(">=90%");
        assertThat(form.getDeclaredTotal()).contains(Figure.parse("98.62"));
        assertThat(codes(read, 0)).doesNotContain(StandardCode.UNKNOWN_BUDGET_LINE.name());
    }

    @Test
    void hebeiSlotTemplateFilledInPlace() {
        GridReadResult read = read(ProvinceForms.hebeiLangfang2019());
        Form form = read.forms().get(0);
        assertThat(form.getYear()).as("2019年度) with its bracket lost").contains(2019);
        assertThat(form.getProjectName()).contains("办公宿舍楼、食堂及餐厅暖通改造经费");
        assertThat(form.getIndicators()).extracting(Indicator::getName).as("the slot label stays part of the name as written")
                .containsExactly("指标1工程资金金额", "指标1工程完工率", "指标2工程验收合格率", "指标1项目完成及时率", "指标1成本控制率",
                        "指标1安全率", "指标1学校发展能力", "指标1长期使用性", "指标1学生满意度");
        assertThat(form.getIndicators()).extracting(i -> i.getLevel1().orElseThrow().name())
                .containsExactly("OUTPUT", "OUTPUT", "OUTPUT", "OUTPUT", "OUTPUT", "EFFECT", "EFFECT", "EFFECT", "SATISFACTION");
        assertThat(form.getIndicators().get(7).getLevel2Label()).as("效益指标 printed again over it").isEqualTo("可持续影响\n指标");
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getTarget().getRaw()).isEqualTo("43.2");
        assertThat(first.getActual().getRaw()).isEqualTo("37.24");
        assertThat(first.getDeviationReason()).hasValueSatisfying(r -> assertThat(r).startsWith("已完工"));
        assertThat(form.getIndicators().get(5).getDeviationReason()).as("a 0 in the reason column is kept as filed").contains("0");
        assertThat(form.getGoals().orElseThrow().getExpected()).as("amounts written as the goals").isEqualTo("43.2");
        assertThat(form.getGoals().orElseThrow().getAchieved()).isEqualTo("37.24");
        BudgetLine total = form.getBudget().orElseThrow().total().orElseThrow();
        assertThat(total.getExecuted()).contains(Figure.parse("37.24"));
        assertThat(total.getDeclaredRate().orElseThrow().getRaw()).isEqualTo("86%");
        assertThat(read.getForms().get(0).getDiagnostics()).filteredOn(d -> d.is(StandardCode.TEMPLATE_ROWS)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).startsWith("17行"));
        assertThat(codes(read, 0)).doesNotContain(StandardCode.INCOMPLETE_INDICATOR.name(), StandardCode.UNKNOWN_LEVEL_LABEL.name());
    }

    @Test
    void hainanScoringSheetWithPointsBesideEachLevel() {
        Grid g = ProvinceForms.hainanCommerce();
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.getSkipped()).as("a scoring sheet is a form: names, weights and scores under their levels").isEmpty();
        assertThat(Accounting.unaccounted(g, read)).isEmpty();
        assertThat(read.getUnreadCells()).extracting(u -> u.getPlace().describe()).as("the money filed as label and value pairs: reported")
                .contains("服务贸易项目绩效自评表!A7", "服务贸易项目绩效自评表!G7", "服务贸易项目绩效自评表!F9")
                .allSatisfy(p -> assertThat(Integer.parseInt(p.replaceAll("^.*![A-Z]+", ""))).isBetween(5, 11));
        Form form = read.forms().get(0);
        assertThat(form.getImplementingUnit()).contains("省商务厅服务贸易和商贸服务业处");
        assertThat(form.getIndicators()).hasSize(15);
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getLevel1Label()).isEqualTo("项目决策");
        assertThat(first.getLevel2Label()).isEqualTo("项目目标");
        assertThat(first.getName()).isEqualTo("目标内容");
        assertThat(first.getWeight()).as("the names' own 分值, not the levels'").contains(Figure.parse("4"));
        assertThat(first.getDeclaredScore()).contains(Figure.parse("4"));
        assertThat(form.getIndicators()).allSatisfy(i -> assertThat(i.getTarget().isEmpty()).isTrue());
        assertThat(first.getExtras()).extracting(e -> e.getLabel() + "=" + e.getText()).as("the levels' points, on their first row")
                .containsExactly("一级指标 / 分值=20", "二级指标 / 分值=4");
        assertThat(form.getIndicators().get(2).getExtras()).as("决策程序: under the points of 决策过程 above").isEmpty();
        assertThat(form.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw())
                .containsExactly("4", "3", "5", "2", "6", "3", "2", "7", "3", "1", "9", "5", "4", "3", "3");
        // every level's points agree with the weights under it, but 项目绩效's: the page stops inside it (55 over 15 shown)
        assertThat(read.getForms().get(0).getDiagnostics()).filteredOn(d -> d.is(StandardCode.SUBTOTAL_MISMATCH)).singleElement()
                .satisfies(d -> {
                    assertThat(d.getWhere()).isEqualTo("服务贸易项目绩效自评表!B25");
                    assertThat(d.getMessageZh()).isEqualTo("“项目绩效”的分值为55，其下指标分值合计15");
                });
    }
}
