package io.github.perfeval.excel.read;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.grid.read.ZipGuard;
import io.github.perfeval.grid.read.ZipParts;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The parts of an OOXML package (an .xlsx), inflated under {@code ZipGuard}'s limits, and the relationships
 * between them. The zip is walked by its local headers, as {@code ZipGuard} and POI walk it (so the same entries are
 * seen; {@code java.util.zip}'s {@code ZipInputStream} refuses the packages POI's own streaming writer makes): in one
 * guarded pass by {@link ZipParts} when the zip is a plain one (every package Excel, WPS, POI and openpyxl write),
 * else counted by {@code ZipGuard} and walked with commons-compress. Part names are matched without regard to case, as OPC says
 * and POI does. What this does not read the way POI does (duplicate part names, a zip that cannot be
 * walked, a part inflating close to POI's zip-bomb ratio) is declined, and POI reads the workbook. Not
 * thread-safe; one per read.
 */
final class XlsxPackage {

    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /** POI's per-part bound: a part above this size that inflates below this ratio is POI's to judge. */
    private static final long POI_GRACE_ENTRY = 100 * 1024;
    private static final double NEAR_POI_RATIO = 0.05;

    private final Map<String, byte[]> parts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final String file;
    private Map<String, String> defaults;
    private Map<String, String> overrides;

    private XlsxPackage(String file) {
        this.file = file;
    }

    /**
     * Inflates every part, refusing the package as {@code ZipGuard} does: in one pass ({@link ZipParts}) when the zip
     * is a plain one, else counted by {@code ZipGuard} first and walked with commons-compress.
     *
     * @throws WorkbookReadException {@code ZIP_BOMB} or {@code TOO_LARGE}, with {@code ZipGuard}'s words
     * @throws XlsxDecline when the zip is not one this reader walks as POI does
     */
    static XlsxPackage of(byte[] bytes, String file, ReadLimits limits) {
        Optional<List<ZipParts.Part>> inflated;
        try {
            inflated = ZipParts.inflate(bytes, file, limits);
            if (inflated.isEmpty()) {
                ZipGuard.check(bytes, file, limits);
            }
        } catch (FileReadException e) {
            throw new WorkbookReadException(file, e.getProblem(), e.getDetail(), null);
        }
        if (inflated.isEmpty()) {
            return walked(bytes, file);
        }
        XlsxPackage p = new XlsxPackage(file);
        for (ZipParts.Part part : inflated.get()) {
            p.add(part.name(), part.data(), part.compressedSize());
        }
        return p;
    }

    /** The parts as commons-compress's walk of the local headers gives them (ZipGuard has counted the package). */
    private static XlsxPackage walked(byte[] bytes, String file) {
        XlsxPackage p = new XlsxPackage(file);
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                p.add(e.getName(), data, zip.getCompressedCount());
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new XlsxDecline("the zip cannot be walked: " + unreadable.getMessage());
        }
        return p;
    }

    private void add(String entryName, byte[] data, long compressed) {
        if (entryName.endsWith("/")) {
            return; // a folder
        }
        if (data.length > POI_GRACE_ENTRY && (compressed < 0 || (double) compressed / data.length < NEAR_POI_RATIO)) {
            throw new XlsxDecline("part " + entryName + " inflates close to POI's zip-bomb ratio");
        }
        String name = entryName.startsWith("/") ? entryName.substring(1) : entryName;
        String key = name.toLowerCase(Locale.ROOT);
        if (names.containsKey(key)) {
            throw new XlsxDecline("two parts named " + name);
        }
        names.put(key, name);
        parts.put(name, data);
    }

    /** The part of this name (any case), or null. */
    byte[] part(String name) {
        String actual = names.get(name.toLowerCase(Locale.ROOT));
        return actual == null ? null : parts.get(actual);
    }

    /** Every part name. */
    List<String> partNames() {
        return new ArrayList<>(parts.keySet());
    }

    /** The content type of a part by [Content_Types].xml, or null. */
    String contentType(String partName) throws XMLStreamException {
        if (defaults == null) {
            readContentTypes();
        }
        String o = overrides.get(partName.toLowerCase(Locale.ROOT));
        if (o != null) {
            return o;
        }
        int dot = partName.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void readContentTypes() throws XMLStreamException {
        byte[] types = part("[Content_Types].xml");
        if (types == null) {
            throw new XlsxDecline("no [Content_Types].xml");
        }
        defaults = new HashMap<>();
        overrides = new HashMap<>();
        XMLStreamReader r = SafeXml.open(types, "[Content_Types].xml", file);
        while (SafeXml.nextChild(r)) {
            String type = SafeXml.attribute(r, "ContentType");
            if ("Default".equals(r.getLocalName()) && type != null && SafeXml.attribute(r, "Extension") != null) {
                defaults.put(SafeXml.attribute(r, "Extension").toLowerCase(Locale.ROOT), type.strip());
            } else if ("Override".equals(r.getLocalName()) && type != null && SafeXml.attribute(r, "PartName") != null) {
                String name = SafeXml.attribute(r, "PartName");
                overrides.put((name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT), type.strip());
            }
            SafeXml.skip(r);
        }
    }

    /** One relationship of a part: its id, type and the part it targets (null when external). */
    static final class Relationship {
        final String id;
        final String type;
        final String target;

        Relationship(String id, String type, String target) {
            this.id = id;
            this.type = type;
            this.target = target;
        }
    }

    /**
     * The relationships of a part ({@code ""} for the package's own), targets resolved to part names.
     *
     * @throws XlsxDecline when a target is not a plain part name
     */
    List<Relationship> relationships(String source) throws XMLStreamException {
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        String relsName = folder + "_rels/" + source.substring(slash + 1) + ".rels";
        byte[] rels = part(relsName);
        List<Relationship> out = new ArrayList<>();
        if (rels == null) {
            return out;
        }
        XMLStreamReader r = SafeXml.open(rels, relsName, file);
        while (SafeXml.nextChild(r)) {
            if ("Relationship".equals(r.getLocalName())) {
                String target = SafeXml.attribute(r, "Target");
                boolean external = "External".equals(SafeXml.attribute(r, "TargetMode"));
                out.add(new Relationship(SafeXml.attribute(r, "Id"), SafeXml.attribute(r, "Type"),
                        external || target == null ? null : resolve(folder, target)));
            }
            SafeXml.skip(r);
        }
        return out;
    }

    private static String resolve(String folder, String target) {
        if (target.isEmpty() || target.indexOf('%') >= 0 || target.indexOf('\\') >= 0 || target.contains(":")
                || target.indexOf('#') >= 0 || target.indexOf('?') >= 0) {
            throw new XlsxDecline("a relationship target that is not a plain part name: " + target);
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    throw new XlsxDecline("a relationship target outside the package: " + target);
                }
                segments.remove(segments.size() - 1);
            } else if (s.isEmpty() || s.equals(".")) {
                throw new XlsxDecline("a relationship target with an empty segment: " + target);
            } else {
                segments.add(s);
            }
        }
        return String.join("/", segments);
    }
}
