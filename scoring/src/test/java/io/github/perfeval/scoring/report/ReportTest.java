package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public report: its content, its hasErrors over reading and scoring, one JSON shape for every mapper. */
class ReportTest {

    private static final Scorer SCORER = Scorer.create();

    private static Form clean() {
        return Form.builder().kind(FormKind.PROJECT).projectName("培训项目").year(2024)
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训")
                        .target(IndicatorValue.parse("≥4次")).actual(IndicatorValue.parse("5次"))
                        .weight(Figure.of("100")).declaredScore(Figure.of("100.00")).build())
                .build();
    }

    @Test
    void aFormsReportHoldsWhatTheCheckFound() {
        FormReport r = FormReport.of(SCORER.evaluate(PublishedForms.yueyang2024()), Locale.CHINESE);
        assertThat(r.getKind()).isEqualTo(FormKind.DEPARTMENT);
        assertThat(r.getUnit()).contains("岳阳市应急管理局");
        assertThat(r.getProject()).isEmpty();
        assertThat(r.getYear()).contains(2024);
        BudgetReport b = r.getBudget().orElseThrow();
        assertThat(b.getAdjusted()).contains(new BigDecimal("4759.76"));
        assertThat(b.getRate()).contains(new BigDecimal("0.9986"));
        assertThat(b.getScore()).isEqualTo(new BigDecimal("9.99"));
        IndicatorReport first = r.getIndicators().get(0);
        assertThat(first.getName()).isEqualTo("定期召开应安委会全会。");
        assertThat(first.getTarget()).isEqualTo("≧4次");
        assertThat(first.getScore()).as("normal form: 5, not 5.00").isEqualTo(new BigDecimal("5"));
        assertThat(first.getExplanation()).contains("≧4次");
        assertThat(r.getTotals().getDeclaredTotal()).contains(new BigDecimal("97.99"));
        assertThat(r.getTotals().getScore()).isEqualTo(new BigDecimal("93.99"));
        assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode)
                .contains("WEIGHT_TOTAL_MISMATCH", "DECLARED_TOTAL_MISMATCH");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.getDiagnostics()).extracting(Diagnostic::getSeverity).isSorted();
    }

    @Test
    void readingDiagnosticsAreMergedAndCountForHasErrors() {
        Evaluation e = SCORER.evaluate(clean());
        assertThat(e.hasErrors()).isFalse();
        assertThat(FormReport.of(e, Locale.CHINESE).hasErrors()).isFalse();
        Diagnostic unreadable = Diagnostic.of(StandardCode.UNREADABLE_CELL, Severity.ERROR, Location.cell("表", "C7"),
                "单元格无法读取", "the cell cannot be read");
        Diagnostic note = Diagnostic.of(StandardCode.SHEET_SKIPPED, Location.sheet("说明"), "已跳过", "skipped");
        FormReport r = FormReport.of(e, List.of(note, unreadable), Locale.CHINESE);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.getDiagnostics()).startsWith(unreadable).contains(note);
        assertThat(FileReport.of("a.xlsx", List.of(r)).hasErrors()).isTrue();
        assertThat(Report.of(List.of(FileReport.of("a.xlsx", List.of(r)))).hasErrors()).isTrue();
        FormReport warningsOnly = FormReport.of(e, List.of(note), Locale.CHINESE);
        assertThat(warningsOnly.hasErrors()).isFalse();
    }

    @Test
    void theFormItselfIsThereToDrawItButNotInTheJson() throws Exception {
        Form form = PublishedForms.yueyang2024();
        FormReport r = FormReport.of(SCORER.evaluate(form), Locale.CHINESE);
        assertThat(r.getForm()).isSameAs(form);
        assertThat(r.getForm().getIndicators()).hasSize(r.getIndicators().size());
        JsonNode json = PerfevalJson.mapper().readTree(ReportJsonWriter.toJson(Report.of(List.of(FileReport.of("y", List.of(r))))));
        JsonNode f = json.get("files").get(0).get("forms").get(0);
        assertThat(f.has("form")).isFalse();
        assertThat(f.has("footer")).isFalse();
    }

    @Test
    void theJsonHasTheContractedShape() throws Exception {
        FormReport y = FormReport.of(SCORER.evaluate(PublishedForms.yueyang2024()), Locale.CHINESE);
        FormReport l = FormReport.of(SCORER.evaluate(PublishedForms.liuhe2024Project()), Locale.CHINESE);
        Report report = Report.of(List.of(FileReport.of("y.xlsx", List.of(y)), FileReport.of("l.xlsx", List.of(l)),
                FileReport.unreadable("bad.xlsx", "bad.xlsx: not an Excel workbook")));
        JsonNode root = PerfevalJson.mapper().readTree(ReportJsonWriter.toJson(report));
        JsonNode form = root.get("files").get(0).get("forms").get(0);
        assertThat(fieldNames(root)).containsExactly("files", "summary");
        assertThat(fieldNames(root.get("files").get(0))).containsExactly("file", "forms", "error");
        assertThat(fieldNames(form)).containsExactly("sheet", "kind", "title", "unit", "project", "year", "budget",
                "indicators", "totals", "grade", "gradeLabel", "hasErrors", "diagnostics");
        assertThat(form.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(form.get("project").isNull()).as("absent values are null").isTrue();
        assertThat(form.get("sheet").isNull()).isTrue();
        assertThat(form.get("year").asInt()).isEqualTo(2024);
        assertThat(form.get("budget").get("rate").isTextual()).as("decimals are JSON strings").isTrue();
        assertThat(form.get("budget").get("rate").asText()).isEqualTo("0.9986");
        assertThat(fieldNames(form.get("budget"))).containsExactly("adjusted", "executed", "rate", "weight",
                "weightAssigned", "declaredScore", "score", "moneyUnit");
        assertThat(form.get("budget").get("moneyUnit").asText()).isEqualTo("WAN_YUAN");
        assertThat(fieldNames(form.get("totals"))).containsExactly("weights", "declaredWeights", "declaredScores",
                "declaredTotal", "score", "weightsAssigned");
        assertThat(form.get("totals").get("weights").asText()).isEqualTo("96");
        assertThat(form.get("totals").get("declaredTotal").asText()).isEqualTo("97.99");
        assertThat(form.get("totals").get("score").asText()).isEqualTo("93.99");
        assertThat(form.get("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(form.get("gradeLabel").asText()).isEqualTo("优");
        assertThat(form.get("hasErrors").asBoolean()).isTrue();
        JsonNode ind = form.get("indicators").get(0);
        assertThat(fieldNames(ind)).containsExactly("level1", "level2", "level1Label", "level2Label", "name", "target",
                "actual", "weight", "weightAssigned", "declaredScore", "score", "status", "ratio", "explanation", "where");
        assertThat(ind.get("score").asText()).isEqualTo("5");
        assertThat(ind.get("status").asText()).isEqualTo("MET");
        JsonNode d = form.get("diagnostics").get(0);
        assertThat(fieldNames(d)).containsExactly("code", "severity", "where", "message");
        assertThat(d.get("severity").asText()).isEqualTo("ERROR");
        assertThat(root.get("files").get(1).get("forms").get(0).get("budget").get("declaredScore").isNull()).isTrue();
        assertThat(root.get("files").get(2).get("error").asText()).contains("not an Excel workbook");
        assertThat(root.get("files").get(2).get("forms")).isEmpty();
        assertThat(root.get("summary").toString())
                .isEqualTo("{\"files\":3,\"forms\":2,\"formsWithErrors\":" + (l.hasErrors() ? 2 : 1) + ",\"unreadable\":1}");
    }

    @Test
    void textsFollowTheReportsLanguage() throws Exception {
        Evaluation e = SCORER.evaluate(PublishedForms.yueyang2024());
        FormReport en = FormReport.of(e, Locale.ENGLISH);
        JsonNode form = PerfevalJson.mapper().readTree(ReportJsonWriter.toJson(Report.of(List.of(FileReport.of("y", List.of(en))))))
                .get("files").get(0).get("forms").get(0);
        assertThat(form.get("gradeLabel").asText()).isEqualTo("excellent");
        assertThat(form.get("diagnostics").toString()).contains("weights add up to 96, not 100");
        assertThat(en.getIndicators().get(0).getExplanation()).isEqualTo(e.getIndicators().get(0).getExplanationEn());
        assertThat(FormReport.of(e, null).getLocale()).as("no locale: Chinese").isEqualTo(Locale.CHINESE);
    }

    @Test
    void anApplicationsOwnJacksonMapperWritesTheSameJson() throws Exception {
        Report report = Report.of(List.of(
                FileReport.of("y.xlsx", List.of(FormReport.of(SCORER.evaluate(PublishedForms.yueyang2024()), Locale.CHINESE))),
                FileReport.of("l.xlsx", List.of(FormReport.of(SCORER.evaluate(PublishedForms.liuhe2024Project()), Locale.CHINESE),
                        FormReport.of(SCORER.evaluate(PublishedForms.liuhe2024Department()), Locale.CHINESE))),
                FileReport.unreadable("bad.xlsx", "bad.xlsx: not an Excel workbook")));
        String ours = ReportJsonWriter.toJson(report);
        ObjectMapper reader = new ObjectMapper();
        JsonNode expected = reader.readTree(ours);
        List<ObjectMapper> mappers = List.of(
                new ObjectMapper(),                                             // plain Jackson 2
                PerfevalJson.mapper(),                                          // NON_ABSENT, Jdk8Module
                JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL)
                        .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING).build());
        for (ObjectMapper m : mappers) {
            String theirs = m.writeValueAsString(report);
            assertThat(reader.readTree(theirs)).isEqualTo(expected);
            assertThat(theirs).as("same field order").isEqualTo(reader.writeValueAsString(expected));
        }
        // Jackson 3 (Spring Boot 4's), which sorts properties alphabetically by default
        tools.jackson.databind.json.JsonMapper jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        String three = jackson3.writeValueAsString(report);
        assertThat(three).isEqualTo(reader.writeValueAsString(expected));
    }

    @Test
    void decimalsAreWrittenPlainWhateverTheirScale() throws Exception {
        Form f = Form.builder().kind(FormKind.PROJECT)
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("微量")
                        .target(IndicatorValue.parse("≥0.0000001吨")).actual(IndicatorValue.parse("0.00000005吨"))
                        .weight(Figure.of(new BigDecimal("1E+2"))).declaredScore(Figure.of("0.0000001")).build())
                .build();
        FormReport r = FormReport.of(SCORER.evaluate(f), Locale.CHINESE);
        assertThat(r.getIndicators().get(0).getDeclaredScore().orElseThrow().toString()).isEqualTo("1E-7");
        String json = new ObjectMapper().writeValueAsString(r);
        assertThat(json).contains("\"weight\":\"100\"").contains("\"declaredScore\":\"0.0000001\"")
                .doesNotContain("E-").doesNotContain("E+");
        assertThat(r.getIndicators().get(0).getWeight()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void theWriterStreamsOneFileAtATime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormReport y = FormReport.of(SCORER.evaluate(PublishedForms.yueyang2024()), Locale.CHINESE);
        ReportJsonWriter w = ReportJsonWriter.of(out);
        w.write(FileReport.of("first.xlsx", List.of(y)));
        String afterFirst = out.toString(StandardCharsets.UTF_8);
        assertThat(afterFirst).as("written and flushed before the next file").contains("first.xlsx").contains("岳阳市应急管理局");
        w.write(FileReport.unreadable("second.xlsx", "second.xlsx: truncated"));
        assertThat(w.getSummary().getFiles()).isEqualTo(2);
        w.close();
        w.close();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("files")).hasSize(2);
        assertThat(root.get("summary").get("unreadable").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> w.write(FileReport.of("third", List.of()))).isInstanceOf(IllegalStateException.class);
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        ReportJsonWriter.of(empty).close();
        assertThat(new ObjectMapper().readTree(empty.toByteArray()).get("files")).isEmpty();
    }

    @Test
    void reportsAreValues() {
        Evaluation e = SCORER.evaluate(PublishedForms.yueyang2024());
        assertThat(FormReport.of(e, Locale.CHINESE)).isEqualTo(FormReport.of(SCORER.evaluate(PublishedForms.yueyang2024()), Locale.CHINESE))
                .hasSameHashCodeAs(FormReport.of(e, Locale.CHINESE))
                .isNotEqualTo(FormReport.of(e, Locale.ENGLISH));
        assertThat(FormReport.of(e, Locale.CHINESE).toString()).contains("岳阳市应急管理局").contains("93.99");
        assertThatThrownBy(() -> FormReport.of(e, Locale.CHINESE).getIndicators().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FileReport.unreadable("x", null)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
