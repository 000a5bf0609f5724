package io.github.perfeval.cli;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** convert and export never lose a file: atomic replacement, never the input, a format only by extension. */
class SafeWritesTest {

    static final String YUEYANG = CommandLineTest.YUEYANG;

    static String form(String reason) {
        return "{\"kind\":\"PROJECT\",\"indicators\":[{\"level1Label\":\"产出指标\",\"level2Label\":\"数量指标\","
                + "\"name\":\"培训\",\"target\":\"≥4次\",\"actual\":\"3次\",\"weight\":{\"raw\":\"90\"},\"declaredScore\":{\"raw\":\"67.5\"},"
                + "\"deviationReason\":\"" + reason + "\"}],"
                + "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"adjusted\":{\"raw\":\"10\"},\"executed\":{\"raw\":\"10\"}}],"
                + "\"weight\":{\"raw\":\"10\"},\"declaredScore\":{\"raw\":\"10\"}},\"declaredTotal\":{\"raw\":\"77.5\"}}";
    }

    @Test
    void aReasonTooLongForACellFailsTheConvertAndKeepsThePreviousOutput(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("form.json");
        Path xlsx = dir.resolve("form.xlsx");
        Files.writeString(json, form("天气原因"));
        assertThat(Cli.run("convert", json.toString(), xlsx.toString()).code).isZero();
        byte[] previous = Files.readAllBytes(xlsx);
        Files.writeString(json, form("原".repeat(40_000)));
        assertThat(Cli.run("check", json.toString()).code).as("check accepts the form").isZero();
        Cli convert = Cli.run("convert", json.toString(), xlsx.toString());
        assertThat(convert.code).isEqualTo(2);
        assertThat(convert.err.strip()).doesNotContain("\n").contains("form.xlsx").contains("previous file is untouched")
                .contains("40000").containsPattern("![A-Z]+\\d+");
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(previous);
        Cli export = Cli.run("export", json.toString(), xlsx.toString());
        assertThat(export.code).isEqualTo(2);
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(previous);
        assertThat(names(dir)).containsExactly("form.json", "form.xlsx");
        // the same form to JSON loses nothing
        Path back = dir.resolve("back.json");
        assertThat(Cli.run("convert", json.toString(), back.toString()).code).isZero();
        try (InputStream in = Files.newInputStream(back)) {
            assertThat(FormsJson.read(in).get(0).getValue().getIndicators().get(0).getDeviationReason().orElseThrow()).hasSize(40_000);
        }
    }

    @Test
    void theOutputIsNeverTheInputWhateverItsSpelling(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("y.xlsx");
        Files.copy(Path.of(YUEYANG), in);
        byte[] original = Files.readAllBytes(in);
        Files.createDirectories(dir.resolve("sub"));
        Path link = dir.resolve("link.xlsx");
        Files.createSymbolicLink(link, in);
        Path hard = dir.resolve("hard.xlsx");
        Files.createLink(hard, in);
        for (String out : new String[] {in.toString(), dir.resolve(".").resolve("y.xlsx").toString(),
                dir.resolve("sub").resolve("..").resolve("y.xlsx").toString(), link.toString(), hard.toString()}) {
            for (String command : new String[] {"export", "convert"}) {
                Cli r = Cli.run(command, in.toString(), out);
                assertThat(r.code).as(command + " " + out).isEqualTo(2);
                assertThat(r.err).contains("the output is the input");
                assertThat(Files.readAllBytes(in)).isEqualTo(original);
            }
        }
        Path json = dir.resolve("y.json");
        assertThat(Cli.run("convert", in.toString(), json.toString()).code).isZero();
        assertThat(Cli.run("convert", json.toString(), dir.resolve("sub").resolve("..").resolve("y.json").toString()).err)
                .contains("the output is the input");
    }

    @Test
    void theFormatIsTheExtensionAndAnUnknownOneIsAUsageError(@TempDir Path dir) throws Exception {
        for (String out : new String[] {"out.xls", "out.csv", "out", "out.json.bak", ".xlsx"}) {
            Cli r = Cli.run("convert", YUEYANG, dir.resolve(out).toString());
            assertThat(r.code).as(out).isEqualTo(2);
            assertThat(r.err).contains("unknown output format");
            assertThat(dir.resolve(out)).doesNotExist();
        }
        Cli export = Cli.run("export", YUEYANG, dir.resolve("out.json").toString());
        assertThat(export.code).isEqualTo(2);
        assertThat(export.err).contains(".xlsx");
        assertThat(Cli.run("convert", YUEYANG, dir.resolve("OUT.JSON").toString()).code).isZero();
        assertThat(Files.readString(dir.resolve("OUT.JSON"))).startsWith("{");
        assertThat(Cli.run("convert", dir.resolve("OUT.JSON").toString(), dir.resolve("back.XLSX").toString()).code).isZero();
        assertThat(ExcelFormReader.create().read(dir.resolve("back.XLSX")).forms()).hasSize(1);
        assertThat(Cli.run("convert", YUEYANG, dir.toString()).code).as("a folder").isEqualTo(2);
    }

    @Test
    void theLibraryReadsWhatConvertWrites(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("liuhe.json");
        assertThat(Cli.run("convert", CommandLineTest.LIUHE, json.toString()).code).isZero();
        List<ValueWithDiagnostics<Form>> fromWorkbook = ExcelFormReader.create().read(Path.of(CommandLineTest.LIUHE)).getForms();
        List<ValueWithDiagnostics<Form>> fromJson;
        try (InputStream in = Files.newInputStream(json)) {
            fromJson = FormsJson.read(in);
        }
        assertThat(fromJson).hasSameSizeAs(fromWorkbook);
        for (int i = 0; i < fromJson.size(); i++) {
            assertThat(fromJson.get(i).getValue()).isEqualTo(fromWorkbook.get(i).getValue());
            assertThat(fromJson.get(i).getDiagnostics()).isEqualTo(fromWorkbook.get(i).getDiagnostics());
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
