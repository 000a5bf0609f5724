package io.github.perfeval.grid.form;

import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridLimits;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Grids written as a page's table is: row by row, each cell placed in the first column its row has free,
 * a cell spanning rows and columns ({@link #s}) occupying them below and to the right, as an HTML table's
 * {@code rowspan}/{@code colspan} do. A {@code String} is a text cell ({@code ""} empty), {@link #n} a number.
 *
 * <pre>{@code
 * Grid g = SpannedRows.sheet("表").row(s("产出指标", 2, 1), "数量指标").row("质量指标").build();
 * }</pre>
 */
public final class SpannedRows {

    /** A cell spanning rows and columns. */
    public static final class Span {
        final Object value;
        final int rows;
        final int columns;

        Span(Object value, int rows, int columns) {
            this.value = value;
            this.rows = rows;
            this.columns = columns;
        }
    }

    private final Grid.Builder builder;
    private final Set<Long> occupied = new HashSet<>();
    private int row;

    private SpannedRows(Grid.Builder builder) {
        this.builder = builder;
    }

    /** A sheet named {@code name}. */
    public static SpannedRows sheet(String name) {
        return new SpannedRows(Grid.sheetBuilder(name, GridLimits.defaults()));
    }

    /** A cell spanning {@code rows} rows and {@code columns} columns. */
    public static Span s(Object value, int rows, int columns) {
        return new Span(value, rows, columns);
    }

    /** A number cell. */
    public static GridCell n(String decimal) {
        return GridCell.number(new BigDecimal(decimal));
    }

    /** The next row. */
    public SpannedRows row(Object... cells) {
        int c = 0;
        for (Object o : cells) {
            while (occupied.contains(key(row, c))) {
                c++;
            }
            Object value = o instanceof Span ? ((Span) o).value : o;
            int rs = o instanceof Span ? ((Span) o).rows : 1;
            int cs = o instanceof Span ? ((Span) o).columns : 1;
            GridCell cell = value instanceof GridCell ? (GridCell) value : GridCell.text(value == null ? "" : value.toString());
            builder.put(row, c, cell);
            for (int dr = 0; dr < rs; dr++) {
                for (int dc = 0; dc < cs; dc++) {
                    occupied.add(key(row + dr, c + dc));
                }
            }
            if (rs > 1 || cs > 1) {
                builder.merge(row, c, row + rs - 1, c + cs - 1);
            }
            c += cs;
        }
        row++;
        return this;
    }

    public Grid build() {
        return builder.build();
    }

    private static long key(int r, int c) {
        return (long) r << 20 | c;
    }
}
