package io.github.perfeval.excel.read;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Arrays;

/**
 * The shared strings of a workbook, each as {@link RichTextXml} reads it. Kept as one block of characters
 * and an offset a string, so that a hostile part of many tiny strings costs its own size in memory and no
 * more (the part's size is bounded by {@code ZipGuard}); a string is made when a cell asks for it.
 */
final class XlsxSharedStrings {

    static final XlsxSharedStrings NONE = new XlsxSharedStrings(new StringBuilder(), new int[] {0}, new boolean[0], 0);

    private final StringBuilder chars;
    private final int[] starts;
    private final boolean[] isNull;
    private final int count;

    private XlsxSharedStrings(StringBuilder chars, int[] starts, boolean[] isNull, int count) {
        this.chars = chars;
        this.starts = starts;
        this.isNull = isNull;
        this.count = count;
    }

    static XlsxSharedStrings read(byte[] part, String partName, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(part, partName, file);
        if (!SafeXml.is(r, "sst")) {
            throw new XlsxDecline("shared strings root is not SpreadsheetML's sst");
        }
        StringBuilder chars = new StringBuilder();
        int[] starts = new int[64];
        boolean[] nulls = new boolean[64];
        int n = 0;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "si")) {
                String s = RichTextXml.read(r);
                if (n + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    nulls = Arrays.copyOf(nulls, nulls.length * 2);
                }
                starts[n] = chars.length();
                nulls[n] = s == null;
                if (s != null) {
                    chars.append(s);
                }
                n++;
            } else {
                SafeXml.skip(r);
            }
        }
        starts[n] = chars.length();
        return new XlsxSharedStrings(chars, starts, nulls, n);
    }

    /** How many strings. */
    int size() {
        return count;
    }

    /** String {@code i}, null when its element had no text at all; {@code i} must be below {@link #size()}. */
    String get(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("shared string " + i + " of " + count);
        }
        return isNull[i] ? null : chars.substring(starts[i], starts[i + 1]);
    }
}
