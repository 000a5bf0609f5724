package io.github.perfeval.grid;

/**
 * A rectangle of cells of a {@link Grid}, such as a merged region: first and last row and column,
 * counted from 0, both inclusive.
 *
 * <pre>{@code
 * CellRange level1 = CellRange.of(14, 1, 24, 1);   // B15:B25, a level-1 label merged down
 * level1.contains(20, 1);                          // true
 * }</pre>
 *
 * <p>Invariants: 0 &le; first &le; last in both directions. Immutable and thread-safe.
 */
public final class CellRange {

    private final int firstRow;
    private final int firstColumn;
    private final int lastRow;
    private final int lastColumn;

    private CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range: rows " + firstRow + ".." + lastRow + ", columns " + firstColumn
                    + ".." + lastColumn);
        }
        this.firstRow = firstRow;
        this.firstColumn = firstColumn;
        this.lastRow = lastRow;
        this.lastColumn = lastColumn;
    }

    /**
     * A range.
     *
     * @param firstRow first row, from 0
     * @param firstColumn first column, from 0
     * @param lastRow last row, inclusive
     * @param lastColumn last column, inclusive
     * @return the range
     * @throws IllegalArgumentException when a bound is negative or last comes before first
     */
    public static CellRange of(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return new CellRange(firstRow, firstColumn, lastRow, lastColumn);
    }

    public int getFirstRow() {
        return firstRow;
    }

    public int getFirstColumn() {
        return firstColumn;
    }

    public int getLastRow() {
        return lastRow;
    }

    public int getLastColumn() {
        return lastColumn;
    }

    /** Whether the range holds the cell. */
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** Whether the range is a single cell. */
    public boolean isSingleCell() {
        return firstRow == lastRow && firstColumn == lastColumn;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CellRange)) {
            return false;
        }
        CellRange r = (CellRange) o;
        return firstRow == r.firstRow && firstColumn == r.firstColumn && lastRow == r.lastRow && lastColumn == r.lastColumn;
    }

    @Override
    public int hashCode() {
        return ((firstRow * 31 + firstColumn) * 31 + lastRow) * 31 + lastColumn;
    }

    /** A1 style, e.g. {@code B15:B25}. */
    @Override
    public String toString() {
        String first = Grid.a1(firstRow, firstColumn);
        return isSingleCell() ? first : first + ":" + Grid.a1(lastRow, lastColumn);
    }
}
