package io.github.perfeval.excel;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
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
