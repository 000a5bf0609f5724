package io.github.perfeval.grid;

/**
 * A grid being built went beyond its {@link GridLimits}. The message names the grid and, where there is
 * one, the cell ({@code sheet "表1" has 10001 rows, limit 10000}); a source reader turns it into its own
 * error for the file (a workbook's {@code TOO_LARGE}).
 */
public final class GridTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with its message.
     *
     * @param message what went beyond which limit, and where
     */
    public GridTooLargeException(String message) {
        super(message);
    }
}
