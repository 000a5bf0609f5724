package io.github.perfeval.excel.read;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a rich-text element ({@code <si>} of the shared strings, {@code <is>} of an inline string,
 * {@code <text>} of a comment) as POI's {@code XSSFRichTextString.getString()} gives it: the runs'
 * {@code <t>} joined when there are runs ({@code <r>}), else the element's own {@code <t>}; phonetic runs
 * ({@code <rPh>}) left out; {@code _xHHHH_} escapes decoded. Stateless.
 */
final class RichTextXml {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private RichTextXml() {
    }

    /**
     * Reads the element the reader is on, up to its end.
     *
     * @return the text, or null when the element has neither runs nor {@code <t>} (POI's null)
     */
    static String read(XMLStreamReader r) throws XMLStreamException {
        String own = null;
        boolean ownSeen = false;
        StringBuilder runs = null;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "t")) {
                String t = SafeXml.text(r);
                if (!ownSeen) {
                    own = t;
                    ownSeen = true;
                }
            } else if (SafeXml.is(r, "r")) {
                if (runs == null) {
                    runs = new StringBuilder();
                }
                // a run without <t> adds "null", as POI's StringBuilder.append(r.getT()) does
                runs.append(runText(r));
            } else {
                SafeXml.skip(r);
            }
        }
        return decode(runs != null ? runs.toString() : own);
    }

    private static String runText(XMLStreamReader r) throws XMLStreamException {
        String t = null;
        while (SafeXml.nextChild(r)) {
            if (t == null && SafeXml.is(r, "t")) {
                t = SafeXml.text(r);
            } else {
                SafeXml.skip(r);
            }
        }
        return t;
    }

    /** POI's {@code utfDecode}: {@code _x000D_} and its kind become the character they escape. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder b = new StringBuilder();
        Matcher m = ESCAPE.matcher(value);
        int idx = 0;
        while (m.find()) {
            int pos = m.start();
            if (pos > idx) {
                b.append(value, idx, pos);
            }
            b.append((char) Integer.parseInt(m.group(1), 16));
            idx = m.end();
        }
        if (idx == 0) {
            return value;
        }
        b.append(value.substring(idx));
        return b.toString();
    }
}
