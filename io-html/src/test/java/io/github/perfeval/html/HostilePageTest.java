package io.github.perfeval.html;

import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages come from strangers: each hostile page ends in one clear error, quickly, or is read harmlessly. */
class HostilePageTest {

    private static final HtmlFormReader READER = HtmlFormReader.create();

    private static FileReadException error(Runnable read) {
        try {
            read.run();
        } catch (FileReadException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void deepNestingIsRefusedQuicklyWithoutAStackOverflow() {
        String deep = "<div>".repeat(50_000) + "x" + "</div>".repeat(50_000);
        long start = System.nanoTime();
        FileReadException e = error(() -> READER.read(deep, "deep.html"));
        assertThat(e.getProblem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.getDetail()).isEqualTo("elements nested deeper than 256 levels");
        String tables = "<table><tr><td>".repeat(5_000) + "三级指标" + "</td></tr></table>".repeat(5_000);
        assertThat(error(() -> READER.read(tables, "tables.html")).getProblem()).isEqualTo(Problem.TOO_LARGE);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
        // as deep as the limit allows is read
        String fine = "<div>".repeat(200) + PageForms.project() + "</div>".repeat(200);
        assertThat(READER.read(fine, "fine.html").forms()).hasSize(1);
    }

    @Test
    void hugePagesAndTablesExceedTheLimitsWithAClearError(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.html");
        Files.writeString(big, "<p>" + "很长的内容".repeat(1000) + "</p>");
        HtmlFormReader small = HtmlFormReader.create(ReadLimits.defaults().withMaxFileBytes(10_000));
        FileReadException file = error(() -> small.read(big));
        assertThat(file.getProblem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(file.getDetail()).contains("limit 10000");
        byte[] bytes = Files.readAllBytes(big);
        assertThat(error(() -> small.read(new ByteArrayInputStream(bytes), "upload.html")).getDetail())
                .isEqualTo("more than 10000 bytes");

        String manyTables = "<table><tr><td>x</td></tr></table>".repeat(1001);
        assertThat(error(() -> READER.read(manyTables, "t.html")).getDetail()).isEqualTo("more than 1000 tables");
        String manyRows = "<table>" + "<tr><td>x</td></tr>".repeat(10_001) + "</table>";
        assertThat(error(() -> READER.read(manyRows, "t.html")).getDetail()).isEqualTo("table 1 has 10001 rows, limit 10000");
        String wide = "<table><tr><td colspan=\"999999\">x</td></tr></table>";
        assertThat(error(() -> READER.read(wide, "t.html")).getDetail()).isEqualTo("table 1 has 1000 columns or more, limit 200");
        String longCell = "<table><tr><td>" + "长".repeat(40_000) + "</td></tr></table>";
        assertThat(error(() -> READER.read(longCell, "t.html")).getDetail()).contains("40000 characters, limit 32767");
    }

    @Test
    void spansReachingFarBeyondTheTableCostNothing() {
        String spans = "<table>" + ("<tr>" + "<td rowspan=\"65534\" colspan=\"1\">x</td>".repeat(150) + "</tr>").repeat(60) + "</table>";
        long start = System.nanoTime();
        FileReadException e = error(() -> READER.read(spans, "spans.html"));
        assertThat(e.getDetail()).contains("columns or more, limit 200");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void scriptsLinksAndEntitiesAreNeverFollowed() {
        String page = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><head>"
                + "<script>document.write('<table><tr><td>三级指标</td></tr></table>')</script>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:1/x.css\"></head><body>&xxe;"
                + "<iframe src=\"file:///etc/passwd\"></iframe>" + PageForms.project() + "</body></html>";
        FileReadResult read = READER.read(page, "p.html");
        assertThat(read.forms()).hasSize(1);
        assertThat(read.getParts()).as("the script's table is not a table of the page").hasSize(1);
        assertThat(read.forms().get(0).toString()).doesNotContain("root:");
    }

    @Test
    void whatIsNotAPageReadsAsAPageWithoutTables() {
        FileReadResult read = READER.read(new ByteArrayInputStream("PK\u0003\u0004 binary \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)), "x.html");
        assertThat(read.forms()).isEmpty();
        assertThat(read.getParts()).isEmpty();
    }
}
