package io.github.perfeval.files;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.files.FormFileReader.Kind;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport.Outcome;
import io.github.perfeval.testkit.SampleDocuments;
import io.github.perfeval.testkit.SampleForms;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One entry point for every kind of file: the content decides, the name only when the content does not say. */
class FormFileReaderTest {

    private static final FormFileReader READER = FormFileReader.create();

    static byte[] workbook() throws Exception {
        try (InputStream in = SampleForms.class.getResourceAsStream(SampleForms.FOLDER + SampleForms.LIUHE_2024)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyKindIsToldByItsContentWhateverItsName(@TempDir Path dir) throws Exception {
        List<Form> expected = SampleForms.read(SampleForms.LIUHE_2024);
        List<Object> sheets = List.copyOf(SampleDocuments.sheets(SampleForms.LIUHE_2024));
        byte[] docx = SampleDocuments.word(sheets);
        byte[] html = SampleDocuments.html(sheets).getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = workbook();
        assertThat(FormFileReader.kindOf(docx, "upload.xlsx")).isEqualTo(Kind.WORD);
        assertThat(FormFileReader.kindOf(xlsx, "upload.docx")).isEqualTo(Kind.WORKBOOK);
        assertThat(FormFileReader.kindOf(html, "upload")).isEqualTo(Kind.HTML);
        assertThat(FormFileReader.kindOf(html, "word-saved-as-web-page.doc")).isEqualTo(Kind.HTML);
        // the first bytes only (no central directory): the entries' own headers tell a package's kind
        assertThat(FormFileReader.kindOf(java.util.Arrays.copyOf(docx, 4096), "upload.dat")).isEqualTo(Kind.WORD);
        assertThat(FormFileReader.kindOf(java.util.Arrays.copyOf(docx, 4096), "upload.xlsx")).isEqualTo(Kind.WORD);
        assertThat(FormFileReader.kindOf(java.util.Arrays.copyOf(xlsx, 4096), "upload.docx")).isEqualTo(Kind.WORKBOOK);
        assertThat(FormFileReader.kindOf(java.util.Arrays.copyOf(xlsx, 4096), "upload")).isEqualTo(Kind.WORKBOOK);
        assertThat(FormFileReader.kindOf(java.util.Arrays.copyOf(html, Math.min(512, html.length)), "upload.dat"))
                .isEqualTo(Kind.HTML);
        assertThat(READER.read(new ByteArrayInputStream(docx), "upload.xlsx").forms()).isEqualTo(expected);
        assertThat(READER.read(new ByteArrayInputStream(xlsx), "upload.docx").forms()).isEqualTo(expected);
        assertThat(READER.read(new ByteArrayInputStream(html), "2024年度自评表.doc").forms()).isEqualTo(expected);

        Path page = dir.resolve("自评表.htm");
        Files.write(page, SampleDocuments.html(sheets).replace("utf-8", "gb18030").getBytes(Charset.forName("GB18030")));
        FileReadResult read = READER.read(page);
        assertThat(read.forms()).isEqualTo(expected);
        assertThat(read.getFile()).isEqualTo(page.toString());
        assertThat(read.getParts()).extracting(p -> p.getOutcome()).containsExactly(Outcome.FORMS, Outcome.FORMS);

        FileReadResult fromWorkbook = READER.read(new ByteArrayInputStream(xlsx), "liuhe.xlsx");
        assertThat(fromWorkbook.getParts()).extracting(p -> p.describe(true))
                .containsExactly("工作表“项目支出绩效自评表”（20行×7列）：读取为自评表1份", "工作表“部门整体支出绩效自评表”（21行×8列）：读取为自评表1份");
    }

    @Test
    void whatIsNotReadIsRefusedWithOneClearError() throws Exception {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThat(FormFileReader.kindOf(doc.toByteArray(), "x.xls")).isEqualTo(Kind.WORD);
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(doc.toByteArray()), "2023年自评表.doc"))
                .isInstanceOfSatisfying(FileReadException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage()).isEqualTo("2023年自评表.doc: 不支持的文件格式 / a file format perfeval does not read "
                            + "(旧版Word文档（.doc），请用Word或WPS另存为.docx后再读取 / an old binary Word document (.doc): save it as .docx)");
                });
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)), "a.pdf"))
                .isInstanceOfSatisfying(FileReadException.class, e -> assertThat(e.getProblem()).isEqualTo(Problem.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream("名称,指标\n".getBytes(StandardCharsets.UTF_8)), "a.csv"))
                .isInstanceOfSatisfying(FileReadException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.UNSUPPORTED_FORMAT);
                    assertThat(e.getDetail()).contains(".docx").contains(".html");
                });
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)), "a.xlsx"))
                .isInstanceOfSatisfying(FileReadException.class, e -> assertThat(e.getProblem()).isEqualTo(Problem.NOT_A_WORKBOOK));
    }

    @Test
    void foldersAreWalkedForTheKindsRead() {
        assertThat(List.of("a.xlsx", "b.XLS", "c.xlsm", "d.docx", "e.doc", "f.html", "g.HTM").stream().map(Path::of)
                .allMatch(FormFileReader::isReadable)).isTrue();
        assertThat(List.of("~$d.docx", "a.json", "a.pdf", "a.txt", "docx").stream().map(Path::of)
                .noneMatch(FormFileReader::isReadable)).isTrue();
    }
}
