package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library reads what perfeval convert writes: forms with the diagnostics of their reading. */
class FormsJsonTest {

    private static List<ValueWithDiagnostics<Form>> read(String json) throws IOException {
        return FormsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void formsAndTheirReadingDiagnosticsComeBack() throws Exception {
        Diagnostic skipped = Diagnostic.of(StandardCode.FORMULA_AS_TEXT, Location.cell("表", "E7"), "公式按文本读取", "formula read as text");
        List<ValueWithDiagnostics<Form>> forms = List.of(ValueWithDiagnostics.of(PublishedForms.yueyang2024(), List.of(skipped)),
                ValueWithDiagnostics.of(PublishedForms.liuhe2024Project()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormsJson.write(forms, "forms.xlsx", out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"perfeval\" : \"1\",\n  \"source\" : \"forms.xlsx\"");
        List<ValueWithDiagnostics<Form>> back = read(json);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).getValue()).isEqualTo(PublishedForms.yueyang2024());
        assertThat(back.get(0).getDiagnostics()).containsExactly(skipped);
        assertThat(back.get(1).getValue()).isEqualTo(PublishedForms.liuhe2024Project());
        assertThat(back.get(1).getDiagnostics()).isEmpty();
    }

    /** Found by a reviewer: convert refused its own JSON when a header field's place named a sheet, as the form does. */
    @Test
    void aNameOfANestedPlaceIsNotTakenForARepeatOfTheForms() throws Exception {
        String json = "{\"perfeval\":\"1\",\"forms\":[{\"form\":{\"kind\":\"PROJECT\",\"headerFields\":[{\"label\":\"主管部门\","
                + "\"text\":\"x\",\"source\":{\"sheet\":\"表\",\"cell\":\"A4\"}}],\"sheet\":\"表\",\"indicators\":[]}}]}";
        Form form = read(json).get(0).getValue();
        assertThat(form.getSheet()).contains("表");
        assertThat(form.getHeaderFields()).singleElement().satisfies(f -> assertThat(f.getSource()).isPresent());
        assertThatThrownBy(() -> read("{\"perfeval\":\"1\",\"forms\":[{\"form\":{\"kind\":\"PROJECT\",\"sheet\":\"a\","
                + "\"headerFields\":[{\"label\":\"l\",\"text\":\"x\",\"source\":{\"sheet\":\"表\",\"cell\":\"A4\"}}],\"sheet\":\"b\"}}]}"))
                .hasMessageContaining("Duplicate field 'sheet'");
    }

    @Test
    void aSingleFormOrAnArrayOfFormsIsReadToo() throws Exception {
        String one = PerfevalJson.write(PublishedForms.liuhe2024Project());
        assertThat(read(one)).extracting(ValueWithDiagnostics::getValue).containsExactly(PublishedForms.liuhe2024Project());
        assertThat(read("[" + one + "," + PerfevalJson.write(PublishedForms.yueyang2024()) + "]")).hasSize(2);
    }

    @Test
    void badDocumentsSayWhereAndWhat() {
        assertThatThrownBy(() -> read("{\"perfeval\":\"1\",\"forms\":[{\"form\":{\"kind\":\"PROJECT\"}},"
                + "{\"form\":{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":{\"raw\":\"1\",\"value\":\"x\"}}]}}]}"))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(pointer(e)).isEqualTo("/forms/1/form/indicators/0/weight"));
        assertThatThrownBy(() -> read("{\"perfeval\":\"2\",\"forms\":[{\"form\":{\"kind\":\"PROJECT\"}}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("version \"2\"");
        assertThatThrownBy(() -> read("{\"perfeval\":\"1\",\"forms\":[{\"readDiagnostics\":[]}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("has no \"form\"");
        assertThatThrownBy(() -> read("{\"perfeval\":\"1\",\"forms\":[]}")).hasMessageContaining("holds no form");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("holds no form");
        assertThatThrownBy(() -> read("")).hasMessageContaining("holds no form");
        assertThatThrownBy(() -> read("{\"kind\":\"PROJECT\"}{\"kind\":\"PROJECT\"}")).hasMessageContaining("Trailing token");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }
}
