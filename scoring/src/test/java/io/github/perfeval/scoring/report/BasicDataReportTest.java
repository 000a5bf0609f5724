package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's basic-data tables in the check report: their own entry, the summary's counts, both Jacksons. */
class BasicDataReportTest {

    private static BasicDataReport hengyang(Locale locale) {
        Diagnostic read = Diagnostic.of(BasicDataCode.BASIC_DATA_UNREAD_CELL, Location.cell("基础数据表", "E5"), "单元格“含接待”未读取", "cell not read");
        return BasicDataReport.of(BasicDataChecker.create().evaluate(PublishedBasicData.hengyang2023()), List.of(read), locale);
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aTablesEntryHasItsFiguresAndFindingsWarningsFirst() throws Exception {
        BasicDataReport r = hengyang(Locale.CHINESE);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).startsWith("BASIC_DATA_UNREAD_CELL", "BASIC_DATA_OVERSPENT");
        JsonNode json = new ObjectMapper().readTree(ReportJsonWriter.toJson(Report.of(List.of(FileReport.of("t.xlsx", List.of(), List.of(r))))));
        JsonNode table = json.get("files").get(0).get("basicData").get(0);
        assertThat(fields(table)).containsExactly("sheet", "title", "unit", "year", "derived", "hasErrors", "diagnostics");
        assertThat(table.get("derived").get(1).toString())
                .isEqualTo("{\"measure\":\"THREE_PUBLIC_CONTROL_RATE\",\"label\":\"三公经费控制率\",\"value\":\"0.8384\"}");
        assertThat(table.get("derived").get(6).get("value").isNull()).as("cannot be computed").isTrue();
        assertThat(fields(json.get("files").get(0))).containsExactly("file", "forms", "basicData", "error");
        assertThat(json.get("summary").toString())
                .isEqualTo("{\"files\":1,\"forms\":0,\"formsWithErrors\":0,\"unreadable\":0,\"basicData\":1,\"basicDataWithErrors\":0}");
        JsonNode en = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(hengyang(Locale.ENGLISH)));
        assertThat(en.get("derived").get(0).get("label").asText()).isEqualTo("staffing control rate");
    }

    @Test
    void aFileWithoutTablesKeepsItsShapeAndATableWithAnErrorCounts() throws Exception {
        FileReport forms = FileReport.of("y.xlsx", List.of(FormReport.of(Scorer.create().evaluate(PublishedForms.yueyang2024()), Locale.CHINESE)));
        JsonNode json = new ObjectMapper().readTree(ReportJsonWriter.toJson(Report.of(List.of(forms))));
        assertThat(fields(json.get("files").get(0))).containsExactly("file", "forms", "error");
        assertThat(fields(json.get("summary"))).containsExactly("files", "forms", "formsWithErrors", "unreadable");

        Diagnostic wrong = Diagnostic.of(BasicDataCode.BASIC_DATA_SUM_MISMATCH, Location.cell("基础数据表", "D5"), "不符", "differs");
        BasicDataReport withError = BasicDataReport.of(BasicDataChecker.create().evaluate(PublishedBasicData.hengyang2023()),
                List.of(wrong), Locale.CHINESE);
        FileReport file = FileReport.of("t.xlsx", List.of(), List.of(withError));
        assertThat(file.hasErrors()).isTrue();
        Summary s = Summary.EMPTY.plus(file).plus(forms);
        assertThat(s.getBasicData()).isEqualTo(1);
        assertThat(s.getBasicDataWithErrors()).isEqualTo(1);
        assertThat(s.getFormsWithErrors()).isEqualTo(1);
    }

    @Test
    void jackson3WritesTheSameJson() throws Exception {
        Report report = Report.of(List.of(FileReport.of("t.xlsx", List.of(), List.of(hengyang(Locale.CHINESE)))));
        String ours = ReportJsonWriter.toJson(report);
        ObjectMapper reader = new ObjectMapper();
        String expected = reader.writeValueAsString(reader.readTree(ours));
        assertThat(new ObjectMapper().writeValueAsString(report)).isEqualTo(expected);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(report)).isEqualTo(expected);
    }
}
