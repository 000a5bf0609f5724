package io.github.perfeval.word;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedReports;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.PartReport.Outcome;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms in Word documents: merges, breaks, paragraphs, nested tables, continued tables, several forms. */
class WordFormReaderTest {

    private static final WordFormReader READER = WordFormReader.create();

    /** A project form as a unit types it into Word. */
    static String[][] project() {
        return new String[][] {
            {"项目支出绩效自评表", "<", "<", "<", "<", "<", "<", "<"},
            {"项目名称", "森林防火宣传", "<", "<", "<", "<", "<", "<"},
            {"实施单位", "市应急管理局", "<", "<", "<", "<", "<", "<"},
            {"项目资金¶（万元）", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
            {"", "年度资金总额", "20", "20", "19", "10", "95%", "9.5"},
            {"年度总体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"},
            {"^", "1. 开展宣传20次；¶2. 群众满意。", "<", "<", "开展宣传22次", "<", "<", "<"},
            {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"^", "产出指标\n（50分）", "数量指标", "宣传次数", "≥20次", "22次", "25", "25"},
            {"^", "^", "时效指标", "完成时间", "≤12月", "11月", "25", "25"},
            {"^", "效益指标", "社会效益指标", "群众防火意识", "提升", "提升", "30", "28"},
            {"^", "满意度　指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10"},
            {"总分", "<", "<", "<", "<", "<", "100", "97.5"},
        };
    }

    static String[][] rows(String[][] table, int from, int to) {
        return Arrays.copyOfRange(table, from, to);
    }

    @Test
    void aFormWithGridSpanVMergeBreaksAndParagraphsReads() {
        FileReadResult read = READER.read(WordSketch.create().paragraph("附件2").table(project()).stream(), "自评表.docx");
        assertThat(read.getFile()).isEqualTo("自评表.docx");
        assertThat(read.getForms()).hasSize(1);
        Form form = read.forms().get(0);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getTitle()).contains("项目支出绩效自评表");
        assertThat(form.getProjectName()).contains("森林防火宣传");
        assertThat(form.getImplementingUnit()).contains("市应急管理局");
        assertThat(form.getBudget().orElseThrow().total().orElseThrow().getAdjusted()).contains(Figure.of("20"));
        assertThat(form.getBudget().orElseThrow().getDeclaredScore()).contains(Figure.of("9.5"));
        assertThat(form.getGoals().orElseThrow().getExpected()).as("two paragraphs").isEqualTo("1. 开展宣传20次；\n2. 群众满意。");
        assertThat(form.getGoals().orElseThrow().getAchieved()).isEqualTo("开展宣传22次");
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "完成时间", "群众防火意识", "群众满意度");
        Indicator second = form.getIndicators().get(1);
        assertThat(second.getLevel1Label()).as("vMerge, and a line break in the cell").isEqualTo("产出指标\n（50分）");
        assertThat(second.getDeclaredLevel1Weight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("50"));
        assertThat(second.getSource()).contains(Location.tableCell(1, 10, 4).withContext("附件2"));
        assertThat(form.getIndicators().get(3).getLevel1()).contains(Level1.SATISFACTION);
        assertThat(form.getDeclaredTotal()).contains(Figure.of("97.5"));
        assertThat(form.getDeclaredTotal().orElseThrow().getSource()).as("gridSpan 6 puts 97.5 in grid column 8")
                .contains(Location.tableCell(1, 13, 8).withContext("附件2"));
        assertThat(read.getParts()).singleElement().satisfies(p -> {
            assertThat(p.getOutcome()).isEqualTo(Outcome.FORMS);
            assertThat(p.describe(true)).isEqualTo("表格1（13行×8列）：读取为自评表1份");
        });
    }

    @Test
    void rowsStartingLaterAndTabsKeepTheirColumns() {
        WordSketch sketch = WordSketch.create().table(new String[][] {
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "检查企业", "≥100家", "120家", "50", "50"},
            {"效益指标", "社会效益指标", "事故起数", "≤2起", "1起", "50", "50"},
            {"总分", "100", "100"},
        });
        XWPFTableRow total = sketch.document().getTables().get(0).getRow(3);
        total.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(4));
        total.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.ONE);
        Form form = READER.read(sketch.stream(), "d.docx").forms().get(0);
        assertThat(form.getDeclaredWeightTotal()).as("gridBefore 4 moves 总分 to column 5: not a total label before the targets")
                .isEmpty();

        WordSketch tabs = WordSketch.create().table(new String[][] {
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "检查\t企业", "≥100家", "120家", "50", "50"},
        });
        assertThat(READER.read(tabs.stream(), "t.docx").forms().get(0).getIndicators().get(0).getName()).isEqualTo("检查\t企业");
    }

    @Test
    void aDisclosureWithProseOtherTablesAContinuedFormAndASecondForm() {
        String[][] form = project();
        WordSketch doc = WordSketch.create()
                .paragraph("某某局2024年度部门决算公开")
                .paragraph("第一部分 部门概况。本部门主要职责是负责全市应急管理工作……")
                .paragraph("收入支出决算总表")
                .table(new String[][] {{"收入", "<", "支出", "<"}, {"项目", "决算数", "项目", "决算数"},
                    {"一般公共预算财政拨款收入", "4,754.76", "一般公共服务支出", "120.50"}})
                .paragraph("第三部分 绩效自评情况")
                .table(rows(form, 0, 10))
                .pageBreak()
                .paragraph("")
                .paragraph("续表")
                .table(new String[][] {form[7], {"", "效益指标", "社会效益指标", "群众防火意识", "提升", "提升", "30", "28"},
                    {"^", "满意度　指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10"}, form[12]})
                .paragraph("附件3：2024年度部门整体支出绩效自评表")
                .paragraph("预算单位名称：某某局\t\t单位：万元")
                .table(new String[][] {
                    {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                    {"产出指标", "数量指标", "检查企业", "≥100家", "120家", "50", "50"},
                    {"总分", "<", "<", "<", "<", "50", "50"}})
                .paragraph("填表人：张三");
        FileReadResult read = READER.read(doc.stream(), "决算公开.docx");
        FileReadResult whole = READER.read(WordSketch.create().table(project()).stream(), "x.docx");
        assertThat(read.forms()).hasSize(2);
        assertThat(read.forms().get(0)).as("joined over the page break, the repeated header left out").isEqualTo(whole.forms().get(0));
        assertThat(read.forms().get(0).getIndicators().get(3).getSource())
                .contains(Location.tableCell(3, 3, 4).withContext("第三部分 绩效自评情况"));
        Form department = read.forms().get(1);
        assertThat(department.getKind()).isEqualTo(FormKind.DEPARTMENT);
        assertThat(department.getTitle()).contains("附件3：2024年度部门整体支出绩效自评表");
        assertThat(department.getYear()).contains(2024);
        assertThat(department.getDepartment()).contains("某某局");
        assertThat(read.getParts()).extracting(PartReport::getOutcome)
                .containsExactly(Outcome.SKIPPED, Outcome.FORMS, Outcome.CONTINUATION, Outcome.FORMS);
        assertThat(read.getParts().get(2).getReason().orElseThrow().getMessageZh())
                .isEqualTo("表格3紧接表格2且列数相同，接续表格2的自评表（跨页续表），已合并读取；其开头1行重复表头，已略过");
        assertThat(read.getDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.is(StandardCode.TABLE_SKIPPED)).isTrue();
            assertThat(d.getWhere()).isEqualTo("table 1");
            assertThat(d.getMessageZh()).isEqualTo("表格1（3行×4列）中没有自评表（未找到三级指标、年度指标值、实际完成值表头），也没有基础数据表，已跳过；"
                    + "首行为“收入 | 支出”；表格上方文字：“收入支出决算总表”");
        });
    }

    @Test
    void aFormNestedInALayoutTableIsReadWithTheTextBeforeIt() {
        FileReadResult read = READER.read(WordSketch.create().tableInTable("2024年度项目支出绩效自评表", project()).stream(), "n.docx");
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.SKIPPED, Outcome.FORMS);
        assertThat(read.getParts().get(1).getPlace()).isEqualTo(Location.table(2).withContext("2024年度项目支出绩效自评表"));
        assertThat(read.forms().get(0).getYear()).as("from the text before it in its cell").contains(2024);
        assertThat(read.getParts().get(0).getReason().orElseThrow().getMessageEn())
                .contains("it holds table(s) 2 in its cells, of which 2 read as forms");
    }

    @Test
    void theYongzhouReportIsReadAsTheReportItPublishesFieldByField() throws Exception {
        FileReadResult read;
        try (InputStream in = getClass().getResourceAsStream("yongzhou-2021-nontax-report.docx")) {
            read = READER.read(in, "yongzhou-2021-nontax-report.docx");
        }
        assertThat(read.forms()).isEmpty();
        assertThat(read.getParts()).singleElement().satisfies(p -> {
            assertThat(p.getOutcome()).isEqualTo(Outcome.REPORT);
            assertThat(p.getPlace()).isEqualTo(Location.table(1).withContext("2021年度项目支出绩效自评报告"));
            assertThat(p.getRows()).isEqualTo(9);
            assertThat(p.getColumns()).isEqualTo(3);
            assertThat(p.describe(true)).isEqualTo("表格1（9行×3列）：读取为自评报告1份");
        });
        assertThat(read.getReports()).singleElement().satisfies(r -> {
            assertThat(r.getDiagnostics()).isEmpty();
            SelfEvaluationReport report = r.getValue();
            SelfEvaluationReport published = PublishedReports.yongzhou2021();
            assertThat(report.getTitle()).contains("2021年度项目支出绩效自评报告");
            assertThat(report.getYear()).contains(2021);
            assertThat(report.projectName()).contains("非税收入");
            assertThat(report.department()).contains("永州市应急管理局");
            assertThat(report.purpose()).isEqualTo(published.purpose());
            assertThat(report.budget()).contains(Money.of(new BigDecimal("54"), MoneyUnit.WAN_YUAN));
            assertThat(report.getBudgetAmount().orElseThrow().getRaw()).isEqualTo("54万元");
            assertThat(report.getBudgetAmount().orElseThrow().getSource()).contains(Location.tableCell(1, 2, 3)
                    .withContext("2021年度项目支出绩效自评报告"));
            assertThat(report.section(ReportItem.ACHIEVEMENT).orElseThrow().getSource()).contains(Location.tableCell(1, 6, 3)
                    .withContext("2021年度项目支出绩效自评报告"));
            for (int i = 0; i < published.getSections().size(); i++) {
                assertThat(report.getSections().get(i)).as("section %d", i).isEqualTo(published.getSections().get(i));
            }
            assertThat(report).isEqualTo(published);
        });
        assertThat(read.getDiagnostics()).as("a report with no form in its document is said to be alone").singleElement()
                .satisfies(d -> assertThat(d.is(ReportCode.REPORT_UNPAIRED)).isTrue());
    }

    @Test
    void contentControlsDeletedTextFieldsAndSymbolsReadAsWordShowsThem() throws Exception {
        String target = "<w:del><w:r><w:delText>≥10次</w:delText></w:r></w:del><w:ins><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/>"
                + "<w:t>20次</w:t></w:r></w:ins>";
        String actual = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> =11*2 </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>22次</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        String body = "<w:p><w:r><w:t>2024年度项目支出绩效自评表</w:t></w:r></w:p>"
                + "<w:sdt><w:sdtContent><w:tbl>" + row("<w:r><w:t>三级指标</w:t></w:r>", "<w:r><w:t>年度指标值</w:t></w:r>",
                    "<w:r><w:t>实际完成值</w:t></w:r>", "<w:r><w:t>分值</w:t></w:r>")
                + row("<w:r><w:t>宣传次数</w:t></w:r>", target, actual, "<w:r><w:t>10</w:t></w:r>")
                + "</w:tbl></w:sdtContent></w:sdt><w:p/>";
        Form form = READER.read(new java.io.ByteArrayInputStream(HostileDocumentTest.body(body)), "c.docx").forms().get(0);
        Indicator i = form.getIndicators().get(0);
        assertThat(i.getTarget().getRaw()).as("deleted text left out, the inserted symbol read as ≥").isEqualTo("≥20次");
        assertThat(i.getActual().getRaw()).as("a field's result, not its instruction").isEqualTo("22次");
        assertThat(form.getYear()).as("a table in a content control, after its title").contains(2024);
    }

    /** A row of WordprocessingML, each cell one paragraph of the runs given. */
    private static String row(String... runs) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        for (String r : runs) {
            sb.append("<w:tc><w:p>").append(r).append("</w:p></w:tc>");
        }
        return sb.append("</w:tr>").toString();
    }
}
