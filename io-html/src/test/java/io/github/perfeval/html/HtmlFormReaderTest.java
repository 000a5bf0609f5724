package io.github.perfeval.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.PartReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms on web pages: spans, line breaks, entities, full-width spaces, several tables, continued tables. */
class HtmlFormReaderTest {

    private static final HtmlFormReader READER = HtmlFormReader.create();

    static final String PROJECT = PageForms.project();

    @Test
    void aFormWithSpansBreaksAndEntitiesReadsFromAString() {
        FileReadResult read = READER.read(PROJECT, "page");
        assertThat(read.getForms()).hasSize(1);
        Form form = read.forms().get(0);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getTitle()).contains("项目支出绩效自评表\n（2024年度）");
        assertThat(form.getYear()).contains(2024);
        assertThat(form.getProjectName()).as("&nbsp; is a space").contains("森林防火 宣传");
        assertThat(form.getSupervisingDepartment()).contains("市应急管理局");
        assertThat(form.getGoals().orElseThrow().getExpected()).as("<p> in a cell").isEqualTo("1. 开展宣传20次；\n2. 群众满意。");
        assertThat(form.getBudget().orElseThrow().total().orElseThrow().getExecuted()).contains(Figure.of("19"));
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "完成时间", "群众防火意识", "群众满意度");
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getLevel1Label()).isEqualTo("产出指标\n（50分）");
        assertThat(first.getTarget().getRaw()).as("&ge;").isEqualTo("≥20次");
        assertThat(first.getTarget().getComparison()).contains(Comparison.AT_LEAST);
        Indicator second = form.getIndicators().get(1);
        assertThat(second.getLevel1Label()).as("rowspan").isEqualTo("产出指标\n（50分）");
        assertThat(second.getTarget().getRaw()).as("&#8804;").isEqualTo("≤12月");
        Indicator last = form.getIndicators().get(3);
        assertThat(last.getLevel1Label()).as("full-width space kept as written").isEqualTo("满意度　指标");
        assertThat(last.getLevel1()).contains(Level1.SATISFACTION);
        assertThat(last.getTarget().getRaw()).isEqualTo(">=90%");
        assertThat(last.getSource()).contains(Location.tableCell(1, 12, 4));
        assertThat(form.getDeclaredTotal()).contains(Figure.of("97.5"));
        assertThat(form.getDeclaredTotal().orElseThrow().getSource()).as("colspan=6 pushes the total to column 8")
                .contains(Location.tableCell(1, 13, 8));
        assertThat(read.getParts()).singleElement().extracting(PartReport::getOutcome).isEqualTo(Outcome.FORMS);
    }

    @Test
    void aPageWithProseOtherTablesAndTwoFormsReportsEveryTable() {
        String page = "<html><head><title>决算公开</title></head><body>"
                + "<h2>某某局2024年度部门决算公开</h2><p>第一部分 部门概况。本部门主要职责是……</p>"
                + "<p>收入支出决算总表</p><table><tr><td>收入</td><td>决算数</td><td>支出</td><td>决算数</td></tr>"
                + "<tr><td>一般公共预算财政拨款收入</td><td>4,754.76</td><td>一般公共服务支出</td><td>120.50</td></tr></table>"
                + "<p>第三部分 绩效自评情况</p><p>附件1</p>" + PROJECT
                + "<p>附件2：2024年度部门整体支出绩效自评表</p><p>预算单位名称：某某局</p>"
                + "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
                + "<tr><td>产出指标</td><td>数量指标</td><td>检查企业</td><td>≥100家</td><td>120家</td><td>50</td><td>50</td></tr>"
                + "<tr><td>总分</td><td></td><td></td><td></td><td></td><td>50</td><td>50</td></tr></table>"
                + "<p>联系人：张三</p></body></html>";
        FileReadResult read = READER.read(page, "决算公开.html");
        assertThat(read.forms()).extracting(Form::getKind).containsExactly(FormKind.PROJECT, FormKind.DEPARTMENT);
        Form department = read.forms().get(1);
        assertThat(department.getTitle()).as("from the paragraph above").contains("附件2：2024年度部门整体支出绩效自评表");
        assertThat(department.getDepartment()).contains("某某局");
        assertThat(department.getYear()).contains(2024);
        assertThat(department.getIndicators().get(0).getSource())
                .contains(Location.tableCell(3, 2, 3).withContext("附件2：2024年度部门整体支出绩效自评表\n预算单位名称：某某局"));
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.SKIPPED, Outcome.FORMS, Outcome.FORMS);
        assertThat(read.getDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.is(StandardCode.TABLE_SKIPPED)).isTrue();
            assertThat(d.getLocation()).contains(Location.table(1).withContext("某某局2024年度部门决算公开\n第一部分 部门概况。本部门主要职责是……\n收入支出决算总表"));
            assertThat(d.getMessageZh()).contains("首行为“收入 | 决算数 | 支出 | 决算数”");
        });
    }

    @Test
    void aFormContinuedInASecondTableAfterA续表MarkIsOneForm() {
        int split = PROJECT.indexOf("<tr><td>效益指标</td>");
        // the first column's rowspan ends with the first table; the second table's rows begin with the cell it left
        String rest = PROJECT.substring(split).replace("<tr><td>效益指标", "<tr><td></td><td>效益指标")
                .replace("<tr><td>满意度", "<tr><td></td><td>满意度");
        String page = PROJECT.substring(0, split) + "</table>\n<p>&nbsp;</p><p>续表</p>\n<table border=\"1\">" + rest;
        FileReadResult read = READER.read(page, "p.html");
        FileReadResult whole = READER.read(PROJECT, "p.html");
        assertThat(read.forms()).isEqualTo(whole.forms());
        assertThat(read.forms().get(0).getIndicators().get(2).getSource()).contains(Location.tableCell(2, 1, 4));
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.CONTINUATION);
        assertThat(read.getForms().get(0).getDiagnostics()).anyMatch(d -> d.is(StandardCode.TABLE_JOINED));
    }

    @Test
    void aFormNestedInALayoutTableIsRead() {
        String page = "<table width=\"100%\"><tr><td><p>附件3</p>" + PROJECT + "</td></tr><tr><td>说明：本表数据来自一体化系统</td></tr></table>";
        FileReadResult read = READER.read(page, "p.html");
        assertThat(read.forms()).isEqualTo(READER.read(PROJECT, "x").forms());
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.SKIPPED, Outcome.FORMS);
        assertThat(read.getParts().get(1).getPlace()).isEqualTo(Location.table(2).withContext("附件3"));
        Diagnostic layout = read.getParts().get(0).getReason().orElseThrow();
        assertThat(layout.getMessageZh()).contains("首行为“附件3”").contains("其中表格2读取为自评表");
    }

    @Test
    void hiddenRowsRowspanZeroAndSpansPastTheEndAreLaidOutAsBrowsersDo() {
        // rowspan="0" and a span past the end reach the end of their row group (tbody), never into the tfoot
        String page = PROJECT.replace("<tr><td>时效指标</td>", "<tr style=\"display: none\"><td>时效指标</td>")
                .replace("<th rowspan=\"5\">", "<th rowspan=\"0\">").replace("<td rowspan=\"2\">产出指标", "<td rowspan=\"20\">产出指标")
                .replace("<tr><td colspan=\"6\">总分", "<tfoot><tr><td colspan=\"6\">总分").replace("</table>", "</tfoot></table>");
        Form form = READER.read(page, "p.html").forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getLevel1Label)
                .containsExactly("产出指标\n（50分）", "产出指标\n（50分）", "产出指标\n（50分）", "产出指标\n（50分）")
                .as("the level-1 cell spans all rows of the body, as in a browser");
        assertThat(form.getDeclaredTotal()).contains(Figure.of("97.5"));
        assertThat(form.getDeclaredTotal().orElseThrow().getSource()).contains(Location.tableCell(1, 13, 8));
    }

    @Test
    void aSavedPageIsReadInTheEncodingItDeclares(@TempDir Path dir) throws Exception {
        Charset gbk = Charset.forName("GBK");
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
                + PROJECT + "</body></html>";
        Path file = dir.resolve("自评表.htm");
        Files.write(file, page.getBytes(gbk));
        FileReadResult read = READER.read(file);
        assertThat(read.getFile()).isEqualTo(file.toString());
        assertThat(read.forms()).isEqualTo(READER.read(PROJECT, "x").forms());
        Path utf8 = dir.resolve("utf8.html");
        Files.write(utf8, ("\uFEFF" + PROJECT).getBytes(StandardCharsets.UTF_8));
        assertThat(READER.read(utf8).forms()).isEqualTo(READER.read(PROJECT, "x").forms());
        assertThat(READER.read(new ByteArrayInputStream(PROJECT.getBytes(StandardCharsets.UTF_8)), "upload.html").forms())
                .isEqualTo(READER.read(PROJECT, "x").forms());
    }
}
