package io.github.perfeval.excel;

import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.excel.read.WorkbookReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workbooks come from strangers: each hostile or broken file ends in one clear error, quickly. */
class HostileWorkbookTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    static byte[] yueyangBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create().write(List.of(PublishedForms.yueyang2024()), out);
        return out.toByteArray();
    }

    /** Rewrites one part of an xlsx through a function of its text, streaming extra bytes if asked. */
    static byte[] rewrite(byte[] xlsx, String part, java.util.function.Function<String, String> edit, long padBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    String text = edit.apply(new String(data, StandardCharsets.UTF_8));
                    int close = text.lastIndexOf("</");
                    zip.write(text.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < padBytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(text.substring(close).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Problem problemOf(byte[] bytes) {
        try {
            READER.read(new ByteArrayInputStream(bytes), "upload.xlsx");
        } catch (WorkbookReadException e) {
            assertThat(e.getMessage()).startsWith("upload.xlsx: ");
            assertThat(e.getFile()).isEqualTo("upload.xlsx");
            return e.getProblem();
        }
        throw new AssertionError("no error");
    }

    @Test
    void aZipBombIsRefusedQuickly() throws IOException {
        byte[] bomb = rewrite(yueyangBytes(), "xl/worksheets/sheet1.xml", s -> s, 300L << 20);
        assertThat(bomb.length).as("a small file").isLessThan(2 << 20);
        long start = System.nanoTime();
        assertThat(problemOf(bomb)).isEqualTo(Problem.ZIP_BOMB);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse 300 MB of inflation").isLessThan(10_000);
    }

    @Test
    void externalEntitiesAndDtdsAreRefused(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] external = rewrite(yueyangBytes(), "xl/worksheets/sheet1.xml",
                s -> xxe + s.substring(s.indexOf("?>") + 2).replace("应急救援装备水平", "&xxe;"), 0);
        assertThat(problemOf(external)).isIn(Problem.UNSAFE_XML, Problem.TRUNCATED);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">]>";
        byte[] billion = rewrite(yueyangBytes(), "xl/workbook.xml", s -> laughs + s.substring(s.indexOf("?>") + 2), 0);
        long start = System.nanoTime();
        assertThat(problemOf(billion)).isIn(Problem.UNSAFE_XML, Problem.TRUNCATED);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void hugeSheetsExceedTheLimitsWithAClearError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("big");
            for (int r = 0; r < 10_500; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
            wb.write(out);
        }
        WorkbookReadException rows = readError(out.toByteArray(), READER);
        assertThat(rows.getProblem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(rows.getDetail()).contains("10500 rows, limit 10000");

        ExcelFormReader narrow = ExcelFormReader.create(ReadLimits.defaults().withMaxColumns(20).withMaxCellText(50));
        ByteArrayOutputStream wide = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("wide").createRow(0).createCell(25).setCellValue("x");
            wb.write(wide);
        }
        assertThat(readError(wide.toByteArray(), narrow).getDetail()).contains("26 columns, limit 20");
        ByteArrayOutputStream longText = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("long").createRow(0).createCell(0).setCellValue("长".repeat(51));
            wb.write(longText);
        }
        assertThat(readError(longText.toByteArray(), narrow).getDetail()).contains("long!A1").contains("51 characters");
        assertThatThrownBy(() -> ExcelFormReader.create(ReadLimits.defaults().withMaxFileBytes(1000)).read(Fixtures.yueyang()))
                .isInstanceOf(WorkbookReadException.class).hasMessageContaining("limit 1000");
        // many parts, each within its own bound, still cannot add up past the total
        assertThatThrownBy(() -> ExcelFormReader.create(ReadLimits.defaults().withMaxTotalBytes(20_000)).read(Fixtures.yueyang()))
                .isInstanceOf(WorkbookReadException.class).hasMessageContaining("more than 20000 bytes once inflated");
    }

    private static WorkbookReadException readError(byte[] bytes, ExcelFormReader reader) {
        try {
            reader.read(new ByteArrayInputStream(bytes), "big.xlsx");
        } catch (WorkbookReadException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void brokenFilesEachGiveOneLineErrors(@TempDir Path dir) throws Exception {
        assertThat(problemOf("这不是工作簿".getBytes(StandardCharsets.UTF_8))).isEqualTo(Problem.NOT_A_WORKBOOK);
        assertThat(problemOf(new byte[0])).isEqualTo(Problem.NOT_A_WORKBOOK);
        byte[] whole = Files.readAllBytes(Fixtures.yueyang());
        assertThat(problemOf(Arrays.copyOf(whole, whole.length / 2))).isEqualTo(Problem.TRUNCATED);

        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(whole);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        assertThat(problemOf(encrypted.toByteArray())).isEqualTo(Problem.ENCRYPTED);

        WorkbookReadException missing = null;
        try {
            READER.read(dir.resolve("nope.xlsx"));
        } catch (WorkbookReadException e) {
            missing = e;
        }
        assertThat(missing).isNotNull();
        assertThat(missing.getProblem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(missing.getMessage()).doesNotContain("\n").contains("nope.xlsx");
    }

    @Test
    void oldXlsWorkbooksAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook x = (XSSFWorkbook) ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null);
             HSSFWorkbook wb = new HSSFWorkbook()) {
            copy(x.getSheetAt(0), wb.createSheet(x.getSheetName(0)));
            wb.write(out);
        }
        List<Form> forms = READER.read(new ByteArrayInputStream(out.toByteArray()), "old.xls").forms();
        assertThat(forms).containsExactly(PublishedForms.yueyang2024());
    }

    @Test
    void formulasGiveTheirCachedValueAndAreNeverEvaluated() throws IOException {
        try (XSSFWorkbook wb = (XSSFWorkbook) ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            Sheet s = wb.getSheetAt(0);
            XSSFCell weight = null;
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("定期召开应安委会全会。")) {
                        weight = (XSSFCell) row.getCell(6);
                    }
                }
            }
            weight.setCellFormula("1+1");
            weight.getCTCell().setV("5"); // cached value 5; evaluating would give 2
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Form form = READER.read(new ByteArrayInputStream(out.toByteArray()), "f.xlsx").forms().get(0);
            assertThat(form.getIndicators().get(0).getWeight().orElseThrow().decimal()).isEqualByComparingTo("5");
        }
    }

    private static void copy(Sheet from, Sheet to) {
        for (Row row : from) {
            Row r = to.createRow(row.getRowNum());
            for (Cell c : row) {
                Cell d = r.createCell(c.getColumnIndex());
                switch (c.getCellType()) {
                    case NUMERIC:
                        d.setCellValue(c.getNumericCellValue());
                        break;
                    case STRING:
                        d.setCellValue(c.getStringCellValue());
                        break;
                    default:
                        break;
                }
            }
        }
        from.getMergedRegions().forEach(to::addMergedRegionUnsafe);
    }

}
