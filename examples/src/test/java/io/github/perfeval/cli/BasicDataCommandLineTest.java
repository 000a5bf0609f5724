package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.testkit.SampleForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line checks and converts a department's basic-data table as it does forms. */
class BasicDataCommandLineTest {

    static final Path TABLE = CommandLineTest.FORMS.resolveSibling("basicdata").resolve("hengyang-2023-basic-data.xlsx");

    @Test
    void checkReportsTheTableItsFiguresAndFindings() {
        Cli c = Cli.run("check", TABLE.toString());
        assertThat(c.code).as(c.err).isEqualTo(0);
        assertThat(c.out).contains("基础数据表1：工作表“基础数据表”，2023年度")
                .contains("在职人员控制率 95.56%").contains("三公经费控制率 83.84%")
                .contains("[警告] BASIC_DATA_OVERSPENT  基础数据表!D22");
        Cli en = Cli.run("check", "--lang", "en", TABLE.toString());
        assertThat(en.out).contains("Basic-data table 1: sheet \"基础数据表\", 2023").contains("staffing control rate 95.56%");
    }

    @Test
    void checkAsJsonAddsTheTablesToTheFilesEntry() throws Exception {
        Cli c = Cli.run("check", "--format", "json", TABLE.toString(), CommandLineTest.YUEYANG);
        assertThat(c.code).as("the yueyang form has errors").isEqualTo(1);
        JsonNode root = PerfevalJson.mapper().readTree(c.out);
        JsonNode table = root.get("files").get(0).get("basicData").get(0);
        assertThat(table.get("year").asInt()).isEqualTo(2023);
        assertThat(table.get("hasErrors").asBoolean()).isFalse();
        assertThat(table.get("derived").get(0).get("measure").asText()).isEqualTo("STAFFING_RATE");
        assertThat(table.get("derived").get(0).get("value").asText()).isEqualTo("0.9556");
        assertThat(table.get("diagnostics").get(0).get("where").asText()).isEqualTo("基础数据表!D22");
        assertThat(root.get("files").get(1).has("basicData")).as("a file without tables keeps its shape").isFalse();
        assertThat(root.get("summary").get("basicData").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("basicDataWithErrors").asInt()).isEqualTo(0);
    }

    @Test
    void aTableWithAnErrorMakesTheExitCodeOne(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("table.json");
        assertThat(Cli.run("convert", TABLE.toString(), json.toString()).code).isEqualTo(0);
        JsonNode doc = PerfevalJson.mapper().readTree(json.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode actual = (com.fasterxml.jackson.databind.node.ObjectNode)
                doc.at("/basicData/0/table/spending/lines/0/actual");
        actual.put("raw", "77.32").put("value", new java.math.BigDecimal("77.32"));   // 三公经费 no longer its parts' sum
        PerfevalJson.mapper().writeValue(json.toFile(), doc);
        Cli c = Cli.run("check", json.toString());
        assertThat(c.out).contains("[错误] BASIC_DATA_SUM_MISMATCH  基础数据表!D5");
        assertThat(c.code).isEqualTo(1);
    }

    @Test
    void convertKeepsTheTableBothWays(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("table.json");
        Path xlsx = dir.resolve("back.xlsx");
        assertThat(Cli.run("convert", TABLE.toString(), json.toString()).code).isEqualTo(0);
        FormsJson.Contents read;
        try (InputStream in = Files.newInputStream(json)) {
            read = FormsJson.readContents(in);
        }
        BasicData published = SampleForms.hengyang2023BasicData();
        assertThat(read.getForms()).isEmpty();
        assertThat(read.getBasicData()).hasSize(1);
        assertThat(read.getBasicData().get(0).getValue()).isEqualTo(published);
        assertThat(Cli.run("convert", json.toString(), xlsx.toString()).code).isEqualTo(0);
        ExcelReadResult back = ExcelFormReader.create().read(xlsx);
        assertThat(back.basicData()).containsExactly(published);
    }

    @Test
    void exportNeedsAForm(@TempDir Path dir) {
        Cli c = Cli.run("export", TABLE.toString(), dir.resolve("out.xlsx").toString());
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err).contains("only basic-data tables");
    }
}
