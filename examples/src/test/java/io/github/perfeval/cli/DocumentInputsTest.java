package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.testkit.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** check and convert read Word documents and web pages as they read workbooks. */
class DocumentInputsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private JsonNode json() throws Exception {
        return PerfevalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** Each form of a check report as a user reads it, places aside: what it is, its totals, and its findings. */
    private static List<String> forms(JsonNode root) {
        List<String> forms = new ArrayList<>();
        for (JsonNode file : root.get("files")) {
            for (JsonNode form : file.get("forms")) {
                StringBuilder sb = new StringBuilder();
                sb.append(form.get("kind").asText()).append(' ').append(form.get("unit").asText()).append(' ')
                        .append(form.get("project").asText()).append(' ').append(form.get("year").asText()).append(' ')
                        .append(form.get("totals")).append(' ').append(form.get("grade").asText()).append(' ')
                        .append(form.get("hasErrors").asBoolean()).append(' ').append(form.get("indicators").size());
                for (JsonNode d : form.get("diagnostics")) {
                    if (!d.get("code").asText().equals("FORMULA_AS_TEXT")) {   // a fact of the workbook's cells: a document has no formulas
                        sb.append("\n  ").append(d.get("code").asText()).append(' ').append(d.get("severity").asText()).append(' ')
                                .append(d.get("message").asText());
                    }
                }
                forms.add(sb.toString());
            }
        }
        return forms;
    }

    @Test
    void checkFindsTheThreeFormsOfAWordDocumentWithTheWorkbooksDiagnostics(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("岳阳市应急管理局2024年度部门决算公开.docx");
        Files.write(docx, SampleDocuments.word(SampleDocuments.disclosure()));
        assertThat(run("check", "--format", "json", CommandLineTest.YUEYANG, CommandLineTest.LIUHE)).isEqualTo(1);
        List<String> workbooks = forms(json());
        assertThat(run("check", "--format", "json", docx.toString())).isEqualTo(1);
        JsonNode document = json();
        assertThat(document.get("files").get(0).get("error").isNull()).isTrue();
        assertThat(document.get("summary").get("forms").asInt()).isEqualTo(3);
        assertThat(workbooks).hasSize(3);
        assertThat(forms(document)).isEqualTo(workbooks);

        Path page = dir.resolve("决算公开.html");
        Files.writeString(page, SampleDocuments.html(SampleDocuments.disclosure()));
        assertThat(run("check", "--format", "json", page.toString())).isEqualTo(1);
        assertThat(forms(json())).isEqualTo(workbooks);
    }

    @Test
    void aWebPagesFormIsNamedByItsTableAndItsPlacesAreInTheReadersLanguage(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, SampleDocuments.html(List.copyOf(SampleDocuments.sheets("yueyang-2024-department.xlsx"))));
        run("check", page.toString());
        String zh = out.toString(StandardCharsets.UTF_8);
        assertThat(zh).contains("表1：表格1").doesNotContain("（JSON）").contains("表格1第").doesNotContain("table 1, row");
        run("check", "--lang", "en", page.toString());
        String en = out.toString(StandardCharsets.UTF_8);
        assertThat(en).contains("Form 1: table 1").doesNotContain("(json)").contains("table 1, row");
    }

    @Test
    void foldersOfDocumentsAreCheckedAndAnOldDocIsReportedNotPassedOver(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.docx"), SampleDocuments.word(List.copyOf(SampleDocuments.sheets("liuhe-2024.xlsx"))));
        Files.writeString(dir.resolve("b.htm"), SampleDocuments.html(List.copyOf(SampleDocuments.sheets("yueyang-2024-department.xlsx"))));
        Files.write(dir.resolve("c.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        Files.writeString(dir.resolve("notes.txt"), "not a form");
        assertThat(run("check", "--format", "json", dir.toString())).isEqualTo(2);
        JsonNode files = json().get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("forms")).hasSize(2);
        assertThat(files.get(1).get("forms")).hasSize(1);
        assertThat(files.get(2).get("error").asText()).contains("c.doc");
    }

    @Test
    void aWordDocumentConvertsToJsonWithItsTablePlaces(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("liuhe.docx");
        Files.write(docx, SampleDocuments.word(List.copyOf(SampleDocuments.sheets("liuhe-2024.xlsx"))));
        Path json = dir.resolve("liuhe.json");
        assertThat(run("convert", docx.toString(), json.toString())).isEqualTo(0);
        JsonNode root = PerfevalJson.mapper().readTree(Files.readString(json));
        JsonNode first = root.get("forms").get(0).get("form").get("indicators").get(0).get("source");
        assertThat(first.get("table").asInt()).isEqualTo(1);
        assertThat(first.get("row").asInt()).isGreaterThan(1);
    }

    @Test
    void reportNeverReplacesAWebPageItDidNotWrite(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("published.html");
        String published = SampleDocuments.html(List.copyOf(SampleDocuments.sheets("liuhe-2024.xlsx")));
        Files.writeString(page, published);
        assertThat(run("report", CommandLineTest.YUEYANG, page.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("published.html").contains("refusing to replace it");
        assertThat(Files.readString(page)).as("the page is untouched").isEqualTo(published);

        Path report = dir.resolve("report.html");
        assertThat(run("report", page.toString(), report.toString())).isEqualTo(0);
        assertThat(Files.readString(report)).contains("应急管理类综合管理项目");
        assertThat(run("report", CommandLineTest.LIUHE, report.toString())).as("its own report is replaced").isEqualTo(0);
    }
}
