package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: round trips keep everything, both ways, or the reader says what it could not keep.
 * One test per point. xlsx → json → xlsx starts from a workbook built in code (the published 岳阳 form
 * laid out, then changed cell by cell with POI as a person would); json → xlsx → json starts from a model.
 */
class LosslessRoundTripTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    // ---- xlsx → json → xlsx ------------------------------------------------------------------------------

    @Test
    void extraColumnsKeepTheirHeadersAndValues() throws IOException {
        byte[] source = yueyangChanged(s -> {
            Cell reasonHead = find(s, "偏差原因分析及改进措施");
            int headRow = reasonHead.getRowIndex();
            s.getRow(headRow).createCell(9).setCellValue("指标解释");
            s.getRow(headRow).createCell(10).setCellValue("评分标准");
            Cell first = find(s, "定期召开应安委会全会。");
            first.getRow().createCell(9).setCellValue("全年召开安委会全体会议的次数");
            first.getRow().createCell(10).setCellValue("每少1次扣1分");
            s.getRow(first.getRowIndex() + 1).createCell(10).setCellValue("未完成不得分");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getIndicators().get(0).getExtras())
                .containsExactly(LabelledText.of("指标解释", "全年召开安委会全体会议的次数"), LabelledText.of("评分标准", "每少1次扣1分"));
        assertThat(a.getIndicators().get(1).getExtras()).containsExactly(LabelledText.of("评分标准", "未完成不得分"));
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getIndicators().get(0).getExtras()).isEqualTo(a.getIndicators().get(0).getExtras());
    }

    @Test
    void headerFieldsTheModelHasNoAttributeForAreKept() throws IOException {
        byte[] source = yueyangChanged(s -> {
            Cell dept = find(s, "预算部门名称");
            s.shiftRows(dept.getRowIndex() + 1, s.getLastRowNum(), 2);
            Row contact = s.createRow(dept.getRowIndex() + 1);
            contact.createCell(0).setCellValue("联系人");
            contact.createCell(1).setCellValue("李四 0730-8888888");
            Row use = s.createRow(dept.getRowIndex() + 2);
            use.createCell(0).setCellValue("资金用途");
            use.createCell(1).setCellValue("安全生产监管与应急救援");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getHeaderFields()).containsExactly(LabelledText.of("联系人", "李四 0730-8888888"),
                LabelledText.of("资金用途", "安全生产监管与应急救援"));
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getHeaderFields()).isEqualTo(a.getHeaderFields());
    }

    @Test
    void notesUnderTheTotalAreKept() throws IOException {
        byte[] source = yueyangChanged(s -> {
            Cell total = find(s, "总分");
            int r = total.getRowIndex() + 1;
            s.shiftRows(r, s.getLastRowNum(), 1);
            s.createRow(r).createCell(0).setCellValue("备注：本表金额单位为万元，得分保留两位小数。");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getTextSections()).extracting(TextSection::getText).contains("备注：本表金额单位为万元，得分保留两位小数。");
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getTextSections()).isEqualTo(a.getTextSections());
    }

    @Test
    void titleBlockTextIsKept() throws IOException {
        byte[] source = yueyangChanged(s -> {
            s.shiftRows(0, s.getLastRowNum(), 1);
            s.createRow(0).createCell(0).setCellValue("附件3");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getTextSections()).filteredOn(t -> t.getKind() == SectionKind.CAPTION)
                .extracting(TextSection::getText).contains("附件3");
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getTextSections()).isEqualTo(a.getTextSections());
    }

    @Test
    void labelSpellingsAreKeptAsWritten() throws IOException {
        byte[] source = yueyangChanged(s -> {
            find(s, "产出指标 （50分）").setCellValue("产出\n指标\n（50分）");
            find(s, "数量指标").setCellValue("数 量");
            find(s, "年度资金总额").setCellValue("年度资金总额：");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getIndicators().get(0).getLevel1Label()).isEqualTo("产出\n指标\n（50分）");
        assertThat(a.getIndicators().get(0).getLevel2Label()).isEqualTo("数 量");
        assertThat(a.getBudget().orElseThrow().total().orElseThrow().getLabel()).isEqualTo("年度资金总额：");
        xlsxJsonXlsx(a);
    }

    @Test
    void unitsShownByNumberFormatsAreKept() throws IOException {
        byte[] source = yueyangChanged(s -> {
            Cell weight = find(s, "定期召开应安委会全会。").getRow().getCell(6);
            var style = s.getWorkbook().createCellStyle();
            style.cloneStyleFrom(weight.getCellStyle());
            style.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0\"分\""));
            weight.setCellStyle(style);
        });
        Form a = read(source).forms().get(0);
        Figure weight = a.getIndicators().get(0).getWeight().orElseThrow();
        assertThat(weight.getRaw()).isEqualTo("5分");
        assertThat(weight.decimal()).isEqualByComparingTo("5");
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getIndicators().get(0).getWeight()).contains(weight);
    }

    @Test
    void cellCommentsAreKeptOnTheCellTheyWereOn() throws IOException {
        byte[] source = yueyangChanged(s -> {
            Row first = find(s, "定期召开应安委会全会。").getRow();
            comment(s, first.getCell(7), "评审意见：得分依据充分");
            comment(s, first.getCell(3), "指标名称与目标表一致");
        });
        Form a = read(source).forms().get(0);
        assertThat(a.getIndicators().get(0).getComments()).containsExactlyInAnyOrder(
                LabelledText.of("declaredScore", "评审意见：得分依据充分"), LabelledText.of("name", "指标名称与目标表一致"));
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getIndicators().get(0).getComments()).containsExactlyInAnyOrderElementsOf(a.getIndicators().get(0).getComments());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(write(c)))) {
            Row first = find(wb.getSheetAt(0), "定期召开应安委会全会。").getRow();
            assertThat(first.getCell(7).getCellComment().getString().getString()).isEqualTo("评审意见：得分依据充分");
        }
    }

    @Test
    void aCommentTheModelHasNoPlaceForIsReportedWithItsCell() throws IOException {
        byte[] source = yueyangChanged(s -> comment(s, find(s, "年度总体目标"), "请补充目标来源"));
        ExcelReadResult read = read(source);
        assertThat(all(read)).filteredOn(d -> d.is(StandardCode.NOT_KEPT))
                .singleElement().satisfies(d -> assertThat(d.getMessageEn()).contains("comment").contains("请补充目标来源"));
    }

    @Test
    void formulasKeepTheirTextBesideTheCachedValue() throws IOException {
        String[] sum = new String[1];
        byte[] source = yueyangChanged(s -> {
            Cell total = find(s, "总分").getRow().getCell(7);
            Cell firstScore = find(s, "定期召开应安委会全会。").getRow().getCell(7);
            sum[0] = "SUM(H" + (firstScore.getRowIndex() + 1) + ":H" + total.getRowIndex() + ")";
            double cached = total.getNumericCellValue();
            total.setCellFormula(sum[0]);
            total.setCellValue(cached);
        });
        Form a = read(source).forms().get(0);
        Figure total = a.getDeclaredTotal().orElseThrow();
        assertThat(total.getFormula()).contains("=" + sum[0]);
        assertThat(total.decimal()).isEqualByComparingTo("97.99");
        Form c = xlsxJsonXlsx(a);
        assertThat(c.getDeclaredTotal()).contains(total);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(write(c)))) {
            Cell written = find(wb.getSheetAt(0), "总分").getRow().getCell(7);
            assertThat(written.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(written.getCellFormula()).isEqualTo(sum[0]);
            assertThat(written.getNumericCellValue()).isEqualTo(97.99);
        }
    }

    @Test
    void hiddenRowsAndSheetsStayHidden() throws IOException {
        byte[] source;
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024(),
                PublishedForms.liuhe2024Project()), null)) {
            Sheet s = wb.getSheetAt(0);
            find(s, "定期召开应安委会全会。").getRow().setZeroHeight(true);
            wb.setSheetHidden(1, true);
            source = bytes(wb);
        }
        List<Form> a = read(source).forms();
        assertThat(a.get(0).getIndicators().get(0).isHidden()).isTrue();
        assertThat(a.get(0).getIndicators().get(1).isHidden()).isFalse();
        assertThat(a.get(0).isSheetHidden()).isFalse();
        assertThat(a.get(1).isSheetHidden()).isTrue();
        String json = PerfevalJson.write(a);
        assertThat(json).contains("\"hidden\" : true").contains("\"sheetHidden\" : true");
        List<Form> b = new ArrayList<>();
        for (Form f : a) {
            b.add(PerfevalJson.readForm(PerfevalJson.write(f)));
        }
        assertThat(b).isEqualTo(a);
        byte[] written = RoundTripTest.write(b);
        assertThat(READER.read(new ByteArrayInputStream(written), "back.xlsx").forms()).isEqualTo(a);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(written))) {
            assertThat(wb.isSheetHidden(1)).isTrue();
            assertThat(find(wb.getSheetAt(0), "定期召开应安委会全会。").getRow().getZeroHeight()).isTrue();
        }
    }

    @Test
    void aHiddenRowTheModelHasNoPlaceForIsReportedWithItsRow() throws IOException {
        byte[] source = yueyangChanged(s -> find(s, "年度总体目标").getRow().setZeroHeight(true));
        ExcelReadResult read = read(source);
        assertThat(all(read)).filteredOn(d -> d.is(StandardCode.NOT_KEPT))
                .singleElement().satisfies(d -> assertThat(d.getMessageEn()).contains("hidden"));
    }

    @Test
    void aHiddenColumnIsReportedWithTheFirstCellItHolds() throws IOException {
        int[] column = new int[1];
        byte[] source = yueyangChanged(s -> {
            column[0] = find(s, "定期召开应安委会全会。").getColumnIndex();
            s.setColumnHidden(column[0], true);
        });
        ExcelReadResult read = read(source);
        assertThat(read.forms()).isEqualTo(read(yueyangChanged(s -> { })).forms());
        assertThat(all(read)).filteredOn(d -> d.is(StandardCode.NOT_KEPT)).singleElement().satisfies(d -> {
            assertThat(d.getMessageEn()).contains("column " + (column[0] + 1) + " is hidden");
            assertThat(d.getMessageZh()).contains("第" + (column[0] + 1) + "列为隐藏列");
            assertThat(d.getLocation().orElseThrow().getCell()).hasValueSatisfying(cell ->
                    assertThat(cell).startsWith(org.apache.poi.ss.util.CellReference.convertNumToColString(column[0])));
        });
    }

    // ---- json → xlsx → json ------------------------------------------------------------------------------

    @Test
    void aFooterGivenAsFieldsIsKept() throws IOException {
        Form given = PerfevalJson.readForm(PerfevalJson.write(Form.builder().from(PublishedForms.yueyang2024())
                .footer(Footer.builder().preparer("张三").date("2025年6月12日").phone("0730-8888888").head("李四").build())
                .build()));
        Footer back = jsonXlsxJson(given).getFooter().orElseThrow();
        assertThat(back.getPreparer()).contains("张三");
        assertThat(back.getDate()).contains("2025年6月12日");
        assertThat(back.getPhone()).contains("0730-8888888");
        assertThat(back.getHead()).contains("李四");
    }

    @Test
    void aProjectNameOnADepartmentFormIsKept() throws IOException {
        Form given = Form.builder().from(PublishedForms.yueyang2024()).projectName("应急管理综合业务").build();
        assertThat(jsonXlsxJson(given).getProjectName()).contains("应急管理综合业务");
    }

    @Test
    void theBudgetWeightAndDeclaredScoreAreKeptWithoutATotalLine() throws IOException {
        Form given = Form.builder().from(PublishedForms.liuhe2024Project())
                .budget(Budget.builder()
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")
                                .adjusted(Figure.of("57.04")).executed(Figure.of("56.96")).build())
                        .weight(Figure.of(10)).declaredScore(Figure.of("9.99")).build())
                .build();
        Budget back = jsonXlsxJson(given).getBudget().orElseThrow();
        assertThat(back.getWeight()).contains(Figure.of(10));
        assertThat(back.getDeclaredScore()).contains(Figure.of("9.99"));
    }

    @Test
    void withoutATotalLineANotApplicableMarkStaysTheRowsOwn() throws IOException {
        Form given = Form.builder().from(PublishedForms.liuhe2024Project())
                .budget(Budget.builder()
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")
                                .adjusted(Figure.of("57.04")).executed(Figure.of("56.96")).build())
                        .weight(Figure.of(10)).build())
                .build();
        byte[] source;
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(given), null)) {
            find(wb.getSheetAt(0), "当年财政拨款").getRow().getCell(6).setCellValue("/");
            source = bytes(wb);
        }
        Budget read = read(source).forms().get(0).getBudget().orElseThrow();
        assertThat(read.getWeight()).isEmpty();
        assertThat(read.getLines().get(0).getExtras()).extracting(LabelledText::getText).containsExactly("/");
    }

    @Test
    void blankLevelLabelsStayBlank() throws IOException {
        Form published = PublishedForms.yueyang2024();
        List<Indicator> inds = new ArrayList<>(published.getIndicators());
        inds.add(1, Indicator.builder().name("未归类的指标").target(io.github.perfeval.core.value.IndicatorValue.parse("≥1次"))
                .actual(io.github.perfeval.core.value.IndicatorValue.parse("1次")).build());
        Form given = Form.builder().from(published).indicators(inds).build();
        Indicator back = jsonXlsxJson(given).getIndicators().get(1);
        assertThat(back.getLevel1Label()).isEmpty();
        assertThat(back.getLevel2Label()).isEmpty();
    }

    @Test
    void aFormWithNoTotalLineKeepsNoTotal() throws IOException {
        Form given = Form.builder().from(PublishedForms.yueyang2024()).declaredTotal(java.util.Optional.empty())
                .declaredWeightTotal(java.util.Optional.empty()).declaredGrade(java.util.Optional.empty()).build();
        Form back = jsonXlsxJson(given);
        assertThat(back.getDeclaredTotal()).isEmpty();
        assertThat(back.getDeclaredWeightTotal()).isEmpty();
    }

    @Test
    void aBudgetLinesValuesTheModelHasNoAttributeForAreKeptUnderTheirHeaders() throws IOException {
        Form published = PublishedForms.liuhe2024Project();
        BudgetLine total = BudgetLine.builder().from(published.getBudget().orElseThrow().total().orElseThrow())
                .addExtras(LabelledText.of("备注", "含年中追加3万元"), LabelledText.of("资金来源", "省级专项")).build();
        Form given = Form.builder().from(published)
                .budget(Budget.builder().from(published.getBudget().orElseThrow())
                        .lines(List.of(total,
                                BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("其中：当年财政拨款")
                                        .adjusted(Figure.of("50")).executed(Figure.of("49.92"))
                                        .addExtras(LabelledText.of("分值", "/"), LabelledText.of("得分", "/"),
                                                LabelledText.of("备注", "按季度拨付")).build(),
                                BudgetLine.builder().kind(BudgetLineKind.PRIOR_YEAR_CARRYOVER).label("上年结转资金")
                                        .addExtras(LabelledText.of("分值", "—"), LabelledText.of("得分", "—")).build()))
                        .build())
                .build();
        assertThat(jsonXlsxJson(given).getBudget()).isEqualTo(given.getBudget());
    }

    @Test
    void anUntitledFormComesBackUntitledAndOfItsKind() throws IOException {
        for (Form titled : List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department())) {
            Form given = Form.builder().from(titled).title(java.util.Optional.empty()).build();
            Form back = jsonXlsxJson(given);
            assertThat(back.getTitle()).isEmpty();
            assertThat(back.getKind()).isEqualTo(titled.getKind());
            assertThat(back.getYear()).isEqualTo(titled.getYear());
        }
    }

    @Test
    void anUntitledProjectFormWithNoProjectNameIsToldByABlankProjectNameField() throws IOException {
        // nothing else on the sheet can say it is a project form: the one loss left, a blank 项目名称 field it never had
        Form given = Form.builder().from(PublishedForms.liuhe2024Project()).title(java.util.Optional.empty())
                .projectName(java.util.Optional.empty()).build();
        Form back = read(write(given)).forms().get(0);
        assertThat(back.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(back).isEqualTo(Form.builder().from(given).addHeaderFields(LabelledText.of("项目名称", "")).build());
    }

    @Test
    void anUntitledDepartmentFormWithAProjectNameKeepsItsKindByItsKindsTitle() throws IOException {
        // its 项目名称 row would make it a project form: a title is the one thing that says otherwise
        Form given = Form.builder().from(PublishedForms.yueyang2024()).title(java.util.Optional.empty())
                .projectName("应急管理综合业务").build();
        Form back = read(write(given)).forms().get(0);
        assertThat(back.getKind()).isEqualTo(FormKind.DEPARTMENT);
        assertThat(back).isEqualTo(Form.builder().from(given).title("2024年度部门整体支出绩效自评表").build());
    }

    @Test
    void anUntitledFormsSheetNamesItsKindOnlyInThePrintedHeader() throws IOException {
        Form given = Form.builder().from(PublishedForms.yueyang2024()).title(java.util.Optional.empty()).build();
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(given), null)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getHeader().getCenter()).isEqualTo("2024年度部门整体支出绩效自评表");
            find(s, "（2024年度）");
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "").doesNotContain("自评表");
                }
            }
        }
    }

    @Test
    void goalTextsKeptAsHeaderFieldsComeBackAsColumnsOfTheGoals() throws IOException {
        Form published = PublishedForms.liuhe2024Project();
        Form given = Form.builder().from(published)
                .addHeaderFields(LabelledText.of("联系人", "王五"), LabelledText.of("中期绩效目标", "三年内建成全县应急指挥视频会议系统"),
                        LabelledText.of("调整后绩效目标", ""))
                .build();
        Form back = jsonXlsxJson(given);
        assertThat(back.getHeaderFields()).isEqualTo(given.getHeaderFields());
        assertThat(back.getGoals()).isEqualTo(given.getGoals());
    }

    @Test
    void headerFieldsUnderLabelsTheVocabularyDoesNotKnowComeBack() throws IOException {
        Form given = Form.builder().from(PublishedForms.yueyang2024())
                .addHeaderFields(LabelledText.of("项目概况", "为全县12个乡镇配备应急广播终端"), LabelledText.of("实施地点", "全县"),
                        LabelledText.of("评价机构", "县财政局绩效评价小组"))
                .build();
        assertThat(jsonXlsxJson(given).getHeaderFields()).isEqualTo(given.getHeaderFields());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** xlsx → model a → json → model b (= a) → xlsx → model c (= a); returns c. */
    private static Form xlsxJsonXlsx(Form a) throws IOException {
        Form b = PerfevalJson.readForm(PerfevalJson.write(a));
        assertThat(b).isEqualTo(a);
        ExcelReadResult back = read(write(b));
        assertThat(all(back)).noneMatch(d -> d.is(StandardCode.NOT_KEPT) || d.is(StandardCode.CELLS_NOT_READ));
        Form c = back.forms().get(0);
        assertThat(c).isEqualTo(a);
        return c;
    }

    /** model → json → model a → xlsx → model → json → model; asserts it equals a and returns it. */
    private static Form jsonXlsxJson(Form given) throws IOException {
        Form a = PerfevalJson.readForm(PerfevalJson.write(given));
        ExcelReadResult read = read(write(a));
        for (Diagnostic d : all(read)) {
            assertThat(d.is(StandardCode.NOT_KEPT) || d.is(StandardCode.CELLS_NOT_READ)).as(d.toString()).isFalse();
        }
        Form back = PerfevalJson.readForm(PerfevalJson.write(read.forms().get(0)));
        assertThat(back).isEqualTo(a);
        return back;
    }

    /** The workbook's diagnostics and every form's. */
    static List<Diagnostic> all(ExcelReadResult read) {
        List<Diagnostic> all = new ArrayList<>(read.getDiagnostics());
        read.getForms().forEach(f -> all.addAll(f.getDiagnostics()));
        return all;
    }

    private static ExcelReadResult read(byte[] bytes) {
        return READER.read(new ByteArrayInputStream(bytes), "lossless.xlsx");
    }

    private static byte[] write(Form form) throws IOException {
        return RoundTripTest.write(List.of(form));
    }

    private static byte[] yueyangChanged(Consumer<Sheet> change) throws IOException {
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            change.accept(wb.getSheetAt(0));
            return bytes(wb);
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static Cell find(Sheet s, String text) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no cell \"" + text + "\" on " + s.getSheetName());
    }

    static void comment(Sheet s, Cell cell, String text) {
        CreationHelper helper = s.getWorkbook().getCreationHelper();
        Drawing<?> drawing = s.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("评审组");
        cell.setCellComment(comment);
    }
}
