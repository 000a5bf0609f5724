package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GoalsReadTwiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
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
    void comesBackFromJsonEqual(String name, Supplier<Grid> grid) throws IOException {
        Form given = FormParser.create().parse(grid.get()).forms().get(0);
        Form back = PerfevalJson.readForm(PerfevalJson.write(given));
        assertThat(back).as(name).isEqualTo(given);
        assertThat(back.getHeaderFields()).as(name).isEqualTo(given.getHeaderFields());
        assertThat(back.getHeaderFields().stream().map(f -> f.getSource())).as(name + ": places")
                .isEqualTo(given.getHeaderFields().stream().map(f -> f.getSource()).toList());
    }
}
