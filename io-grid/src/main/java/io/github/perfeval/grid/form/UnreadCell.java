package io.github.perfeval.grid.form;

import io.github.perfeval.core.source.Location;

import java.util.Objects;

/**
 * A non-empty cell of a grid holding a form that the reader did not read into the model: the reader
 * names it (in the read result and in a {@code CELLS_NOT_READ} diagnostic) rather than lose it silently.
 *
 * <pre>{@code
 * read.getUnreadCells().forEach(u -> log.warn("not read: {} {}", u.getPlace(), u.getText()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnreadCell {

    private final Location place;
    private final String text;
    private final int row;
    private final int column;

    UnreadCell(Location place, String text, int row, int column) {
        this.place = Objects.requireNonNull(place, "place");
        this.text = Objects.requireNonNull(text, "text");
        this.row = row;
        this.column = column;
    }

    /** Where the cell is. */
    public Location getPlace() {
        return place;
    }

    /** What it holds, as text. */
    public String getText() {
        return text;
    }

    /** Its row in the grid, from 0. */
    public int getRow() {
        return row;
    }

    /** Its column in the grid, from 0. */
    public int getColumn() {
        return column;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UnreadCell)) {
            return false;
        }
        UnreadCell u = (UnreadCell) o;
        return place.equals(u.place) && text.equals(u.text) && row == u.row && column == u.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, text, row, column);
    }

    @Override
    public String toString() {
        return place.describe() + " \"" + text + "\"";
    }
}
