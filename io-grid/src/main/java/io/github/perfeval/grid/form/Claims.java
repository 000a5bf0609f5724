package io.github.perfeval.grid.form;

import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The accounting of one grid: every part of the reader claims the cells it read (into the model, or as
 * structure: a header label, a total's label); whatever is left non-empty is unread, and is reported.
 */
final class Claims {

    private final Grid g;
    private final BitSet claimed = new BitSet();

    Claims(Grid g) {
        this.g = g;
    }

    /** Claims the cell at (r, c) (the first cell of its merged region). */
    void claim(int r, int c) {
        if (r >= 0 && c >= 0 && r < g.rowCount() && c < g.columnCount()) {
            claimed.set(g.originRow(r, c) * g.columnCount() + g.originColumn(r, c));
        }
    }

    /** Gives a cell back (to the next form, when it turns out to belong there). */
    void unclaim(int r, int c) {
        if (r >= 0 && c >= 0 && r < g.rowCount() && c < g.columnCount()) {
            claimed.clear(g.originRow(r, c) * g.columnCount() + g.originColumn(r, c));
        }
    }

    boolean isClaimed(int r, int c) {
        return claimed.get(g.originRow(r, c) * g.columnCount() + g.originColumn(r, c));
    }

    /** The non-empty cells of rows [from, to) that nothing claimed, top to bottom, left to right. */
    List<UnreadCell> unread(int from, int to) {
        List<UnreadCell> out = new ArrayList<>();
        for (int r = Math.max(0, from); r < Math.min(to, g.rowCount()); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && !g.cell(r, c).isBlank() && !isClaimed(r, c)) {
                    out.add(new UnreadCell(g.place(r, c), g.cell(r, c).getText(), r, c));
                }
            }
        }
        return out;
    }
}
