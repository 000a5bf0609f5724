package io.github.perfeval.word;

import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Walks every XML part of a .docx once with a streaming parser, before POI builds its model (POI builds
 * nested tables recursively, so depth must be bounded first): a part declaring a DTD is refused
 * ({@code UNSAFE_XML}), elements nesting deeper than {@link ReadLimits#maxDepth()} and more tables than
 * {@link ReadLimits#maxTables()} are refused ({@code TOO_LARGE}). No DTD is ever read and no entity resolved.
 */
final class PackageScan {

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private PackageScan() {
    }

    static void check(byte[] bytes, String file, ReadLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        int tables = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = entry.getName();
                if (!part.endsWith(".xml") && !part.endsWith(".rels")) {
                    continue;
                }
                tables += scan(factory, new Unclosable(zip), part, file, limits);
                if (tables > limits.maxTables()) {
                    throw new FileReadException(file, Problem.TOO_LARGE, "more than " + limits.maxTables() + " tables", null);
                }
            }
        } catch (IOException unreadable) {
            // not for this scan to judge: POI reads the package next and says what is wrong with it
        }
    }

    /** Scans one part; returns the tables it holds. */
    private static int scan(XMLInputFactory factory, InputStream in, String part, String file, ReadLimits limits) {
        int depth = 0;
        int tables = 0;
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FileReadException(file, Problem.UNSAFE_XML, "part " + part + " declares a DTD", null);
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FileReadException(file, Problem.UNSAFE_XML, "part " + part + " refers to an entity", null);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > limits.maxDepth()) {
                        throw new FileReadException(file, Problem.TOO_LARGE,
                                "part " + part + " nests elements deeper than " + limits.maxDepth() + " levels", null);
                    }
                    if ("tbl".equals(xml.getLocalName()) && WORD_NS.equals(xml.getNamespaceURI())) {
                        tables++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            if (FileReadException.isUnsafeXml(e.getMessage())) {
                throw new FileReadException(file, Problem.UNSAFE_XML, FileReadException.firstLine(e.getMessage()), e);
            }
            // a broken part: POI reads the package next and says what is wrong with it
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
        return tables;
    }

    /** Keeps the parser from closing the zip stream it reads a part from. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream goes on to the next part
        }
    }
}
