package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GoalsReadTwiceTest;
import io.github.perfeval.grid.form.GridReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form whose head holds a goal text (年度目标 | text) above its goals block, which the parser keeps as a
 * header field beside the goals, comes back whole from perfeval's own workbook and from JSON: the header
 * field is written as a row of the head again and read back as a header field, not as the goals; the forms
 * with one goals text per goal as well (EveryFormRoundTripTest's style, on layouts built for this).
 */
class GoalsReadTwiceRoundTripTest {

    static Stream<Arguments> grids() {
        return Stream.of(
                Arguments.of("head goal and block", (Supplier<Grid>) GoalsReadTwiceTest::headGoalAndBlock),
                Arguments.of("block only", (Supplier<Grid>) GoalsReadTwiceTest::blockOnly),
                Arguments.of("head goal only", (Supplier<Grid>) GoalsReadTwiceTest::headGoalOnly));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void comesBackFromPerfevalsWorkbookEqual(String name, Supplier<Grid> grid) throws IOException {
        Form given = FormParser.create().parse(grid.get()).forms().get(0);
        ExcelReadResult back = ExcelFormReader.create().read(new ByteArrayInputStream(RoundTripTest.write(List.of(given))), "goals.xlsx");
        assertThat(back.forms()).as(name).containsExactly(given);
        assertThat(back.forms().get(0).getHeaderFields()).as(name).isEqualTo(given.getHeaderFields());
        assertThat(back.getUnreadCells()).as(name).isEmpty();
        assertThat(back.getDiagnostics()).as(name).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void comesBackQuietlyWithTheSameRemarksAsRead(String name, Supplier<Grid> grid) throws IOException {
        GridReadResult first = FormParser.create().parse(grid.get());
        Form given = first.forms().get(0);
        ExcelReadResult back = ExcelFormReader.create().read(new ByteArrayInputStream(RoundTripTest.write(List.of(given))), "goals.xlsx");
        List<Diagnostic> again = LosslessRoundTripTest.all(back);
        // no warning the grid's reading did not give, and the goal read twice said once again, as it was
        Set<String> warned = first.getForms().get(0).getDiagnostics().stream().filter(d -> d.getSeverity() != Severity.INFO)
                .map(Diagnostic::getCode).collect(Collectors.toSet());
        assertThat(again).as(name).filteredOn(d -> d.getSeverity() != Severity.INFO).allMatch(d -> warned.contains(d.getCode()));
        assertThat(remarks(again)).as(name).hasSameSizeAs(remarks(first.getForms().get(0).getDiagnostics()));
    }

    private static List<Diagnostic> remarks(List<Diagnostic> all) {
        return all.stream().filter(d -> d.getKey().filter("VALUE_REMARK.goalReadTwice"::equals).isPresent()).collect(Collectors.toList());
    }

    @Test
    void theRemarkReadBackNamesThePlacesOfPerfevalsOwnWorkbook() throws IOException {
        Form given = FormParser.create().parse(GoalsReadTwiceTest.headGoalAndBlock()).forms().get(0);
        ExcelReadResult back = ExcelFormReader.create().read(new ByteArrayInputStream(RoundTripTest.write(List.of(given))), "goals.xlsx");
        List<Diagnostic> remarks = remarks(LosslessRoundTripTest.all(back));
        assertThat(remarks).hasSize(1);
        Form read = back.forms().get(0);
        String goal = read.getGoals().orElseThrow().getSource().orElseThrow().describe();
        String field = read.getHeaderFields().get(0).getSource().orElseThrow().describe();
        assertThat(remarks.get(0).message(Locale.CHINESE)).contains(goal + "的“预期目标”", field + "的“年度目标”", "取" + goal + "的文本作为本表目标");
        assertThat(remarks.get(0).message(Locale.ENGLISH)).contains("the text at " + goal + " is taken as the form's goal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void comesBackFromJsonEqual(String name, Supplier<Grid> grid) throws IOException {
        Form given = FormParser.create().parse(grid.get()).forms().get(0);
        Form back = PerfevalJson.readForm(PerfevalJson.write(given));
        assertThat(back).as(name).isEqualTo(given);
        assertThat(back.getHeaderFields()).as(name).isEqualTo(given.getHeaderFields());
        assertThat(back.getHeaderFields().stream().map(f -> f.getSource())).as(name + ": places")
                .isEqualTo(given.getHeaderFields().stream().map(f -> f.getSource()).toList());
    }
}
