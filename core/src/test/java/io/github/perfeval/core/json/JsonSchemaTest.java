package io.github.perfeval.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented schema describes what perfeval really writes, and catches drift either way. */
class JsonSchemaTest {

    static Schema schema() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/io/github/perfeval/core/json/form.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        }
    }

    @Test
    void realSerialisedFormsConformToTheSchema() throws IOException {
        Schema schema = schema();
        Form withSources = Form.builder().from(PublishedForms.liuhe2024Project())
                .sheet("项目支出绩效自评表")
                .addIndicators(Indicator.builder().name("x").target(IndicatorValue.parse("考核4次，巡查2次", Location.cell("s", "E9")))
                        .actual(IndicatorValue.parse("1-12月")).weight(Figure.parse("abc", Location.cell("s", "G9")))
                        .source(Location.cell("s", "D9")).build())
                .build();
        for (Form form : List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Department(), withSources)) {
            List<Error> errors = schema.validate(PerfevalJson.write(form), InputFormat.JSON);
            assertThat(errors).as("schema errors").isEmpty();
        }
    }

    /** The schema's definition of a diagnostic, as a schema of its own. */
    static Schema diagnosticSchema() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/io/github/perfeval/core/json/form.schema.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode form = (com.fasterxml.jackson.databind.node.ObjectNode) PerfevalJson.mapper().readTree(in);
            com.fasterxml.jackson.databind.node.ObjectNode only = PerfevalJson.mapper().createObjectNode();
            only.set("$schema", form.get("$schema"));
            only.set("$defs", form.get("$defs"));
            only.put("$ref", "#/$defs/diagnostic");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(only.toString());
        }
    }

    @Test
    void diagnosticsWithTheirKeysAndArgumentsConformToTheSchema() throws IOException {
        Schema schema = diagnosticSchema();
        List<Diagnostic> samples = List.of(BothJacksonsTest.keyed(),
                Diagnostic.of(StandardCode.VALUE_REMARK, null, "说明", "remark"),
                FormValidator.create().validate(Form.builder().kind(FormKind.PROJECT).year(3000).build()).get(0));
        for (Diagnostic d : samples) {
            String json = PerfevalJson.mapper().writeValueAsString(d);
            assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
        }
        String twoKinds = PerfevalJson.mapper().writeValueAsString(BothJacksonsTest.keyed()).replace("{\"text\":\"个\"}", "{\"text\":\"个\",\"number\":1}");
        assertThat(schema.validate(twoKinds, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void theSchemaRejectsAFieldPerfevalDoesNotWrite() throws IOException {
        String json = PerfevalJson.write(PublishedForms.liuhe2024Project()).replaceFirst("\\{", "{\"surprise\": 1,");
        assertThat(schema().validate(json, InputFormat.JSON)).isNotEmpty();
    }
}
