package io.github.perfeval.excel;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.scoring.Scorer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** export puts a diagnostic's comment and link on the row it came from, also when indicator names repeat. */
class DiagnosticPlacementTest {

    private static Indicator training(String actual, String declared) {
        return Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训")
                .target(IndicatorValue.parse("≥4次")).actual(IndicatorValue.parse(actual))
                .weight(Figure.of("10")).declaredScore(Figure.of(declared)).build();
    }

    private static Form twoTrainings() {
        return Form.builder().kind(FormKind.PROJECT).projectName("培训项目")
                .addIndicators(training("5次", "10"), training("4次", "12"))   // the second declares more than its weight
                .build();
    }

    @Test
    void aRepeatedNameDoesNotPullTheDiagnosticToTheFirstRow(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("source.xlsx");
        ExcelFormWriter.create().write(List.of(twoTrainings()), source);
        Form read = ExcelFormReader.create().read(source).forms().get(0);
        assertThat(read.getIndicators()).hasSize(2);
        assertThat(read.getIndicators().get(1).getSource()).as("read from a file: each row knows its place").isPresent();
        Path scored = dir.resolve("scored.xlsx");
        ExcelFormWriter.create().writeEvaluations(List.of(Scorer.create().evaluate(read)), scored);
        try (InputStream in = Files.newInputStream(scored); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<Integer> rows = rowsNamed(sheet, "培训");
            assertThat(rows).hasSize(2);
            assertThat(commentRows(sheet, "SCORE_EXCEEDS_WEIGHT")).containsExactly(rows.get(1));
            assertThat(linkRows(wb, "SCORE_EXCEEDS_WEIGHT")).containsExactly(rows.get(1));
        }
    }

    @Test
    void withoutSourceRowsARepeatedPathIsNotGuessed(@TempDir Path dir) throws Exception {
        Path scored = dir.resolve("scored.xlsx");
        ExcelFormWriter.create().writeEvaluations(List.of(Scorer.create().evaluate(twoTrainings())), scored);
        try (InputStream in = Files.newInputStream(scored); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<Integer> rows = rowsNamed(sheet, "培训");
            assertThat(commentRows(sheet, "SCORE_EXCEEDS_WEIGHT")).hasSize(1).doesNotContainAnyElementsOf(rows);
        }
    }

    /**
     * A reviewer's workbook with comments on a row's name, target and actual cells, where the check finds a
     * problem on the name: export keeps each comment on its cell (the name's first, the findings after
     * perfeval's mark), and the export reads back to the same comments (it threw "Multiple cell comments in one
     * cell are not allowed" when the target beside the name had one).
     */
    @Test
    void aReviewersCommentsStayOnTheirCellsBesideTheFindings(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("reviewed.xlsx");
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            Sheet s = wb.getSheetAt(0);
            Cell name = LosslessRoundTripTest.find(s, "应急救援装备水平");
            Row row = s.getRow(name.getRowIndex());
            LosslessRoundTripTest.comment(s, name, "请核实装备清单");
            LosslessRoundTripTest.comment(s, row.getCell(name.getColumnIndex() + 1), "目标值依据年初计划");
            LosslessRoundTripTest.comment(s, row.getCell(name.getColumnIndex() + 2), "以验收报告为准");
            try (OutputStream out = Files.newOutputStream(source)) {
                wb.write(out);
            }
        }
        Form read = ExcelFormReader.create().read(source).forms().get(0);
        Indicator reviewed = read.getIndicators().stream().filter(i -> i.getName().equals("应急救援装备水平")).findFirst().orElseThrow();
        assertThat(reviewed.getComments()).containsExactly(LabelledText.of("name", "请核实装备清单"),
                LabelledText.of("target", "目标值依据年初计划"), LabelledText.of("actual", "以验收报告为准"));
        Path scored = dir.resolve("scored.xlsx");
        ExcelFormWriter.create().writeEvaluations(List.of(Scorer.create().evaluate(read)), scored);
        try (InputStream in = Files.newInputStream(scored); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Cell name = LosslessRoundTripTest.find(sheet, "应急救援装备水平");
            Row row = sheet.getRow(name.getRowIndex());
            assertThat(name.getCellComment().getString().getString()).startsWith("请核实装备清单\n—— perfeval ——\n[")
                    .contains("\n[MISSING_DEVIATION_REASON] “应急救援装备水平”得分2低于分值3");
            assertThat(row.getCell(name.getColumnIndex() + 1).getCellComment().getString().getString()).isEqualTo("目标值依据年初计划");
            assertThat(row.getCell(name.getColumnIndex() + 2).getCellComment().getString().getString()).isEqualTo("以验收报告为准");
            assertThat(commentRows(sheet, "MISSING_DEVIATION_REASON")).containsExactly(name.getRowIndex());
        }
        Form back = ExcelFormReader.create().read(scored).forms().get(0);
        assertThat(back.getIndicators()).isEqualTo(read.getIndicators());
    }

    /** A form made in code (JSON, say) may list its comments right to left: each is still written on its cell. */
    @Test
    void commentsListedInAnyOrderAreEachWrittenOnTheirCell(@TempDir Path dir) throws Exception {
        Indicator commented = Indicator.builder().from(training("3次", "8"))
                .addComments(LabelledText.of("actual", "以验收报告为准"), LabelledText.of("target", "目标值依据年初计划"),
                        LabelledText.of("name", "请核实"), LabelledText.of("weight", "分值经调整"))
                .build();
        Form form = Form.builder().kind(FormKind.PROJECT).projectName("培训项目").addIndicators(commented).build();
        Path written = dir.resolve("written.xlsx");
        ExcelFormWriter.create().write(List.of(form), written);
        Path scored = dir.resolve("scored.xlsx");
        ExcelFormWriter.create().writeEvaluations(List.of(Scorer.create().evaluate(form)), scored);
        for (Path p : List.of(written, scored)) {
            Indicator back = ExcelFormReader.create().read(p).forms().get(0).getIndicators().get(0);
            assertThat(back.getComments()).as(p.getFileName().toString()).containsExactlyInAnyOrderElementsOf(commented.getComments());
        }
    }

    private static List<Integer> rowsNamed(Sheet sheet, String name) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(name)) {
                    rows.add(row.getRowNum());
                }
            }
        }
        return rows;
    }

    private static List<Integer> commentRows(Sheet sheet, String code) {
        List<Integer> rows = new ArrayList<>();
        for (var e : sheet.getCellComments().entrySet()) {
            Comment c = e.getValue();
            if (c.getString().getString().contains(code)) {
                rows.add(e.getKey().getRow());
            }
        }
        return rows;
    }

    private static List<Integer> linkRows(Workbook wb, String code) {
        Sheet diagnostics = wb.getSheet("诊断 Diagnostics");
        List<Integer> rows = new ArrayList<>();
        for (Row row : diagnostics) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(code)) {
                String address = row.getCell(5).getHyperlink().getAddress();
                rows.add(new CellReference(address.substring(address.lastIndexOf('!') + 1)).getRow());
            }
        }
        return rows;
    }
}
