package io.github.perfeval.grid.form;

import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;

import java.util.Map;

/**
 * A copy of a published sheet grid with the text of some cells (by A1 address) written over, merges kept: how a
 * test shows that a rule found on one form holds on another, the other form changed in one cell only.
 *
 * <pre>{@code
 * Grid g = Relabelled.copy(ProvinceForms.yunnanLijiang2020(), Map.of("B17", "服务对象满意度指标等"));
 * }</pre>
 */
public final class Relabelled {

    private Relabelled() {
    }

    /** The grid with each named cell (a cell of its own, or the first cell of a merged region) holding the given text. */
    public static Grid copy(Grid g, Map<String, String> texts) {
        Grid.Builder b = Grid.sheetBuilder(g.getSheet().orElseThrow(), GridLimits.defaults());
        int found = 0;
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                String replaced = texts.get(Grid.a1(r, c));
                if (replaced != null) {
                    if (!g.isOrigin(r, c)) {
                        throw new IllegalArgumentException(Grid.a1(r, c) + " is inside a merged region");
                    }
                    b.put(r, c, replaced);
                    found++;
                } else {
                    b.put(r, c, g.ownCell(r, c));
                }
            }
        }
        if (found != texts.size()) {
            throw new IllegalArgumentException("cells outside the grid: " + texts.keySet());
        }
        for (CellRange m : g.getMergedRegions()) {
            b.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
        }
        return b.build();
    }
}
