package io.github.perfeval.excel.read;

/**
 * A1 references as the xlsx reader accepts them: upper-case column letters up to {@code XFD} and a row
 * number from 1, no {@code $}, no sheet; anything else is declined (POI reads it its own way). Stateless.
 */
final class CellRefs {

    /** Excel's last column, XFD, counted from 0. */
    static final int MAX_COLUMN = 16_383;
    /** Excel's last row, counted from 0. */
    static final int MAX_ROW = 1_048_575;

    private CellRefs() {
    }

    /** The column of a reference such as {@code AB12}, from 0 (the row part is checked, not returned). */
    static int column(String ref) {
        return (int) (cell(ref) & 0xFFFF_FFFFL);
    }

    /** A reference as {@link #key(int, int)}. */
    static long cell(String ref) {
        if (ref == null) {
            throw new XlsxDecline("a cell without a reference");
        }
        int n = ref.length();
        int i = 0;
        int col = 0;
        while (i < n && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        int digitsFrom = i;
        long row = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9' && i - digitsFrom < 7) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
        }
        if (digitsFrom == 0 || i == digitsFrom || i != n || row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COLUMN) {
            throw new XlsxDecline("a cell reference this reader does not take: " + ref);
        }
        return key((int) row - 1, col - 1);
    }

    /** A range {@code A1:B2} (or one cell {@code A1}) as first row, first column, last row, last column. */
    static int[] range(String ref) {
        if (ref == null) {
            throw new XlsxDecline("a merged region without a reference");
        }
        int colon = ref.indexOf(':');
        long a = cell(colon < 0 ? ref : ref.substring(0, colon));
        long b = colon < 0 ? a : cell(ref.substring(colon + 1));
        return new int[] {row(a), (int) (a & 0xFFFF_FFFFL), row(b), (int) (b & 0xFFFF_FFFFL)};
    }

    static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFF_FFFFL);
    }

    static int row(long key) {
        return (int) (key >>> 32);
    }
}
