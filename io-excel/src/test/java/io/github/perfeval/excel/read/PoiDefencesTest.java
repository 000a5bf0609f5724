package io.github.perfeval.excel.read;

import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POI's zip-bomb and size defences are global ({@link ZipSecureFile}) and a reader puts its limits there only
 * when POI is about to read a workbook for it (a declined .xlsx, an .xls, {@code read(Workbook)}), not when it is
 * built. Each case runs in a fresh JVM, so that no other test's reader has set them first: whichever way POI is
 * first taken, it reads with the reader's limits.
 */
class PoiDefencesTest {

    /** A limit no other reader uses, so that finding it in POI's settings proves this reader put it there. */
    private static final long LIMIT = 9_876_543;   // below POI's own text-size default (10 MiB)

    @TempDir
    static Path dir;

    /** An .xlsx the xlsx reader declines (an array formula), so that POI reads it. */
    private static Path declined() throws IOException {
        Path file = dir.resolve("declined.xlsx");
        if (!Files.exists(file)) {
            try (XSSFWorkbook wb = (XSSFWorkbook) ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
                wb.getSheetAt(0).setArrayFormula("1+1", CellRangeAddress.valueOf("Z1:Z2"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                byte[] bytes = out.toByteArray();
                assertThat(BothPaths.declined(bytes, ReadLimits.defaults())).contains("array formula");
                Files.write(file, bytes);
            }
        }
        return file;
    }

    private static String probe(String... args) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    private static void hasTheReadersLimits(String output) {
        assertThat(output).contains("maxEntrySize=" + LIMIT + " ", "maxTextSize=" + LIMIT + " ", "minInflateRatio=0.01 ");
    }

    @Test
    void aDeclinedWorkbookReadFirstIsReadByPoiWithTheReadersLimits() throws Exception {
        String output = probe("file", declined().toString());
        assertThat(output).contains("forms=1 ");
        hasTheReadersLimits(output);
    }

    @Test
    void aDeclinedWorkbookAfterOnesTheXlsxReaderReadIsReadByPoiWithTheReadersLimits() throws Exception {
        String output = probe("file", Fixtures.yueyang().toString(), "file", declined().toString());
        assertThat(output).contains("forms=1 forms=1 ");
        hasTheReadersLimits(output);
    }

    @Test
    void anXlsReadFirstIsReadByPoiWithTheReadersLimits() throws Exception {
        Path xls = dir.resolve("form.xls");
        try (Workbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             Workbook form = WorkbookFactory.create(Files.newInputStream(declined()))) {
            org.apache.poi.ss.usermodel.Sheet to = wb.createSheet("自评表");
            org.apache.poi.ss.usermodel.Sheet from = form.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row r : from) {
                org.apache.poi.ss.usermodel.Row row = to.createRow(r.getRowNum());
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        row.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                    } else if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        row.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                    }
                }
            }
            try (var out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
        }
        String output = probe("file", xls.toString());
        assertThat(output).contains("forms=1 ");
        hasTheReadersLimits(output);
    }

    @Test
    void aWorkbookTheCallerOpenedGivesTheReadersLimitsToLaterOpens() throws Exception {
        String output = probe("workbook", Fixtures.yueyang().toString());
        assertThat(output).contains("forms=1 ");
        hasTheReadersLimits(output);
    }

    /** Runs in the child JVM: reads each file ("file" through the reader, "workbook" opened by POI first), then prints POI's settings. */
    public static final class Probe {

        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            ExcelFormReader reader = ExcelFormReader.create(ReadLimits.defaults().withMaxEntryBytes(LIMIT));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i + 1 < args.length; i += 2) {
                Path file = Path.of(args[i + 1]);
                ExcelReadResult read;
                if (args[i].equals("workbook")) {
                    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                        read = reader.read(wb, file.toString());
                    }
                } else {
                    read = reader.read(file);
                }
                out.append("forms=").append(read.forms().size()).append(' ');
            }
            out.append("maxEntrySize=").append(ZipSecureFile.getMaxEntrySize()).append(' ')
                    .append("maxTextSize=").append(ZipSecureFile.getMaxTextSize()).append(' ')
                    .append("minInflateRatio=").append(ZipSecureFile.getMinInflateRatio()).append(' ');
            System.out.println(out);
        }
    }
}
