package io.github.perfeval.word;

import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents come from strangers: each hostile or broken file ends in one clear error, quickly. */
class HostileDocumentTest {

    private static final WordFormReader READER = WordFormReader.create();

    static byte[] form() {
        return WordSketch.create().paragraph("2024年度项目支出绩效自评表").table(WordFormReaderTest.project()).bytes();
    }

    /** Rewrites one part of a package through a function of its text, streaming extra bytes before its last tag if asked. */
    static byte[] rewrite(byte[] docx, String part, Function<String, String> edit, long padBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
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

    /** The document's body replaced. */
    static byte[] body(String xml) throws IOException {
        return rewrite(form(), "word/document.xml", s -> s.substring(0, s.indexOf("<w:body>") + 8) + xml + "</w:body></w:document>", 0);
    }

    static FileReadException error(byte[] bytes) {
        return error(bytes, READER);
    }

    static FileReadException error(byte[] bytes, WordFormReader reader) {
        try {
            reader.read(new ByteArrayInputStream(bytes), "upload.docx");
        } catch (FileReadException e) {
            assertThat(e.getMessage()).startsWith("upload.docx: ").doesNotContain("\n");
            assertThat(e.getFile()).isEqualTo("upload.docx");
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void theSketchedFormIsReadBeforeItIsSpoilt() {
        assertThat(READER.read(new ByteArrayInputStream(form()), "upload.docx").forms()).hasSize(1);
    }

    @Test
    void aZipBombIsRefusedQuickly() throws IOException {
        byte[] bomb = rewrite(form(), "word/document.xml", s -> s, 300L << 20);
        assertThat(bomb.length).as("a small file").isLessThan(2 << 20);
        long start = System.nanoTime();
        assertThat(error(bomb).getProblem()).isEqualTo(Problem.ZIP_BOMB);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse 300 MB of inflation").isLessThan(10_000);
        WordFormReader total = WordFormReader.create(ReadLimits.defaults().withMaxTotalBytes(5_000));
        assertThat(error(form(), total).getDetail()).isEqualTo("more than 5000 bytes once inflated");
    }

    @Test
    void dtdsAndEntitiesAreRefused(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] external = rewrite(form(), "word/document.xml", s -> xxe + s.substring(s.indexOf("?>") + 2).replace("森林防火宣传", "&xxe;"), 0);
        FileReadException e = error(external);
        assertThat(e.getProblem()).isEqualTo(Problem.UNSAFE_XML);
        assertThat(e.getDetail()).isEqualTo("part word/document.xml declares a DTD");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
        byte[] billion = rewrite(form(), "[Content_Types].xml", s -> laughs + s.substring(s.indexOf("?>") + 2), 0);
        long start = System.nanoTime();
        assertThat(error(billion).getProblem()).isEqualTo(Problem.UNSAFE_XML);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void tablesNestedDeepAndTablesByTheThousandAreRefused() throws IOException {
        String cell = "<w:tbl><w:tr><w:tc>";
        String deep = cell.repeat(2_000) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(2_000);
        long start = System.nanoTime();
        FileReadException e = error(body(deep));
        assertThat(e.getProblem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.getDetail()).isEqualTo("part word/document.xml nests elements deeper than 256 levels");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, and no stack overflow").isLessThan(10_000);
        String many = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>".repeat(1_001);
        assertThat(error(body(many)).getDetail()).isEqualTo("more than 1000 tables");
        String nestedFine = cell.repeat(20) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(20);
        assertThat(READER.read(new ByteArrayInputStream(body(nestedFine)), "fine.docx").getParts()).hasSize(20);
    }

    @Test
    void hugeTablesExceedTheLimitsWithAClearError() throws IOException {
        java.util.Random random = new java.util.Random(14);
        StringBuilder rows = new StringBuilder("<w:tbl>");
        for (int r = 0; r <= 10_000; r++) {   // rows that do not compress a hundredfold
            rows.append("<w:tr><w:tc><w:p><w:r><w:t>").append(random.nextLong()).append("</w:t></w:r></w:p></w:tc></w:tr>");
        }
        rows.append("</w:tbl>");
        assertThat(error(body(rows.toString())).getDetail()).isEqualTo("table 1 has more than 10000 rows (row 10001), limit 10000");
        String wide = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"999999999999\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>";
        assertThat(error(body(wide)).getDetail()).isEqualTo("table 1 has 201 columns or more, limit 200");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append((char) ('一' + random.nextInt(20_000)));
        }
        String longCell = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        assertThat(error(body(longCell)).getDetail()).contains("40000 characters, limit 32767");
        assertThat(error(form(), WordFormReader.create(ReadLimits.defaults().withMaxFileBytes(1000))).getDetail())
                .isEqualTo("more than 1000 bytes");
    }

    @Test
    void anOldDocIsRefusedWithAMessageToSaveItAsDocx() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            fs.writeFilesystem(doc);
        }
        FileReadException e = error(doc.toByteArray());
        assertThat(e.getProblem()).isEqualTo(Problem.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("另存为.docx").contains("save it as .docx");
    }

    @Test
    void brokenAndOtherFilesEachGiveOneLineErrors(@TempDir Path dir) throws Exception {
        assertThat(error("这不是文档".getBytes(StandardCharsets.UTF_8)).getProblem()).isEqualTo(Problem.NOT_A_DOCUMENT);
        assertThat(error(new byte[0]).getProblem()).isEqualTo(Problem.NOT_A_DOCUMENT);
        assertThat(error("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).getProblem()).isEqualTo(Problem.UNSUPPORTED_FORMAT);
        byte[] whole = form();
        assertThat(error(Arrays.copyOf(whole, whole.length / 2)).getProblem()).isIn(Problem.TRUNCATED, Problem.NOT_A_DOCUMENT);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("三级指标");
            wb.write(xlsx);
        }
        FileReadException workbook = error(xlsx.toByteArray());
        assertThat(workbook.getProblem()).isEqualTo(Problem.NOT_A_DOCUMENT);
        assertThat(workbook.getDetail()).isEqualTo("an Excel workbook (.xlsx)");

        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(whole);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        assertThat(error(encrypted.toByteArray()).getProblem()).isEqualTo(Problem.ENCRYPTED);

        FileReadException missing = null;
        try {
            READER.read(dir.resolve("nope.docx"));
        } catch (FileReadException ex) {
            missing = ex;
        }
        assertThat(missing).isNotNull();
        assertThat(missing.getProblem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(missing.getMessage()).doesNotContain("\n").contains("nope.docx");
    }
}
