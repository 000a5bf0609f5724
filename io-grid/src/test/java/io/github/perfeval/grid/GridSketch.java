package io.github.perfeval.grid;

import java.math.BigDecimal;

/**
 * Grids drawn in test code, row by row: a {@code String} is a text cell ({@code ""} empty), a
 * {@link BigDecimal} a number cell, a {@link GridCell} itself; merges in A1 notation.
 *
 * <pre>{@code
 * Grid g = GridSketch.sheet("表").row("一级指标", "二级指标").row("产出指标", "数量指标").merge("A2:A3").build();
 * }</pre>
 */
public final class GridSketch {

    private final Grid.Builder builder;
    private int next;

    private GridSketch(Grid.Builder builder) {
        this.builder = builder;
    }

    /** A sheet named {@code name}. */
    public static GridSketch sheet(String name) {
        return new GridSketch(Grid.sheetBuilder(name, GridLimits.defaults()));
    }

    /** Table {@code n} of a document, with the text above it. */
    public static GridSketch table(int n, String context) {
        return new GridSketch(Grid.tableBuilder(n, context, GridLimits.defaults()));
    }

    /** A number cell. */
    public static GridCell num(String decimal) {
        return GridCell.number(new BigDecimal(decimal));
    }

    /** The next row, from column A. */
    public GridSketch row(Object... cells) {
        return rowAt(0, cells);
    }

    /** The next row, its first cell in column {@code firstColumn} (from 0). */
    public GridSketch rowAt(int firstColumn, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            Object o = cells[i];
            GridCell cell = o instanceof GridCell ? (GridCell) o : o instanceof BigDecimal ? GridCell.number((BigDecimal) o)
                    : GridCell.text(o == null ? "" : o.toString());
            builder.put(next, firstColumn + i, cell);
        }
        next++;
        return this;
    }

    /** An empty row. */
    public GridSketch skip() {
        next++;
        return this;
    }

    /** The row the next {@link #row} fills, from 0. */
    public int nextRow() {
        return next;
    }

    /** Merges a region given in A1 notation, {@code "A2:A9"}. */
    public GridSketch merge(String range) {
        String[] ends = range.split(":");
        int[] a = parse(ends[0]);
        int[] b = parse(ends[1]);
        builder.merge(a[0], a[1], b[0], b[1]);
        return this;
    }

    /** The builder, for what the sketch does not draw. */
    public Grid.Builder builder() {
        return builder;
    }

    public Grid build() {
        return builder.build();
    }

    private static int[] parse(String a1) {
        int i = 0;
        int col = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(a1.substring(i)) - 1, col - 1};
    }
}
