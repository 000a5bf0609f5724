package io.github.perfeval.examples;

import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.diagnostic.StandardCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README documents what users rely on: every diagnostic code, and the test command CI runs. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyDiagnosticCodeIsInTheReadmeTable() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (StandardCode code : StandardCode.values()) {
            assertThat(readme).as("README documents %s", code).contains("| `" + code.name() + "` | " + code.defaultSeverity() + " |");
        }
        for (io.github.perfeval.core.report.ReportCode code : io.github.perfeval.core.report.ReportCode.values()) {
            assertThat(readme).as("README documents %s", code).contains("| `" + code.name() + "` | " + code.defaultSeverity() + " |");
        }
        for (BasicDataCode code : BasicDataCode.values()) {
            assertThat(readme).as("README documents %s", code).contains("| `" + code.name() + "` | " + code.defaultSeverity() + " |");
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(readme).contains("# run every test\nmvn -B verify\n");
        assertThat(ci).contains("\nmvn -B verify\n");
    }
}
