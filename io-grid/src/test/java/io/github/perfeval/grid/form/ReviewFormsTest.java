package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.github.perfeval.grid.form.SpannedRows.n;
import static io.github.perfeval.grid.form.SpannedRows.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five forms of {@link ReviewForms} (published, rebuilt by a reviewer the reader was not tuned on) and
 * variants drawn here in code: each form is found and read by its structure, a column label the vocabulary
 * does not know is read by its place (and said), and a grid holding no form says what its header lacked.
 */
class ReviewFormsTest {

    private static Form read(Grid g) {
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.getSkipped()).as("a form is found").isEmpty();
        assertThat(Accounting.unaccounted(g, read)).as("every cell accounted for").isEmpty();
        return read.forms().get(0);
    }

    private static List<Diagnostic> diagnostics(Grid g) {
        return FormParser.create().parse(g).getForms().get(0).getDiagnostics();
    }

    private static List<String> names(Form f) {
        return f.getIndicators().stream().map(Indicator::getName).collect(Collectors.toList());
    }

    @Test
    void zhongjiangActualsLabelled全年实际值AreRead() {
        Form f = read(ReviewForms.zhongjiang2022());
        assertThat(f.getIndicators()).hasSize(9);
        Indicator first = f.getIndicators().get(0);
        assertThat(first.getName()).isEqualTo("安装坡面水标尺");
        assertThat(first.getTarget().getRaw()).isEqualTo("≥266米");
        assertThat(first.getActual().getRaw()).isEqualTo("≥266米");
        assertThat(first.getWeight()).contains(Figure.parse("10"));
        assertThat(f.getBudget().orElseThrow().total().orElseThrow().getAdjusted()).contains(Figure.parse("20"));
    }

    @Test
    void commerceTargetsLabelled年初目标值AreRead() {
        Form f = read(ReviewForms.commerce2020());
        assertThat(names(f)).hasSize(8).contains("服务外包在岸（万美元）", "推动企业走出去方面发挥的作用");
        Indicator first = f.getIndicators().get(0);
        assertThat(first.getTarget().getRaw()).isEqualTo("20000");
        assertThat(first.getActual().getRaw()).isEqualTo("23333.56");
        assertThat(first.getDeclaredScore()).contains(Figure.parse("10"));
    }

    @Test
    void chongqingTargetsLabelled年初指标值AndWeightsWithTheirUnitAreRead() {
        Form f = read(ReviewForms.chongqingKxc2021());
        assertThat(f.getIndicators()).hasSize(16);
        Indicator books = f.getIndicators().get(14);
        assertThat(books.getName()).isEqualTo("播发稿件数量");
        assertThat(books.getActual().getRaw()).isEqualTo("2859篇");
        assertThat(books.getWeight()).as("指标权重（分）").contains(Figure.parse("10"));
        assertThat(books.getDeclaredScore()).as("指标得分（分）").contains(Figure.parse("10"));
    }

    @Test
    void hubeiTargetsLabelled年初目标值WithEmptyBracketsAreRead() {
        Form f = read(ReviewForms.hubeiHbeu());
        assertThat(names(f)).contains("国家奖学金人数", "评审程序是否公正");
        Indicator last = f.getIndicators().get(f.getIndicators().size() - 1);
        assertThat(last.getTarget().getRaw()).isEqualTo("是");
        assertThat(last.getActual().getRaw()).isEqualTo("是");
    }

    @Test
    void labelsWithAQualifierOrAUnitNameTheirColumn() {
        Vocabulary v = Vocabulary.standard();
        assertThat(v.columnRoleOf("全年实际值")).contains(Role.ACTUAL);
        assertThat(v.columnRoleOf("本年度实际完成值")).contains(Role.ACTUAL);
        assertThat(v.columnRoleOf("年初目标值（A）")).contains(Role.TARGET);
        assertThat(v.columnRoleOf("调整指标值")).contains(Role.TARGET);
        assertThat(v.columnRoleOf("指标权重（分）")).contains(Role.WEIGHT);
        assertThat(v.columnRoleOf("执行率得分（分）")).contains(Role.SCORE);
        assertThat(v.columnRoleOf("全年（调整）预算数")).contains(Role.ADJUSTED);
        assertThat(v.columnRoleOf("得分系数（%）")).as("a coefficient is not a score").isEmpty();
        assertThat(v.columnRoleOf("责任单位")).as("单位 after a word is not a unit column").isEmpty();
        assertThat(v.columnRoleOf("2021年完成值")).as("a qualifier has no digits").isEmpty();
        assertThat(v.roleOf("年初指标值")).as("fields and sections still need their own label").contains(Role.TARGET);
        assertThat(v.roleOf("部门负责人")).isEmpty();
    }

    /** A table whose actual column carries a label no vocabulary has: 本期实现数 (drawn here, not a published form). */
    private static Grid unknownActualLabel(String label, String actual) {
        return SpannedRows.sheet("自评表")
                .row(s("项目支出绩效自评表", 1, 8))
                .row("项目名称", s("乡村道路养护", 1, 7))
                .row("一级指标", "二级指标", "三级指标", "分值", "年度指标值", label, "得分", "偏差原因分析及改进措施")
                .row(s("产出指标", 2, 1), "数量指标", "养护里程", n("40"), "≥120公里", actual, n("40"), "")
                .row("时效指标", "完工及时率", n("40"), "100%", actual.length() > 30 ? actual : "100%", n("40"), "")
                .row("满意度指标", "服务对象满意度指标", "群众满意度", n("20"), "≥90%", actual.length() > 30 ? actual : "93%", n("20"), "")
                .row(s("总分", 1, 3), n("100"), "", "", n("100"), "")
                .build();
    }

    @Test
    void oneUnknownColumnLabelIsReadByItsPlaceAndSaid() {
        Grid g = unknownActualLabel("本期实现数", "126公里");
        Form f = read(g);
        assertThat(f.getIndicators()).extracting(i -> i.getActual().getRaw()).containsExactly("126公里", "100%", "93%");
        assertThat(diagnostics(g)).filteredOn(d -> d.is(StandardCode.VALUE_REMARK)).singleElement().satisfies(d -> {
            assertThat(d.getWhere()).isEqualTo("自评表!F3");
            assertThat(d.getMessageZh()).contains("本期实现数").contains("实际完成值").contains("推测");
            assertThat(d.getMessageEn()).contains("本期实现数").contains("guess");
        });
    }

    @Test
    void anUnknownTargetLabelLeftOfTheActualIsReadByItsPlace() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "二级指标", "三级指标", "考核标准", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥300人次", "320人次", n("50"), n("50"))
                .row("效益指标", "社会效益指标", "持证上岗率", "≥95%", "96%", n("50"), n("50"))
                .build();
        Form f = read(g);
        assertThat(f.getIndicators()).extracting(i -> i.getTarget().getRaw()).containsExactly("≥300人次", "≥95%");
        assertThat(diagnostics(g)).anySatisfy(d -> assertThat(d.getMessageZh()).contains("考核标准").contains("年度指标值"));
    }

    @Test
    void aColumnOfProseIsNotTakenForTheActualAndTheSkipSaysWhatTheHeaderLacked() {
        String prose = "本年度按计划推进各项工作，养护里程达到年初计划，群众反映良好，下一步将继续加强日常巡查与管护工作。";
        Grid g = unknownActualLabel("情况说明", prose);
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.getForms()).isEmpty();
        Diagnostic why = read.getSkipped().orElseThrow();
        assertThat(why.getWhere()).isEqualTo("自评表!A3");
        assertThat(why.getMessageZh()).contains("工作表“自评表”").contains("第3行").contains("三级指标").contains("年度指标值")
                .contains("缺少实际完成值");
        assertThat(why.getMessageEn()).contains("sheet \"自评表\"").contains("row 3").contains("实际完成值");
    }

    @Test
    void aBudgetRowNamedATotalIsTheTotalAndTheBlocksTitleGivesItsPoints() {
        Form f = read(ReviewForms.commerce2020());
        io.github.perfeval.core.form.Budget b = f.getBudget().orElseThrow();
        assertThat(b.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getKind()).isEqualTo(io.github.perfeval.core.form.BudgetLineKind.TOTAL);
            assertThat(l.getLabel()).isEqualTo("年度财政资金总额");
        });
        assertThat(b.getWeight()).as("预算执行情况（万元）（20分）").contains(Figure.parse("20"));
        assertThat(b.getDeclaredScore()).as("得分（20分*执行率）").contains(Figure.parse("20"));
    }

    @Test
    void aTotalUnderAnotherNameAndPointsInAnotherTitleAreReadAlike() {
        Grid g = SpannedRows.sheet("表")
                .row("预算资金情况（万元）（15分）", "年初预算数", "调整后预算数", "实际支出数", "执行率", "得分")
                .row("项目资金合计", n("80"), n("80"), n("72"), "90%", n("13.5"))
                .row("其中：财政拨款", n("80"), n("80"), n("72"), "90%", "")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥300人次", "320人次", n("85"), n("85"))
                .build();
        Form f = read(g);
        io.github.perfeval.core.form.Budget b = f.getBudget().orElseThrow();
        assertThat(b.getWeight()).contains(Figure.parse("15"));
        assertThat(b.getDeclaredScore()).contains(Figure.parse("13.5"));
        assertThat(b.getLines()).extracting(io.github.perfeval.core.form.BudgetLine::getKind)
                .containsExactly(io.github.perfeval.core.form.BudgetLineKind.TOTAL,
                        io.github.perfeval.core.form.BudgetLineKind.CURRENT_YEAR_APPROPRIATION);
    }

    @Test
    void aBlockWhoseFirstRowNamesATotalWithItsFiguresLeftBlankHasThatTotalUnfilled() {
        // a template's budget block before anyone filled it: the total row names itself, its cells are empty
        Grid g = SpannedRows.sheet("表")
                .row("资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分")
                .row("项目资金合计", "", "", "", "", "")
                .row("其中：财政拨款", "", "", "", "", "")
                .row("其他资金合计", "", "", "", "", "")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥300人次", "320人次", n("85"), n("85"))
                .build();
        io.github.perfeval.core.form.Budget b = read(g).getBudget().orElseThrow();
        assertThat(b.getLines()).extracting(io.github.perfeval.core.form.BudgetLine::getKind)
                .as("only the first row is the total: a later row named 合计 is not taken for it")
                .containsExactly(io.github.perfeval.core.form.BudgetLineKind.TOTAL,
                        io.github.perfeval.core.form.BudgetLineKind.CURRENT_YEAR_APPROPRIATION,
                        io.github.perfeval.core.form.BudgetLineKind.OTHER);
        assertThat(b.total().orElseThrow()).satisfies(t -> {
            assertThat(t.getLabel()).isEqualTo("项目资金合计");
            assertThat(t.getInitial()).isEmpty();
            assertThat(t.getAdjusted()).isEmpty();
            assertThat(t.getExecuted()).isEmpty();
        });
        assertThat(diagnostics(g)).as("the unknown later row is still said")
                .anyMatch(d -> d.is(StandardCode.UNKNOWN_BUDGET_LINE) && d.getMessageZh().contains("其他资金合计"));
    }

    @Test
    void aBlankBlocksFirstRowNamingNoTotalIsNotTakenForOne() {
        Grid g = SpannedRows.sheet("表")
                .row("资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分")
                .row("专项经费", "", "", "", "", "")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥300人次", "320人次", n("85"), n("85"))
                .build();
        assertThat(read(g).getBudget().orElseThrow().getLines()).extracting(io.github.perfeval.core.form.BudgetLine::getKind)
                .containsExactly(io.github.perfeval.core.form.BudgetLineKind.OTHER);
    }

    @Test
    void aBudgetBlocksOnlyRowWithNoLabelIsItsTotalAndSaidSo() {
        Grid g = ReviewForms.chongqingKxc2021();
        Form f = read(g);
        io.github.perfeval.core.form.Budget b = f.getBudget().orElseThrow();
        assertThat(b.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getKind()).isEqualTo(io.github.perfeval.core.form.BudgetLineKind.TOTAL);
            assertThat(l.getDeclaredRate().orElseThrow().decimal()).isEqualByComparingTo("0.76");
        });
        assertThat(b.getWeight()).as("执行率权重").contains(Figure.parse("10"));
        assertThat(b.getDeclaredScore()).as("执行率得分（分）").contains(Figure.parse("7.6"));
        assertThat(diagnostics(g)).anySatisfy(d -> {
            assertThat(d.is(StandardCode.VALUE_REMARK)).isTrue();
            assertThat(d.getMessageZh()).contains("第5行没有行名");
        });
    }

    @Test
    void aScoreCellHoldingOnlyItsUnitIsUnfilledAndSaidOnce() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(s("产出指标", 3, 1), "数量指标", "培训人次", "≥300人次", "320人次", n("50"), "  分")
                .row("质量指标", "合格率", "≥95%", "96%", n("30"), "分")
                .row("时效指标", "完成及时率", "100%", "100%", "分", n("20"))
                .build();
        Form f = read(g);
        assertThat(f.getIndicators()).extracting(i -> i.getDeclaredScore().isPresent()).containsExactly(false, false, true);
        assertThat(f.getIndicators().get(2).getWeight()).isEmpty();
        assertThat(diagnostics(g)).filteredOn(d -> d.getMessageZh().contains("只有单位")).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).startsWith("3个单元格").contains("表!G2").contains("表!F4"));
    }

    @Test
    void aNumberedSlotMarkedNotApplicableIsATemplateRowNotAnIndicator() {
        Grid g = ReviewForms.tianchang2022();
        Form f = read(g);
        assertThat(names(f)).hasSize(9).doesNotContain("指标1：/");
        assertThat(diagnostics(g)).filteredOn(d -> d.is(StandardCode.TEMPLATE_ROWS)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("、31、"));
    }

    @Test
    void aBlankFieldDoesNotTakeTheNextLabelAndTheHeadersTotalIsTheDeclaredTotal() {
        Form f = read(ReviewForms.chongqingKxc2021());
        assertThat(f.getSupervisingDepartment()).as("主管部门 left blank").isEmpty();
        assertThat(f.getHeaderFields()).anySatisfy(h -> {
            assertThat(h.getLabel()).isEqualTo("财政处室");
            assertThat(h.getText()).isEmpty();
        });
        assertThat(f.getDeclaredTotal()).as("自评总分（分） 97.6").contains(Figure.parse("97.6"));
    }

    @Test
    void aUnitColumnBesideTargetsThatCarryTheUnitIsNotWrittenTwiceAndAUnitAloneIsNoTarget() {
        Form f = read(ReviewForms.chongqingKxc2021());
        assertThat(f.getIndicators().get(0).getTarget().getRaw()).isEqualTo("100%");
        assertThat(f.getIndicators().get(14).getTarget().getRaw()).isEqualTo("2200篇");
        Indicator change = f.getIndicators().get(1);
        assertThat(change.getName()).isEqualTo("“三公”经费变动率");
        assertThat(change.getTarget().isEmpty()).as("计量单位 % beside a blank 年初指标值").isTrue();
        assertThat(change.getSplitTarget().orElseThrow().getUnit().orElseThrow().getText()).isEqualTo("%");
    }

    @Test
    void goalsInThreeColumnsKeepEachTextWithItsLabel() {
        Form f = read(ReviewForms.chongqingKxc2021());
        assertThat(f.getGoals().orElseThrow().getExpected()).as("年初绩效目标").isEqualTo("无");
        assertThat(f.getGoals().orElseThrow().getAchieved()).as("全年目标实际完成情况").startsWith("中心2021年较好地完成了履职任务");
        assertThat(f.getHeaderFields()).filteredOn(h -> h.getLabel().equals("全年（调整）绩效目标")).singleElement().satisfies(h -> {
            assertThat(h.getText()).startsWith("通过整合各级各类媒体");
            assertThat(h.getSource().orElseThrow().describe()).isEqualTo("部门整体绩效自评表!E7");
        });
    }

    /** Goals under three sub-headers, one of them unknown to the vocabulary (drawn here, not a published form). */
    private static Grid goalsUnder(String middle, String middleText) {
        return SpannedRows.sheet("表")
                .row(s("项目支出绩效自评表", 1, 7))
                .row(s("年度总体目标", 2, 1), s("预期目标", 1, 2), s(middle, 1, 2), s("实际完成情况", 1, 2))
                .row(s("完成10个村的道路硬化", 1, 2), s(middleText, 1, 2), s("完成9个村，1个村因雨季顺延", 1, 2))
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "硬化村数", "≥10个", "9个", n("90"), n("81"))
                .build();
    }

    @Test
    void aGoalsColumnTheVocabularyDoesNotKnowIsKeptWithItsLabelFilledOrNot() {
        Form f = read(goalsUnder("调整后目标", "完成10个村（年中未调整）"));
        assertThat(f.getGoals().orElseThrow().getExpected()).isEqualTo("完成10个村的道路硬化");
        assertThat(f.getGoals().orElseThrow().getAchieved()).isEqualTo("完成9个村，1个村因雨季顺延");
        assertThat(f.getHeaderFields()).extracting(h -> h.getLabel() + "=" + h.getText()).containsExactly("调整后目标=完成10个村（年中未调整）");
        Form blank = read(goalsUnder("中期目标", ""));
        assertThat(blank.getHeaderFields()).extracting(h -> h.getLabel() + "=" + h.getText()).containsExactly("中期目标=");
        assertThat(blank.getGoals().orElseThrow().getAchieved()).isEqualTo("完成9个村，1个村因雨季顺延");
    }

    @Test
    void aGoalLabelWithItsTextBesideItStaysOneRow() {
        Grid g = SpannedRows.sheet("表")
                .row("年度总体目标", "预期目标", "完成10个村的道路硬化", "实际完成情况", "完成9个村")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "硬化村数", "≥10个", "9个", n("100"), n("90"))
                .build();
        Form f = read(g);
        assertThat(f.getGoals().orElseThrow().getExpected()).isEqualTo("完成10个村的道路硬化");
        assertThat(f.getGoals().orElseThrow().getAchieved()).isEqualTo("完成9个村");
        assertThat(f.getHeaderFields()).isEmpty();
    }

    @Test
    void aLabelBesideAValueBoxLeftBlankIsAFieldLeftBlankAndALoneCaptionStaysACaption() {
        Grid g = SpannedRows.sheet("表")
                .row("附件1")
                .row(s("项目支出绩效自评表", 1, 7))
                .row("联系电话", s("", 1, 6))
                .row("邮编", s("", 1, 6))
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "硬化村数", "≥10个", "10个", n("100"), n("100"))
                .build();
        Form f = read(g);
        assertThat(f.getHeaderFields()).extracting(h -> h.getLabel() + "=" + h.getText()).containsExactly("联系电话=", "邮编=");
        assertThat(f.getTextSections()).extracting(t -> t.getText()).containsExactly("附件1");
    }

    @Test
    void aRowOfAShortUnknownLabelAndOneValueIsAFieldButProseIsNot() {
        Grid g = SpannedRows.sheet("表")
                .row(s("项目支出绩效自评表", 1, 7))
                .row("项目概况", s("为全县12个乡镇配备应急广播终端", 1, 6))
                .row("评价机构", s("县财政局绩效评价小组", 1, 6))
                .row("联系电话", s("0730-8888888", 1, 6))
                .row("实施地点", s("全县", 1, 6))
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "配备乡镇数", "≥12个", "12个", n("100"), n("100"))
                .build();
        Form f = read(g);
        assertThat(f.getHeaderFields()).extracting(h -> h.getLabel() + "=" + h.getText())
                .containsExactly("项目概况=为全县12个乡镇配备应急广播终端", "评价机构=县财政局绩效评价小组", "联系电话=0730-8888888", "实施地点=全县");
        assertThat(f.getHeaderFields().get(0).getSource().orElseThrow().getCell()).contains("B2");

        Grid prose = SpannedRows.sheet("表")
                .row(s("项目支出绩效自评表", 1, 7))
                .row("本表金额单位为万元，由项目单位填报", s("县财政局审核", 1, 6))
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "配备乡镇数", "≥12个", "12个", n("100"), n("100"))
                .build();
        assertThat(FormParser.create().parse(prose).forms().get(0).getHeaderFields()).as("a sentence is no label").isEmpty();
    }

    /** 重庆's department table with its 调整指标值 filled (drawn here: the published form left it blank). */
    static Grid adjustedTargets(String unitHeader) {
        return SpannedRows.sheet("表")
                .row("指标名称", unitHeader, "年初指标值", "调整指标值", "全年完成值", "指标权重（分）", "指标得分（分）")
                .row("播发稿件数量", "篇", "2200篇", "2600篇", "2500篇", n("50"), n("48"))
                .row("业务保障能力提升", "%", "90%", "", "95%", n("30"), n("30"))
                .row("信息公开及时率", "%", "100%", "100%", "100%", n("20"), n("20"))
                .build();
    }

    @Test
    void aTargetAdjustedDuringTheYearIsTheTargetAndTheFirstIsKept() {
        Grid g = adjustedTargets("计量单位");
        Form f = read(g);
        Indicator books = f.getIndicators().get(0);
        assertThat(books.getTarget().getRaw()).isEqualTo("2600篇");
        assertThat(books.getSplitTarget().orElseThrow().getValue().orElseThrow()).isEqualTo(LabelledText.of("调整指标值", "2600篇"));
        assertThat(books.getExtras()).containsExactly(LabelledText.of("年初指标值", "2200篇"));
        Indicator kept = f.getIndicators().get(1);
        assertThat(kept.getTarget().getRaw()).as("nothing adjusted: the first target").isEqualTo("90%");
        assertThat(kept.getExtras()).isEmpty();
        assertThat(f.getIndicators().get(2).getExtras()).as("the same target twice: the first is kept as filed")
                .containsExactly(LabelledText.of("年初指标值", "100%"));
        assertThat(diagnostics(g)).filteredOn(d -> d.is(StandardCode.VALUE_REMARK)).singleElement().satisfies(d -> {
            assertThat(d.getWhere()).isEqualTo("表!D2");
            assertThat(d.getMessageZh()).isEqualTo("“播发稿件数量”填有年初指标值“2200篇”和调整指标值“2600篇”，按调整指标值评分");
        });
    }

    @Test
    void anAdjustedTargetInAColumnOfItsOwnWithNoUnitColumnAndAnAdjustedLabelAlone() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "调整后指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥300人次", "≥250人次", "260人次", n("100"), n("100"))
                .build();
        Indicator i = read(g).getIndicators().get(0);
        assertThat(i.getTarget().getRaw()).isEqualTo("≥250人次");
        assertThat(i.getExtras()).containsExactly(LabelledText.of("年度指标值", "≥300人次"));
        Grid alone = SpannedRows.sheet("表")
                .row("一级指标", "二级指标", "三级指标", "调整后指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥250人次", "260人次", n("100"), n("100"))
                .build();
        Indicator only = read(alone).getIndicators().get(0);
        assertThat(only.getTarget().getRaw()).isEqualTo("≥250人次");
        assertThat(only.getExtras()).isEmpty();
    }
}
