package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.read.ReadLimits;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an .xlsx into the grids {@link SheetGrids} makes of it through POI, without XSSF or XMLBeans:
 * one guarded inflating pass over the bytes ({@link XlsxPackage}), StAX ({@link SafeXml}) over the workbook, its relationships, the
 * shared strings, the styles, each sheet and its comments. It decides per workbook: either every sheet is
 * read here, or the workbook is declined before any grid leaves this class and POI reads it from the
 * start ({@link Result#declined()} says why). Declined: strict OOXML, a workbook part of another content
 * type, sheets that are not worksheets or whose part is missing, array and data-table formulas, shared
 * formulas that name more than cells ({@link SharedFormulaText}),
 * {@code t="d"} cells, XML StAX cannot read (POI then says what is wrong with it), and the cases the
 * classes it uses list. Refused as POI refuses them: a DTD in any XML part ({@code UNSAFE_XML}), a sheet
 * beyond the limits ({@code TOO_LARGE}, the sheet named, in the order POI's path checks them).
 * Stateless and thread-safe.
 */
final class XlsxReader {

    private static final String WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private static final String SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml");

    private XlsxReader() {
    }

    /** The grids of a workbook, or why it is POI's to read. */
    static final class Result {
        private final List<ValueWithDiagnostics<Grid>> grids;
        private final String declined;

        private Result(List<ValueWithDiagnostics<Grid>> grids, String declined) {
            this.grids = grids;
            this.declined = declined;
        }

        /** The grids, one a sheet in the workbook's order, when this reader read the workbook. */
        Optional<List<ValueWithDiagnostics<Grid>>> grids() {
            return Optional.ofNullable(grids);
        }

        /** Why POI reads the workbook instead, or null. */
        String declined() {
            return declined;
        }
    }

    /**
     * Reads a workbook's sheets.
     *
     * @param bytes the package (inflated here under {@code ZipGuard}'s limits, so a declined one has been counted)
     * @param limits the limits
     * @param file the file's name, for errors
     * @return the grids, or why POI reads this workbook
     * @throws WorkbookReadException {@code ZIP_BOMB} or {@code TOO_LARGE} as {@code ZipGuard} refuses the package,
     *         {@code UNSAFE_XML} or {@code TOO_LARGE} as POI's path throws them
     */
    static Result read(byte[] bytes, ReadLimits limits, String file) {
        try {
            return new Result(grids(bytes, limits, file), null);
        } catch (XlsxDecline d) {
            return new Result(null, d.getMessage());
        } catch (XMLStreamException e) {
            return new Result(null, "XML this reader cannot read: " + firstLine(e.getMessage()));
        } catch (WorkbookReadException e) {
            throw e;
        } catch (RuntimeException unexpected) {
            // whatever this reader did not foresee, POI reads the workbook and says what it finds
            return new Result(null, "unexpected: " + unexpected);
        }
    }

    private static String firstLine(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final class Sheet {
        final String name;
        final boolean hidden;
        final String part;

        Sheet(String name, boolean hidden, String part) {
            this.name = name;
            this.hidden = hidden;
            this.part = part;
        }
    }

    private static List<ValueWithDiagnostics<Grid>> grids(byte[] bytes, ReadLimits limits, String file) throws XMLStreamException {
        XlsxPackage pkg = XlsxPackage.of(bytes, file, limits);
        for (String name : pkg.partNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml")) {
                SafeXml.checkProlog(pkg.part(name), name, file);
            }
        }
        String workbookPart = null;
        for (XlsxPackage.Relationship rel : pkg.relationships("")) {
            if (XlsxPackage.OFFICE_DOCUMENT.equals(rel.type)) {
                if (workbookPart != null || rel.target == null) {
                    throw new XlsxDecline("no single workbook part");
                }
                workbookPart = rel.target;
            }
        }
        if (workbookPart == null || pkg.part(workbookPart) == null) {
            throw new XlsxDecline("no transitional workbook part");
        }
        if (!WORKBOOK_TYPES.contains(pkg.contentType(workbookPart))) {
            throw new XlsxDecline("workbook part of content type " + pkg.contentType(workbookPart));
        }
        Map<String, XlsxPackage.Relationship> rels = new HashMap<>();
        String stringsPart = null;
        String stylesPart = null;
        for (XlsxPackage.Relationship rel : pkg.relationships(workbookPart)) {
            if (rel.id != null) {
                rels.put(rel.id, rel);
            }
            if (SHARED_STRINGS.equals(rel.type)) {
                if (stringsPart != null) {
                    throw new XlsxDecline("two shared-strings parts");
                }
                stringsPart = rel.target;
            } else if (STYLES.equals(rel.type)) {
                if (stylesPart != null) {
                    throw new XlsxDecline("two styles parts");
                }
                stylesPart = rel.target;
            }
        }
        boolean[] date1904 = new boolean[1];
        List<String> definedNames = new ArrayList<>();
        List<Sheet> sheets = sheets(pkg, workbookPart, rels, date1904, definedNames, file);
        if (stylesPart == null || pkg.part(stylesPart) == null) {
            throw new XlsxDecline("no styles part");
        }
        XlsxStyles styles = XlsxStyles.read(pkg.part(stylesPart), stylesPart, file);
        XlsxSharedStrings strings = XlsxSharedStrings.NONE;
        if (stringsPart != null) {
            if (pkg.part(stringsPart) == null) {
                throw new XlsxDecline("a shared-strings relationship to no part");
            }
            strings = XlsxSharedStrings.read(pkg.part(stringsPart), stringsPart, file);
        }
        List<XlsxSheet> read = new ArrayList<>();
        List<XlsxComments> comments = new ArrayList<>();
        for (Sheet s : sheets) {
            read.add(XlsxSheet.read(pkg.part(s.part), s.part, file, limits));
            comments.add(comments(pkg, s.part, file));
        }
        ExcelFormReader.checkSheetCount(sheets.size(), limits, file);
        XlsxSheetGrid grid = new XlsxSheetGrid(styles, strings, date1904[0], new SharedFormulaText(definedNames));
        List<ValueWithDiagnostics<Grid>> out = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            out.add(grid.of(s.name, i, s.hidden, read.get(i), comments.get(i), limits, file));
        }
        return out;
    }

    private static List<Sheet> sheets(XlsxPackage pkg, String workbookPart, Map<String, XlsxPackage.Relationship> rels,
                                      boolean[] date1904, List<String> definedNames, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(pkg.part(workbookPart), workbookPart, file);
        if (!SafeXml.is(r, "workbook")) {
            throw new XlsxDecline("workbook root is not transitional SpreadsheetML's workbook");
        }
        List<Sheet> sheets = null;
        Set<String> ids = new HashSet<>();
        boolean sawProperties = false;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "workbookPr") && !sawProperties) {
                // the first, as XMLBeans' getWorkbookPr() gives POI
                sawProperties = true;
                Boolean b = SafeXml.bool(SafeXml.attribute(r, "date1904"), "date1904");
                date1904[0] = b != null && b;
                SafeXml.skip(r);
            } else if (SafeXml.is(r, "sheets")) {
                if (sheets != null) {
                    throw new XlsxDecline("two sheets elements");
                }
                sheets = new ArrayList<>();
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "sheet")) {
                        sheets.add(sheet(r, rels, ids, pkg));
                    }
                    SafeXml.skip(r);
                }
            } else if (SafeXml.is(r, "definedNames")) {
                // every one, whatever its scope: a shared formula that may name one is declined
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "definedName") && SafeXml.attribute(r, "name") != null) {
                        definedNames.add(SafeXml.attribute(r, "name"));
                    }
                    SafeXml.skip(r);
                }
            } else {
                SafeXml.skip(r);
            }
        }
        if (sheets == null) {
            throw new XlsxDecline("no sheets element");
        }
        return sheets;
    }

    private static Sheet sheet(XMLStreamReader r, Map<String, XlsxPackage.Relationship> rels, Set<String> ids, XlsxPackage pkg) {
        String name = SafeXml.attribute(r, "name");
        String id = r.getAttributeValue(SafeXml.RELATIONSHIPS, "id");
        String state = SafeXml.attribute(r, "state");
        if (name == null || name.isBlank() || id == null || !ids.add(id)) {
            throw new XlsxDecline("a sheet without a name or a relationship of its own");
        }
        XlsxPackage.Relationship rel = rels.get(id);
        if (rel == null || !WORKSHEET.equals(rel.type) || rel.target == null || pkg.part(rel.target) == null) {
            throw new XlsxDecline("sheet " + name + " is no worksheet part of the package");
        }
        boolean hidden;
        if (state == null || state.strip().equals("visible")) {
            hidden = false;
        } else if (state.strip().equals("hidden") || state.strip().equals("veryHidden")) {
            hidden = true;
        } else {
            throw new XlsxDecline("sheet state " + state);
        }
        return new Sheet(name, hidden, rel.target);
    }

    private static XlsxComments comments(XlsxPackage pkg, String sheetPart, String file) throws XMLStreamException {
        String part = null;
        for (XlsxPackage.Relationship rel : pkg.relationships(sheetPart)) {
            if (COMMENTS.equals(rel.type)) {
                if (part != null || rel.target == null || pkg.part(rel.target) == null) {
                    throw new XlsxDecline("comments of sheet " + sheetPart + " that are not one part");
                }
                part = rel.target;
            }
        }
        return part == null ? XlsxComments.NONE : XlsxComments.read(pkg.part(part), part, file);
    }
}
