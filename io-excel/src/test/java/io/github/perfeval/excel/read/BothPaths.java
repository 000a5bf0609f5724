package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reads one workbook through both paths, POI's ({@code WorkbookFactory} + {@link SheetGrids}, the oracle)
 * and the xlsx reader's, and asserts that they agree: equal grids (every position's cell with its text,
 * number, format, shown text, formula, comment and error flag; merged regions; hidden rows, columns and
 * sheet) and equal diagnostics, or the same problem. A workbook the xlsx reader declines is POI's alone.
 */
final class BothPaths {

    /** What the xlsx reader did with a workbook. */
    enum Outcome { SAME_GRIDS, SAME_PROBLEM, DECLINED }

    private BothPaths() {
    }

    static Outcome compare(byte[] bytes, ReadLimits limits, String what) {
        String name = "wb.xlsx";
        List<ValueWithDiagnostics<Grid>> poi = null;
        FileReadException.Problem poiProblem = null;
        try {
            io.github.perfeval.grid.read.ZipGuard.check(bytes, name, limits);
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                ExcelFormReader.checkSheetCount(wb.getNumberOfSheets(), limits, name);
                poi = new ArrayList<>();
                for (Sheet s : wb) {
                    poi.add(SheetGrids.of(s, limits, name));
                }
            }
        } catch (FileReadException e) {
            poiProblem = e.getProblem();
        } catch (Exception e) {
            poiProblem = ExcelFormReader.classify(name, e).getProblem();
        }
        XlsxReader.Result fast;
        try {
            fast = XlsxReader.read(bytes, limits, name);
        } catch (WorkbookReadException e) {
            assertThat(e.getProblem()).as(what + ": the xlsx reader's problem is POI's").isEqualTo(poiProblem);
            return Outcome.SAME_PROBLEM;
        }
        if (fast.declined() != null) {
            return Outcome.DECLINED;
        }
        if (poiProblem != null) {
            fail(what + ": POI gives " + poiProblem + " where the xlsx reader read " + fast.grids().orElseThrow().size() + " sheets");
        }
        List<ValueWithDiagnostics<Grid>> mine = fast.grids().orElseThrow();
        assertThat(mine).as(what + ": sheets").hasSameSizeAs(poi);
        for (int i = 0; i < poi.size(); i++) {
            assertSameGrid(poi.get(i), mine.get(i), what + " sheet " + i);
        }
        return Outcome.SAME_GRIDS;
    }

    /** Why the xlsx reader leaves a workbook to POI, or null when it reads it (or refuses it itself). */
    static String declined(byte[] bytes, ReadLimits limits) {
        try {
            return XlsxReader.read(bytes, limits, "wb.xlsx").declined();
        } catch (WorkbookReadException refused) {
            return null;
        }
    }

    private static String describe(io.github.perfeval.grid.GridCell c) {
        return "text=" + c.getText() + " number=" + c.getNumber().orElse(null) + " shown=" + c.getShown() + " format="
                + c.getFormat().getPattern() + "/" + c.getFormat().isPercent() + "/" + c.getFormat().getUnit().orElse(null) + "/"
                + c.getFormat().getDecimals() + " comment=" + c.getComment().orElse(null) + " formula=" + c.getFormula().orElse(null)
                + " error=" + c.isError();
    }

    static void assertSameGrid(ValueWithDiagnostics<Grid> expected, ValueWithDiagnostics<Grid> actual, String what) {
        Grid e = expected.getValue();
        Grid a = actual.getValue();
        assertThat(a.getSheet()).as(what + ": name").isEqualTo(e.getSheet());
        assertThat(a.isHidden()).as(what + ": hidden").isEqualTo(e.isHidden());
        assertThat(a.rowCount()).as(what + ": rows").isEqualTo(e.rowCount());
        assertThat(a.columnCount()).as(what + ": columns").isEqualTo(e.columnCount());
        for (int r = 0; r < e.rowCount(); r++) {
            for (int c = 0; c < e.columnCount(); c++) {
                if (!a.ownCell(r, c).equals(e.ownCell(r, c))) {
                    assertThat(describe(a.ownCell(r, c))).as(what + ": cell " + Grid.a1(r, c)).isEqualTo(describe(e.ownCell(r, c)));
                }
                assertThat(a.ownCell(r, c).getShown()).as(what + ": shown " + Grid.a1(r, c)).isEqualTo(e.ownCell(r, c).getShown());
            }
        }
        for (int r = 0; r < e.rowCount() + 64; r++) {
            assertThat(a.isRowHidden(r)).as(what + ": row " + (r + 1) + " hidden").isEqualTo(e.isRowHidden(r));
        }
        for (int c = 0; c < e.columnCount() + 16; c++) {
            assertThat(a.isColumnHidden(c)).as(what + ": column " + c + " hidden").isEqualTo(e.isColumnHidden(c));
        }
        assertThat(a.getMergedRegions()).as(what + ": merged regions").isEqualTo(e.getMergedRegions());
        assertThat(actual.getDiagnostics()).as(what + ": diagnostics").isEqualTo(expected.getDiagnostics());
    }
}
