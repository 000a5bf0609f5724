package io.github.perfeval.core.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.perfeval.core.json.PerfevalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Places on sheets and in document tables, in text and in JSON. */
class LocationTest {

    @Test
    void aSheetCellIsDescribedAsExcelWritesIt() {
        assertThat(Location.cell("部门整体支出绩效自评表", "H26").describe()).isEqualTo("部门整体支出绩效自评表!H26");
        assertThat(Location.sheet("表1").describe()).isEqualTo("表1");
        assertThat(Location.indicator("产出指标/数量指标/x").describe()).isEqualTo("产出指标/数量指标/x");
    }

    @Test
    void aDocumentTableCellHasItsTableRowColumnAndContext() {
        Location at = Location.tableCell(3, 14, 4).withContext("2024年度项目支出绩效自评表");
        assertThat(at.getTable()).hasValue(3);
        assertThat(at.getRow()).hasValue(14);
        assertThat(at.getColumn()).hasValue(4);
        assertThat(at.getContext()).contains("2024年度项目支出绩效自评表");
        assertThat(at.getSheet()).isEmpty();
        assertThat(at.describe()).isEqualTo("table 3, row 14, column 4");
        assertThat(at.withIndicator("产出指标/数量指标/x").describe()).isEqualTo("table 3, row 14, column 4: 产出指标/数量指标/x");
        assertThat(Location.table(2).describe()).isEqualTo("table 2");
        assertThat(at).isNotEqualTo(Location.tableCell(3, 14, 4)).isEqualTo(Location.tableCell(3, 14, 4).withContext("2024年度项目支出绩效自评表"));
    }

    @Test
    void numbersCountFromOneAndRowsNeedATable() {
        assertThatThrownBy(() -> Location.tableCell(0, 1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
        assertThatThrownBy(() -> Location.tableCell(1, 0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row");
        assertThatThrownBy(() -> Location.sheet("s").withContext("above")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothKindsOfPlaceSurviveJsonAndMatchTheSchema() throws IOException {
        Schema schema = locationSchema();
        for (Location at : new Location[] {Location.cell("s", "D14"), Location.tableCell(3, 14, 4).withContext("上方段落"),
            Location.table(1), Location.tableCell(2, 1, 1).withIndicator("产出指标/数量指标/x")}) {
            String json = PerfevalJson.mapper().writeValueAsString(at);
            assertThat(PerfevalJson.mapper().readValue(json, Location.class)).as(json).isEqualTo(at);
            assertThat(new ObjectMapper().readValue(json, Location.class)).as("a plain mapper: " + json).isEqualTo(at);
            assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
        }
        assertThat(PerfevalJson.mapper().writeValueAsString(Location.tableCell(3, 14, 4)))
                .isEqualTo("{\"table\":3,\"row\":14,\"column\":4}");
        assertThat(schema.validate("{\"row\":3}", InputFormat.JSON)).as("a row without a table").isNotEmpty();
        assertThat(schema.validate("{\"table\":0}", InputFormat.JSON)).isNotEmpty();
    }

    /** The schema's own location definition, with its sibling definitions. */
    private static Schema locationSchema() throws IOException {
        try (InputStream in = LocationTest.class.getResourceAsStream("/io/github/perfeval/core/json/form.schema.json")) {
            return subSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Schema subSchema(String text) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"#/$defs/location\", "
                        + "\"$defs\": " + defs(text) + "}");
    }

    private static String defs(String schemaText) {
        int at = schemaText.indexOf("\"$defs\"");
        int open = schemaText.indexOf('{', at);
        int depth = 0;
        for (int i = open; i < schemaText.length(); i++) {
            char c = schemaText.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return schemaText.substring(open, i + 1);
            }
        }
        throw new IllegalStateException("no $defs");
    }
}
