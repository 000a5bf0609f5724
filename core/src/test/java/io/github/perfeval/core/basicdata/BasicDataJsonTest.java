package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The basic-data table's JSON: it reads back equal, keeps raw text and places, and the schema describes it. */
class BasicDataJsonTest {

    private static Schema schema() throws IOException {
        try (InputStream in = BasicDataJsonTest.class.getResourceAsStream("/io/github/perfeval/core/json/basic-data.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        }
    }

    /** The 衡阳 table with places on a few figures and a note, as a reader would give it. */
    private static BasicData withPlaces() {
        BasicData t = PublishedBasicData.hengyang2023();
        SpendingControl s = t.getSpending().orElseThrow();
        SpendingLine first = SpendingLine.builder().from(s.getLines().get(0))
                .actual(Figure.of("67.32", new java.math.BigDecimal("67.32"), Location.cell("基础数据表", "D5")))
                .source(Location.cell("基础数据表", "A5")).build();
        List<SpendingLine> lines = new java.util.ArrayList<>(s.getLines());
        lines.set(0, first);
        return BasicData.builder().from(t).sheet("基础数据表").department("衡阳市应急管理局").addNotes("附件3")
                .spending(SpendingControl.builder().from(s).lines(lines)
                        .source(Location.tableCell(2, 4, 1).withContext("附件3 基础数据表")).build())
                .source(Location.cell("基础数据表", "A1")).build();
    }

    @Test
    void aTableReadsBackEqualWithItsRawTextAndPlaces() throws IOException {
        BasicData t = withPlaces();
        String json = PerfevalJson.write(t);
        BasicData back = PerfevalJson.readBasicData(json);
        assertThat(back).isEqualTo(t);
        assertThat(back.getSpending().orElseThrow().getLines().get(0).getActual().orElseThrow().getSource())
                .contains(Location.cell("基础数据表", "D5"));
        assertThat(back.getSpending().orElseThrow().getSource()).contains(Location.tableCell(2, 4, 1).withContext("附件3 基础数据表"));
        assertThat(back.getBuildings().orElseThrow().getDeclaredScaleRate().orElseThrow().getRaw()).isEqualTo("%");
        assertThat(back.getStaffing().orElseThrow().getDeclaredRate().orElseThrow().decimal()).isEqualByComparingTo("0.9556");
        assertThat(PerfevalJson.write(back)).isEqualTo(json);
    }

    @Test
    void jackson2And3WithPerfevalsModuleWriteAndReadTheSame() throws Exception {
        for (BasicData t : List.of(PublishedBasicData.hengyang2023(), PublishedBasicData.everyPart())) {
            String json = io.github.perfeval.core.json.JsonContract.assertSameJsonUnderBothJacksons(t, BasicData.class);
            // no absent part written as null; a figure whose text is not a number says so ("value":null)
            assertThat(json.replace("\"value\":null", "")).doesNotContain("null").doesNotContain("Immutable");
        }
    }

    @Test
    void figuresMayBePlainNumbersOrStringsOnInput() throws IOException {
        String json = "{\"year\": 2023, \"spending\": {\"lines\": [{\"item\": \"THREE_PUBLIC\", \"priorActual\": 59.17,"
                + " \"budget\": \"80.3\", \"actual\": {\"raw\": \"67.32\"}, \"surprise\": 1}]}}";
        SpendingLine line = PerfevalJson.readBasicData(json).getSpending().orElseThrow().getLines().get(0);
        assertThat(line.getPriorActual()).contains(Figure.of("59.17"));
        assertThat(line.getBudget()).contains(Figure.of("80.3"));
        assertThat(line.getActual()).contains(Figure.of("67.32"));
        assertThat(line.getLabel()).as("the template's label when none is given").isEqualTo("三公经费");
    }

    @Test
    void aBadValueFailsNamingItsPath() {
        String json = "{\"spending\": {\"lines\": [{\"item\": \"NO_SUCH_ITEM\"}]}}";
        assertThatThrownBy(() -> PerfevalJson.readBasicData(json)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("NO_SUCH_ITEM").hasMessageContaining("lines");
        assertThatThrownBy(() -> PerfevalJson.readBasicData("{\"spending\": {\"columns\": [{\"column\": \"BUDGET\"},"
                + " {\"column\": \"BUDGET\"}]}}")).isInstanceOf(IOException.class).hasMessageContaining("twice");
    }

    @Test
    void realSerialisedTablesConformToTheSchema() throws IOException {
        Schema schema = schema();
        for (BasicData t : List.of(PublishedBasicData.hengyang2023(), withPlaces(), PublishedBasicData.everyPart(), BasicData.builder().build())) {
            List<Error> errors = schema.validate(PerfevalJson.write(t), InputFormat.JSON);
            assertThat(errors).as("schema errors").isEmpty();
        }
    }

    @Test
    void theSchemaRejectsAFieldPerfevalDoesNotWrite() throws IOException {
        Schema schema = schema();
        String json = PerfevalJson.write(PublishedBasicData.hengyang2023());
        assertThat(schema.validate(json.replaceFirst("\\{", "{\"surprise\": 1,"), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(json.replaceFirst("\"item\" : \"THREE_PUBLIC\"", "\"item\" : \"FOUR_PUBLIC\""), InputFormat.JSON))
                .isNotEmpty();
    }
}
