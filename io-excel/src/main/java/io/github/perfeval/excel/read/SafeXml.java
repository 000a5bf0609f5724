package io.github.perfeval.excel.read;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * StAX over the parts of a package that comes from a stranger: the JDK's own parser
 * ({@link XMLInputFactory#newDefaultFactory()}), no DTD, no external entities; a part that declares a DTD
 * at all is refused as {@code UNSAFE_XML}, as POI refuses it. The helpers read text the way XMLBeans gives
 * it to POI. Stateless and thread-safe.
 */
final class SafeXml {

    /** SpreadsheetML's transitional namespace (the strict one is read by POI). */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The namespace of {@code r:id}. */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A reader positioned on the root element.
     *
     * @throws WorkbookReadException {@code UNSAFE_XML} when the part declares a DTD
     * @throws XMLStreamException when the part is not XML
     */
    static XMLStreamReader open(byte[] part, String partName, String file) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.DTD) {
                r.close();
                throw unsafe(partName, file);
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
        }
        throw new XMLStreamException("part " + partName + " has no root element");
    }

    /** Whether a part's prolog declares a DTD (read up to its root element only). */
    static void checkProlog(byte[] part, String partName, String file) {
        try {
            open(part, partName, file).close();
        } catch (XMLStreamException notXml) {
            // not for this check: POI reads the part, or never does
        }
    }

    static WorkbookReadException unsafe(String partName, String file) {
        return new WorkbookReadException(file, WorkbookReadException.Problem.UNSAFE_XML,
                "part " + partName + " declares a DOCTYPE (DTD)", null);
    }

    /** Whether the reader is on an element of SpreadsheetML named so. */
    static boolean is(XMLStreamReader r, String localName) {
        return localName.equals(r.getLocalName()) && MAIN.equals(r.getNamespaceURI());
    }

    /** An attribute without namespace, or null. */
    static String attribute(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }

    /**
     * The text of the element the reader is on, up to its end (where the reader stays); an element inside
     * it is declined.
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = null;
        String only = null;
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                case XMLStreamConstants.ENTITY_REFERENCE:
                    if (only == null && b == null) {
                        only = r.getText();
                    } else {
                        if (b == null) {
                            b = new StringBuilder(only);
                        }
                        b.append(r.getText());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    return b != null ? b.toString() : only == null ? "" : only;
                case XMLStreamConstants.START_ELEMENT:
                    throw new XlsxDecline("an element inside the text of <" + r.getLocalName() + ">");
                case XMLStreamConstants.DTD:
                    throw new XMLStreamException("a DTD inside an element");
                default:
                    break;
            }
        }
    }

    /** Skips the element the reader is on, with everything in it; the reader stays on its end. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Moves to the next start element within the current element, or returns false at its end. */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /**
     * An XML Schema boolean as XMLBeans reads it ({@code 1}, {@code true}, {@code 0}, {@code false}, white
     * space collapsed); null when absent; anything else is declined.
     */
    static Boolean bool(String value, String what) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.equals("1") || v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("0") || v.equals("false")) {
            return Boolean.FALSE;
        }
        throw new XlsxDecline(what + " is not a boolean: " + value);
    }

    /** An unsigned integer attribute as XMLBeans reads it; the default when absent; anything else is declined. */
    static long unsigned(String value, long absent, String what) {
        if (value == null) {
            return absent;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 10) {
            throw new XlsxDecline(what + " is not a number: " + value);
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new XlsxDecline(what + " is not a number: " + value);
            }
            n = n * 10 + (c - '0');
        }
        if (n > 0xFFFFFFFFL) {
            throw new XlsxDecline(what + " is beyond an unsigned int: " + value);
        }
        return n;
    }
}
