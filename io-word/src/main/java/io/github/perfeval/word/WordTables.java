package io.github.perfeval.word;

import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.document.DocumentTable;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.ReadLimits;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a Word document's main part as {@link DocumentTable}s, read in one streaming pass over its
 * XML (WordprocessingML), in document order (a nested table right after the table holding it): each table's
 * cells on its grid of columns ({@code gridSpan} and {@code gridBefore} place them, {@code vMerge} merges them
 * down), a cell's paragraphs and line breaks as lines and its tabs as tabs, the paragraphs above each table
 * as its context, and whether a table follows the one before it with nothing but blank paragraphs, breaks
 * or a 续表 mark between.
 *
 * <p>Why not POI's XWPF object model: it builds a table's rows by index into an XML list, which takes time
 * quadratic in the rows (a table of 10,001 rows took 6.5 to 8.4 s to open on the build machine), and builds
 * nested tables recursively. This pass is linear, keeps one frame per open table, and reads what XWPF reads:
 * text ({@code w:t}), tabs, breaks, hyphens and symbols of runs, in paragraphs, hyperlinks, fields' results,
 * insertions, content controls and text boxes; deleted text, field instructions and the fallback copy of
 * alternate content are left out, as Word shows them.
 */
final class WordTables {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final ReadLimits limits;
    private final String file;
    /** Every table, in document order; a slot is filled when its table ends. */
    private final List<DocumentTable> tables = new ArrayList<>();
    private final Deque<TableState> open = new ArrayDeque<>();
    /** The body's text since the last top-level table. */
    private final StringBuilder above = new StringBuilder();
    private boolean seenTable;

    private WordTables(ReadLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    /**
     * Reads the tables of a document's main part.
     *
     * @param document the part's XML ({@code word/document.xml})
     * @throws FileReadException {@code UNSAFE_XML} for a DTD, {@code TOO_LARGE} beyond the limits, {@code TRUNCATED} for broken XML
     */
    static List<DocumentTable> of(InputStream document, ReadLimits limits, String file) {
        WordTables reader = new WordTables(limits, file);
        reader.read(document);
        return reader.tables;
    }

    private void read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            int skipping = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FileReadException(file, FileReadException.Problem.UNSAFE_XML, "the document declares a DTD or entity", null);
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        end(xml.getNamespaceURI(), name);
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                String parent = path.isEmpty() ? "" : path.peek();
                if (path.size() >= limits.maxDepth()) {
                    throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                            "the document nests elements deeper than " + limits.maxDepth() + " levels", null);
                }
                if (skipping > 0 || MC.equals(ns) && name.equals("Fallback")
                        || W.equals(ns) && (name.equals("delText") || name.equals("instrText") || name.equals("delInstrText"))) {
                    skipping++;
                    path.push(name);
                    continue;
                }
                if (W.equals(ns) && name.equals("t")) {
                    text().append(xml.getElementText());   // consumes the end tag
                    continue;
                }
                path.push(name);
                if (W.equals(ns)) {
                    start(xml, name, parent);
                }
            }
        } catch (XMLStreamException e) {
            if (FileReadException.isUnsafeXml(e.getMessage())) {
                throw new FileReadException(file, FileReadException.Problem.UNSAFE_XML, FileReadException.firstLine(e.getMessage()), e);
            }
            throw new FileReadException(file, FileReadException.Problem.TRUNCATED, FileReadException.firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** Where text goes now: the open cell of the innermost table, else the body. */
    private StringBuilder text() {
        if (!open.isEmpty()) {
            TableState t = open.peek();
            return t.cell != null ? t.cell.text : t.stray;
        }
        return above;
    }

    private void start(XMLStreamReader xml, String name, String parent) {
        switch (name) {
            case "tbl":
                startTable();
                break;
            case "tr":
                if (!open.isEmpty()) {
                    open.peek().startRow();
                }
                break;
            case "tc":
                if (!open.isEmpty()) {
                    open.peek().startCell();
                }
                break;
            case "gridBefore":
                if (parent.equals("trPr") && !open.isEmpty()) {
                    open.peek().gridBefore(count(attribute(xml, "val")));
                }
                break;
            case "hidden":
                if (parent.equals("trPr") && !open.isEmpty() && isOn(attribute(xml, "val"))) {
                    open.peek().hideRow();
                }
                break;
            case "gridSpan":
                if (parent.equals("tcPr") && !open.isEmpty() && open.peek().cell != null) {
                    open.peek().cell.span = Math.max(1, count(attribute(xml, "val")));
                }
                break;
            case "vMerge":
                if (parent.equals("tcPr") && !open.isEmpty() && open.peek().cell != null) {
                    boolean restart = "restart".equals(attribute(xml, "val"));
                    open.peek().cell.restart = restart;
                    open.peek().cell.continues = !restart;
                }
                break;
            case "tab":
            case "ptab":
                if (parent.equals("r")) {
                    text().append('\t');
                }
                break;
            case "br":
            case "cr":
                if (parent.equals("r")) {
                    text().append('\n');
                }
                break;
            case "noBreakHyphen":
                text().append('-');
                break;
            case "sym":
                text().append(symbol(attribute(xml, "char")));
                break;
            default:
                break;
        }
    }

    private void end(String ns, String name) {
        if (!W.equals(ns)) {
            return;
        }
        switch (name) {
            case "p":
                text().append('\n');
                break;
            case "tc":
                if (!open.isEmpty()) {
                    open.peek().endCell();
                }
                break;
            case "tr":
                if (!open.isEmpty()) {
                    open.peek().endRow();
                }
                break;
            case "tbl":
                if (!open.isEmpty()) {
                    TableState t = open.pop();
                    tables.set(t.number - 1, t.finish());
                }
                break;
            default:
                break;
        }
    }

    private void startTable() {
        if (tables.size() >= limits.maxTables()) {
            throw new FileReadException(file, FileReadException.Problem.TOO_LARGE, "more than " + limits.maxTables() + " tables", null);
        }
        int number = tables.size() + 1;
        tables.add(null);
        TableState t;
        if (open.isEmpty()) {
            String between = above.toString();
            t = new TableState(number, DocumentTable.context(between), seenTable && DocumentTable.isNothingBetween(between), 0);
            above.setLength(0);
            seenTable = true;
        } else {
            TableState outer = open.peek();
            String before = outer.cell != null ? outer.cell.text.toString() : "";
            t = new TableState(number, DocumentTable.context(before), false, outer.number);
        }
        open.push(t);
    }

    private static String attribute(XMLStreamReader xml, String local) {
        String v = xml.getAttributeValue(W, local);
        return v != null ? v : xml.getAttributeValue(null, local);
    }

    private static boolean isOn(String v) {
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    /** A count from the document (a span, columns skipped), bounded so that no hostile value reaches the grid. */
    private int count(String v) {
        if (v == null) {
            return 1;
        }
        String digits = v.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return digits.length() > 6 ? limits.maxColumns() + 1 : Math.min(Integer.parseInt(digits), limits.maxColumns() + 1);
    }

    /**
     * A symbol inserted from a symbol font ({@code w:sym}): the comparisons a target may be written with in
     * the Symbol font; any other symbol as U+FFFD, so that it is seen, not lost.
     */
    private static char symbol(String hex) {
        if (hex == null) {
            return '\uFFFD';
        }
        switch (hex.toUpperCase(java.util.Locale.ROOT)) {
            case "F0B3":
            case "B3":
                return '≥';
            case "F0A3":
            case "A3":
                return '≤';
            case "F03E":
            case "3E":
                return '>';
            case "F03C":
            case "3C":
                return '<';
            case "F03D":
            case "3D":
                return '=';
            case "F0B9":
            case "B9":
                return '≠';
            case "F0B1":
            case "B1":
                return '±';
            default:
                return '\uFFFD';
        }
    }

    /** A table being read: its grid so far, the row and cell open, and the vertical merges being followed down. */
    private final class TableState {
        final int number;
        final boolean followsDirectly;
        final int parent;
        final Grid.Builder grid;
        /** Text inside the table but outside any cell (malformed documents): kept out of cells and context. */
        final StringBuilder stray = new StringBuilder();
        final TreeMap<Integer, Region> regions = new TreeMap<>();
        int row = -1;
        int col;
        Set<Integer> continued = new HashSet<>();
        CellState cell;

        TableState(int number, String context, boolean followsDirectly, int parent) {
            this.number = number;
            this.followsDirectly = followsDirectly;
            this.parent = parent;
            this.grid = Grid.tableBuilder(number, context, limits.gridLimits());
        }

        void startRow() {
            row++;
            col = 0;
            continued = new HashSet<>();
            grid.put(row, 0, GridCell.EMPTY);
        }

        void gridBefore(int n) {
            if (row >= 0 && col == 0) {
                col = n;
            }
        }

        void hideRow() {
            if (row >= 0) {
                grid.hideRow(row);
            }
        }

        void startCell() {
            if (row < 0) {
                startRow();
            }
            cell = new CellState();
        }

        void endCell() {
            CellState c = cell;
            cell = null;
            if (c == null) {
                return;
            }
            int span = c.span;
            if (col + span > limits.maxColumns()) {
                throw new GridTooLargeException("table " + number + " has " + (col + span) + " columns or more, limit " + limits.maxColumns());
            }
            String text = tidy(c.text);
            Region region = regions.get(col);
            if (c.continues && region != null && region.span == span) {
                region.lastRow = row;
                continued.add(col);
                if (!text.isBlank()) {
                    grid.put(row, col, GridCell.text(text));   // kept where it stands; hidden behind the merged region
                }
            } else {
                if (region != null) {
                    close(col);
                }
                grid.put(row, col, GridCell.text(text));
                if (span > 1) {
                    grid.put(row, col + span - 1, GridCell.EMPTY);
                }
                if (c.restart || c.continues) {
                    regions.put(col, new Region(row, span));   // a continuation with nothing above starts a region
                    continued.add(col);
                } else if (span > 1) {
                    grid.merge(row, col, row, col + span - 1);
                }
            }
            col += span;
        }

        void endRow() {
            for (Integer c : new ArrayList<>(regions.keySet())) {
                if (!continued.contains(c)) {
                    close(c);
                }
            }
        }

        DocumentTable finish() {
            for (Integer c : new ArrayList<>(regions.keySet())) {
                close(c);
            }
            DocumentTable t = DocumentTable.of(grid.build());
            if (parent > 0) {
                t = t.nestedIn(parent);
            }
            return followsDirectly ? t.followingDirectly() : t;
        }

        private void close(int c) {
            Region region = regions.remove(c);
            if (region.lastRow > region.firstRow || region.span > 1) {
                grid.merge(region.firstRow, c, region.lastRow, c + region.span - 1);
            }
        }
    }

    /** A cell being read. */
    private static final class CellState {
        final StringBuilder text = new StringBuilder();
        int span = 1;
        boolean restart;
        boolean continues;
    }

    /** A vertical merge being followed down: its first row, its width, and the last row reached. */
    private static final class Region {
        final int firstRow;
        final int span;
        int lastRow;

        Region(int firstRow, int span) {
            this.firstRow = firstRow;
            this.span = span;
            this.lastRow = firstRow;
        }
    }

    /** A cell's text without blank lines at its ends (each paragraph ends a line). */
    private static String tidy(StringBuilder sb) {
        int start = 0;
        int end = sb.length();
        while (start < end && sb.charAt(start) == '\n') {
            start++;
        }
        while (end > start && sb.charAt(end - 1) == '\n') {
            end--;
        }
        return sb.substring(start, end);
    }
}
