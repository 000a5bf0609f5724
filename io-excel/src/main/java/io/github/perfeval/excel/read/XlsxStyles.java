package io.github.perfeval.excel.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number formats of a workbook's styles part, as POI's {@code StylesTable} gives them to a cell: the
 * cell's style index ({@code s}) picks a {@code cellXfs} entry, whose {@code numFmtId} (as a short, as POI
 * casts it) names a custom format of {@code numFmts} or else a built-in one ({@link BuiltinFormats}).
 * Immutable once read.
 */
final class XlsxStyles {

    private final List<Short> formatIds;
    private final Map<Short, String> custom;

    private XlsxStyles(List<Short> formatIds, Map<Short, String> custom) {
        this.formatIds = formatIds;
        this.custom = custom;
    }

    static XlsxStyles read(byte[] part, String partName, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(part, partName, file);
        if (!SafeXml.is(r, "styleSheet")) {
            throw new XlsxDecline("styles root is not SpreadsheetML's styleSheet");
        }
        List<Short> ids = new ArrayList<>();
        Map<Short, String> formats = new HashMap<>();
        boolean sawXfs = false;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "numFmts")) {
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "numFmt")) {
                        long id = SafeXml.unsigned(SafeXml.attribute(r, "numFmtId"), 0, "numFmtId");
                        formats.put((short) id, SafeXml.attribute(r, "formatCode"));
                    }
                    SafeXml.skip(r);
                }
            } else if (SafeXml.is(r, "cellXfs")) {
                if (sawXfs) {
                    throw new XlsxDecline("two cellXfs");
                }
                sawXfs = true;
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "xf")) {
                        ids.add((short) SafeXml.unsigned(SafeXml.attribute(r, "numFmtId"), 0, "numFmtId"));
                    }
                    SafeXml.skip(r);
                }
            } else {
                SafeXml.skip(r);
            }
        }
        return new XlsxStyles(ids, formats);
    }

    /** Whether a cell with this style index has a style at all (POI gives null beyond the list). */
    boolean has(long styleIndex) {
        return styleIndex >= 0 && styleIndex < formatIds.size();
    }

    /** The format id of a style (POI's {@code getDataFormat()}); the style must exist. */
    short formatId(long styleIndex) {
        return formatIds.get((int) styleIndex);
    }

    /** The format string of a style (POI's {@code getDataFormatString()}), may be null. */
    String format(long styleIndex) {
        short id = formatId(styleIndex);
        String f = custom.get(id);
        return f != null ? f : BuiltinFormats.getBuiltinFormat(id);
    }
}
