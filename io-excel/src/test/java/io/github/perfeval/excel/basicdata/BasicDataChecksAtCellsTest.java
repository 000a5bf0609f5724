package io.github.perfeval.excel.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.basicdata.BasicDataEvaluation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change one figure of the published 衡阳 table (a sum's part, a total, a rate, a budget; blank a cell)
 * and the check names the right code at the right cell, with nothing else new.
 */
class BasicDataChecksAtCellsTest {

    /** The published workbook with one cell changed: a number, a text, or blank ({@code ""}). */
    static BasicData changed(String cell, String value) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(Fixtures.hengyangBasicData());
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            CellReference ref = new CellReference(cell);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell old = row.getCell(ref.getCol());
            org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
            if (old != null) {
                row.removeCell(old);   // an inline string keeps its text through setCellValue: start afresh
            }
            Cell c = row.createCell(ref.getCol());
            if (style != null) {
                c.setCellStyle(style);
            }
            if (value.isEmpty()) {
                row.removeCell(c);
            } else if (value.matches("-?[0-9.]+")) {
                c.setCellValue(Double.parseDouble(value));
            } else {
                c.setCellValue(value);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        return ExcelFormReader.create().read(new ByteArrayInputStream(bytes), "changed.xlsx").basicData().get(0);
    }

    private static final List<String> PUBLISHED_FINDINGS = List.of("BASIC_DATA_OVERSPENT@基础数据表!D22",
            "BASIC_DATA_OVERSPENT@基础数据表!D23", "BASIC_DATA_OVERSPENT@基础数据表!D24", "BASIC_DATA_RATE_UNDEFINED@基础数据表!A27",
            "BASIC_DATA_RATE_UNDEFINED@基础数据表!A27");

    private static List<String> newFindings(BasicDataEvaluation e) {
        List<String> all = e.getDiagnostics().stream().map(d -> d.getCode() + "@" + d.getWhere()).collect(Collectors.toList());
        for (String known : PUBLISHED_FINDINGS) {
            all.remove(known);
        }
        return all;
    }

    @ParameterizedTest(name = "{0} = {1} gives {2} at {3}")
    @CsvSource(delimiter = '|', value = {
        // a part of a sum: the total's cell is named
        "D10|7.25|BASIC_DATA_SUM_MISMATCH|基础数据表!D5",
        "B8|54.8|BASIC_DATA_SUM_MISMATCH|基础数据表!B6",
        "C12|105.6|BASIC_DATA_SUM_MISMATCH|基础数据表!C11",
        "B16|204.78|BASIC_DATA_SUM_MISMATCH|基础数据表!B14",
        "B9|0.5|BASIC_DATA_SUM_MISMATCH|基础数据表!B5",
        // a total
        "C5|80.4|BASIC_DATA_SUM_MISMATCH|基础数据表!C5",
        // a rate
        "D3|96.56%|BASIC_DATA_RATE_MISMATCH|基础数据表!D3",
        "D3|0.9|BASIC_DATA_RATE_MISMATCH|基础数据表!D3",
        // a budget below what was spent
        "C25|300|BASIC_DATA_OVERSPENT|基础数据表!D25",
        // blanks where a figure is required
        "C9||BASIC_DATA_BLANK|基础数据表!C9",
        "C3||BASIC_DATA_BLANK|基础数据表!C3",
        "D3||BASIC_DATA_BLANK|基础数据表!D3",
        "B25||BASIC_DATA_BLANK|基础数据表!B25",
        "C28||BASIC_DATA_BLANK|基础数据表!C28",
        // a figure that is not a number
        "B12|二百四十三|UNPARSEABLE_FIGURE|基础数据表!B12",
        // labels whose years do not fit
        "B4|2021 决算数|BASIC_DATA_YEAR_MISMATCH|基础数据表!B4",
    })
    void oneChangedFigureIsNamedAtItsCell(String cell, String value, String code, String where) throws IOException {
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(changed(cell, value == null ? "" : value));
        List<String> found = newFindings(e);
        assertThat(found).as(e.getDiagnostics().toString()).contains(code + "@" + where);
        // anything else new is of the same kind, or a note (a rate that can no longer be computed)
        assertThat(e.getDiagnostics()).filteredOn(d -> d.getSeverity() != Severity.INFO && !d.getCode().equals(code))
                .extracting(d -> d.getCode() + "@" + d.getWhere()).isSubsetOf(PUBLISHED_FINDINGS);
    }

    @ParameterizedTest(name = "{0} = {1}: {2} at {3} and {4}")
    @CsvSource(delimiter = '|', value = {
        // 专项资金 is itself a part of 项目支出: both sums are named
        "D14|108.9|基础数据表!D14|基础数据表!D11",
        // the buildings' figures: the rates are now computable and left blank
        "B28|100|基础数据表!D28|基础数据表!D28",
    })
    void aFigureInTwoRelationsIsNamedInBoth(String cell, String value, String first, String second) throws IOException {
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(changed(cell, value));
        assertThat(newFindings(e)).extracting(f -> f.substring(f.indexOf('@') + 1)).contains(first, second);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"D3|95.6%", "D3|96%", "D3|0.9556", "D3|95.555%", "D10|7.155"})
    void roundingWithinTheDeclaredPrecisionIsNoMistake(String cell, String value) throws IOException {
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(changed(cell, value));
        assertThat(newFindings(e)).as(e.getDiagnostics().toString()).isEmpty();
        assertThat(e.getDiagnostics()).noneMatch(d -> d.getSeverity() == Severity.ERROR);
    }
}
