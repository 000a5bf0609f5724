package io.github.perfeval.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.perfeval.cli.CommandLineTest.LIUHE;
import static io.github.perfeval.cli.CommandLineTest.YUEYANG;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfeval report IN... [OUT.html]}: one page, the check's exit codes, never the input overwritten. */
class ReportCommandTest {

    @Test
    void writesOnePageOfTheFormWithItsFindings(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        Cli run = Cli.run("report", YUEYANG, page.toString());
        assertThat(run.code).as("the published form has errors, as check says").isEqualTo(ExitCode.FORM_ERRORS);
        assertThat(run.out).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                .contains("data-cell=\"H38\"").contains("DECLARED_TOTAL_MISMATCH").contains("93.99")
                .contains("总分填报97.99").doesNotContain("<script");
        // one form: no index
        assertThat(html).doesNotContain("<nav class=\"index\"");
    }

    @Test
    void manyFilesInEnglishGiveOnePageWithAnIndexAndTheUnreadableOnesSaid(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        Path page = dir.resolve("all.html");
        Cli run = Cli.run("report", "--lang", "en", YUEYANG, LIUHE, broken.toString(), page.toString());
        assertThat(run.code).isEqualTo(ExitCode.USAGE_OR_UNREADABLE);
        assertThat(run.err).contains("broken.xlsx");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">").contains("<nav class=\"index\"").contains("href=\"#form-3\"")
                .contains("class=\"unreadable\"").contains("broken.xlsx").contains("Score (computed)")
                .contains("declared total 97.99");
    }

    @Test
    void withoutAnOutputThePageGoesToStandardOutput() {
        Cli run = Cli.run("report", LIUHE);
        assertThat(run.code).as("liuhe has no ERROR").isEqualTo(ExitCode.OK);
        assertThat(run.out).startsWith("<!DOCTYPE html>").contains("柳河县应急管理局").contains("NO_SCORE_COLUMNS");
    }

    @Test
    void aPageThatCannotBeWrittenIsSaidAndTheOldOneKept(@TempDir Path dir) throws Exception {
        Cli missingFolder = Cli.run("report", YUEYANG, dir.resolve("no/such/folder/r.html").toString());
        assertThat(missingFolder.code).isEqualTo(ExitCode.USAGE_OR_UNREADABLE);
        assertThat(missingFolder.err).contains("r.html").contains("cannot be written");
        Path folder = Files.createDirectory(dir.resolve("page.html"));
        Cli isFolder = Cli.run("report", YUEYANG, folder.toString());
        assertThat(isFolder.code).isEqualTo(ExitCode.USAGE_OR_UNREADABLE);
        assertThat(isFolder.err).contains("is a folder");
        // an .html input alone is an input (the documents of a web page), not the output
        Path alone = Files.writeString(dir.resolve("alone.html"), "<p>kept</p>");
        Cli one = Cli.run("report", alone.toString());
        assertThat(Files.readString(alone)).isEqualTo("<p>kept</p>");
        assertThat(one.code).isEqualTo(ExitCode.USAGE_OR_UNREADABLE);
    }
}
