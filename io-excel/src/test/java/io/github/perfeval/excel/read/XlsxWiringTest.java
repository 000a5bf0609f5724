package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ExcelFormReader.read(InputStream)} takes an .xlsx through the xlsx reader and gives what
 * {@code read(Workbook)} gives for the same workbook opened by POI: forms, tables, reports, diagnostics,
 * unread cells and parts; a workbook the xlsx reader declines (an array formula) is read by POI whole.
 */
class XlsxWiringTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    private static void sameAsPoi(byte[] bytes) throws IOException {
        ExcelReadResult fast = READER.read(new ByteArrayInputStream(bytes), "f.xlsx");
        ExcelReadResult poi;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            poi = READER.read(wb, "f.xlsx");
        }
        assertThat(fast.forms()).isEqualTo(poi.forms());
        assertThat(fast.getForms()).extracting(ValueWithDiagnostics::getDiagnostics)
                .isEqualTo(poi.getForms().stream().map(ValueWithDiagnostics::getDiagnostics).collect(Collectors.toList()));
        assertThat(fast.basicData()).isEqualTo(poi.basicData());
        assertThat(fast.getBasicData()).extracting(ValueWithDiagnostics::getDiagnostics)
                .isEqualTo(poi.getBasicData().stream().map(ValueWithDiagnostics::getDiagnostics).collect(Collectors.toList()));
        assertThat(fast.getReports()).extracting(ValueWithDiagnostics::getValue)
                .isEqualTo(poi.getReports().stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()));
        assertThat(fast.getDiagnostics()).isEqualTo(poi.getDiagnostics());
        assertThat(fast.getUnreadCells()).isEqualTo(poi.getUnreadCells());
        assertThat(fast.getParts()).isEqualTo(poi.getParts());
    }

    @Test
    void fixturesReadThroughTheXlsxReaderAsThroughPoi() throws IOException {
        for (byte[] bytes : List.of(Files.readAllBytes(Fixtures.yueyang()), Files.readAllBytes(Fixtures.liuhe()),
                Files.readAllBytes(Fixtures.hengyangBasicData()))) {
            assertThat(BothPaths.declined(bytes, READER.limits())).isNull();
            sameAsPoi(bytes);
        }
    }

    @Test
    void aWorkbookTheXlsxReaderDeclinesIsReadByPoiWhole() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = (XSSFWorkbook) ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            XSSFSheet s = wb.getSheetAt(0);
            // an array formula makes every cell of its range a formula cell in POI: the xlsx reader leaves it to POI
            s.setArrayFormula("1+1", CellRangeAddress.valueOf("Z1:Z2"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        assertThat(BothPaths.declined(bytes, READER.limits())).contains("array formula");
        sameAsPoi(bytes);
        assertThat(READER.read(new ByteArrayInputStream(bytes), "f.xlsx").forms()).hasSize(1);
    }
}
