package io.github.perfeval.files;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.PartReport.Outcome;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.testkit.SampleDocuments;
import io.github.perfeval.testkit.SampleForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sample workbook, written out as a Word document and as a web page, reads to the same forms with the
 * same diagnostics and the same scores: one parser, whatever the form was published in.
 */
class FixtureDocumentsTest {

    private static final FormFileReader READER = FormFileReader.create();

    private static ExcelReadResult workbook(String name) throws Exception {
        try (InputStream in = SampleForms.class.getResourceAsStream(SampleForms.FOLDER + name)) {
            return ExcelFormReader.create().read(in, name);
        }
    }

    /** A diagnostic as a user reads it, places aside: code, severity and both messages. */
    static List<String> asRead(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                // a formula read as its text is a fact of the workbook's cells: a document has no formulas
                .filter(d -> !d.is(StandardCode.FORMULA_AS_TEXT))
                .map(d -> d.getCode() + " " + d.getSeverity() + " " + d.getMessageZh() + " / " + d.getMessageEn())
                .collect(Collectors.toList());
    }

    static void assertSameAsTheWorkbook(FileReadResult document, ExcelReadResult workbook) {
        assertThat(document.forms()).isEqualTo(workbook.forms());
        for (int i = 0; i < workbook.getForms().size(); i++) {
            ValueWithDiagnostics<Form> w = workbook.getForms().get(i);
            ValueWithDiagnostics<Form> d = document.getForms().get(i);
            assertThat(asRead(d.getDiagnostics())).as("reading diagnostics of form %d", i).isEqualTo(asRead(w.getDiagnostics()));
            Evaluation we = Scorer.create().evaluate(w.getValue());
            Evaluation de = Scorer.create().evaluate(d.getValue());
            assertThat(de.getScore()).isEqualTo(we.getScore());
            assertThat(de.getGrade()).isEqualTo(we.getGrade());
            assertThat(asRead(de.getDiagnostics())).as("scoring diagnostics of form %d", i).isEqualTo(asRead(we.getDiagnostics()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleForms.YUEYANG_2024, SampleForms.LIUHE_2024})
    void aWorkbookWrittenAsAWordDocumentReadsTheSame(String name) throws Exception {
        ExcelReadResult workbook = workbook(name);
        List<Grid> sheets = SampleDocuments.sheets(name);
        List<Object> content = new ArrayList<>();
        for (Grid sheet : sheets) {
            content.add("附件");
            content.add(sheet);
        }
        FileReadResult document = READER.read(new ByteArrayInputStream(SampleDocuments.word(content)), name + ".docx");
        assertSameAsTheWorkbook(document, workbook);
        assertThat(document.getParts()).extracting(PartReport::getOutcome).containsOnly(Outcome.FORMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleForms.YUEYANG_2024, SampleForms.LIUHE_2024})
    void aWorkbookWrittenAsAWebPageReadsTheSame(String name) throws Exception {
        ExcelReadResult workbook = workbook(name);
        List<Object> content = new ArrayList<>(SampleDocuments.sheets(name));
        String page = SampleDocuments.html(content);
        FileReadResult document = READER.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), name + ".html");
        assertSameAsTheWorkbook(document, workbook);
    }

    @Test
    void aDisclosureWithProseA决算TableAndThreeFormsReadsAsTheWorkbooks() throws Exception {
        List<Form> expected = new ArrayList<>(workbook(SampleForms.YUEYANG_2024).forms());
        expected.addAll(workbook(SampleForms.LIUHE_2024).forms());
        byte[] docx = SampleDocuments.word(SampleDocuments.disclosure());
        FileReadResult word = READER.read(new ByteArrayInputStream(docx), "岳阳市应急管理局2024年度部门决算公开.docx");
        assertThat(word.forms()).isEqualTo(expected);
        assertThat(word.getParts()).extracting(PartReport::getOutcome)
                .containsExactly(Outcome.SKIPPED, Outcome.FORMS, Outcome.FORMS, Outcome.FORMS);
        assertThat(word.getParts().get(0).describe(true)).startsWith("表格1（6行×4列）中没有自评表")
                .contains("首行为“收入 | 支出”").endsWith("表格上方文字：“收入支出决算总表”");
        assertThat(word.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TABLE_SKIPPED");
        assertThat(word.getForms().get(0).getValue().getIndicators().get(0).getSource().orElseThrow().getContext())
                .contains("第三部分 绩效自评情况\n本部门对2024年度部门整体支出和项目支出开展了绩效自评，自评表如下。\n附件1");

        String html = SampleDocuments.html(SampleDocuments.disclosure());
        FileReadResult page = READER.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "决算公开.html");
        assertThat(page.forms()).isEqualTo(expected);
        assertThat(page.getParts()).extracting(PartReport::getOutcome)
                .containsExactly(Outcome.SKIPPED, Outcome.FORMS, Outcome.FORMS, Outcome.FORMS);
    }

    @Test
    void theBasicDataTableWrittenAsAWordDocumentAndAWebPageReadsTheSame() throws Exception {
        ExcelReadResult workbook;
        try (InputStream in = SampleForms.class.getResourceAsStream(SampleForms.BASIC_DATA_FOLDER + SampleForms.HENGYANG_2023_BASIC_DATA)) {
            workbook = ExcelFormReader.create().read(in, SampleForms.HENGYANG_2023_BASIC_DATA);
        }
        List<Object> content = new ArrayList<>();
        content.add("附件3 部门整体支出绩效评价基础数据表");
        content.addAll(SampleDocuments.sheets(SampleForms.HENGYANG_2023_BASIC_DATA));
        FileReadResult word = READER.read(new ByteArrayInputStream(SampleDocuments.word(content)), "基础数据表.docx");
        FileReadResult page = READER.read(new ByteArrayInputStream(SampleDocuments.html(content).getBytes(StandardCharsets.UTF_8)), "基础数据表.html");
        assertThat(workbook.basicData()).hasSize(1);
        for (FileReadResult document : List.of(word, page)) {
            assertThat(document.forms()).isEmpty();
            assertThat(document.getBasicData()).extracting(ValueWithDiagnostics::getValue).isEqualTo(workbook.basicData());
            assertThat(asRead(document.getBasicData().get(0).getDiagnostics())).isEqualTo(asRead(workbook.getBasicData().get(0).getDiagnostics()));
            assertThat(document.getParts()).singleElement().satisfies(p -> {
                assertThat(p.getOutcome()).isEqualTo(Outcome.BASIC_DATA);
                assertThat(p.describe(true)).endsWith("：读取为基础数据表1份");
            });
        }
    }
}
