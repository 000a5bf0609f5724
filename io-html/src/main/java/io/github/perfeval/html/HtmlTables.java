package io.github.perfeval.html;

import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.document.DocumentTable;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.ReadLimits;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of a parsed page as {@link DocumentTable}s, in page order (a nested table right after the
 * table holding it): each table's cells laid out as a browser lays them out ({@code rowspan}/{@code colspan}
 * as merged regions), the text above each table as its context, and whether a table follows the one
 * before it with nothing but blank lines between. Every walk over the page is iterative and bounded by
 * the {@link ReadLimits}.
 */
final class HtmlTables {

    /** Elements that start a new line where a browser shows them. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "header", "footer", "center", "blockquote", "pre", "tr", "dd", "dt", "dl", "hr", "address",
            "caption", "figure", "figcaption", "main", "nav", "aside", "form", "fieldset", "title");
    /** The longest caption kept in a table's context. */
    private static final int CAPTION_LENGTH = 200;
    /** The largest colspan browsers honour. */
    private static final int MAX_COLSPAN = 1000;

    private HtmlTables() {
    }

    static List<DocumentTable> of(Document page, ReadLimits limits, String file) {
        checkDepth(page, limits, file);
        List<Found> found = find(page.body() != null ? page.body() : page, limits, file);
        List<DocumentTable> tables = new ArrayList<>();
        for (Found f : found) {
            DocumentTable t = DocumentTable.of(grid(f, limits, file));
            if (f.parent > 0) {
                t = t.nestedIn(f.parent);
            }
            if (f.followsDirectly) {
                t = t.followingDirectly();
            }
            tables.add(t);
        }
        return tables;
    }

    private static void checkDepth(Document page, ReadLimits limits, String file) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        if (deepest[0] > limits.maxDepth()) {
            throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                    "elements nested deeper than " + limits.maxDepth() + " levels", null);
        }
    }

    /** A table found on the page, with where it stands. */
    private static final class Found {
        final Element table;
        final int number;
        final int parent;
        final String context;
        final boolean followsDirectly;
        final StringBuilder inside = new StringBuilder();

        Found(Element table, int number, int parent, String context, boolean followsDirectly) {
            this.table = table;
            this.number = number;
            this.parent = parent;
            this.context = context;
            this.followsDirectly = followsDirectly;
        }
    }

    /** Every table in page order, each with the text above it (outside tables, or in its enclosing table before it). */
    private static List<Found> find(Element root, ReadLimits limits, String file) {
        List<Found> found = new ArrayList<>();
        Deque<Found> open = new ArrayDeque<>();
        StringBuilder outside = new StringBuilder();
        boolean[] seenTable = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                StringBuilder text = open.isEmpty() ? outside : open.peek().inside;
                if (node instanceof TextNode) {
                    text.append(collapse(((TextNode) node).getWholeText()));
                } else if (node instanceof Element) {
                    Element e = (Element) node;
                    String tag = e.normalName();
                    if (tag.equals("table")) {
                        if (found.size() >= limits.maxTables()) {
                            throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                                    "more than " + limits.maxTables() + " tables", null);
                        }
                        Found f;
                        if (open.isEmpty()) {
                            f = new Found(e, found.size() + 1, 0, context(outside.toString(), e),
                                    seenTable[0] && DocumentTable.isNothingBetween(outside.toString()));
                            outside.setLength(0);
                            seenTable[0] = true;
                        } else {
                            f = new Found(e, found.size() + 1, open.peek().number, context(open.peek().inside.toString(), e), false);
                            open.peek().inside.setLength(0);
                        }
                        found.add(f);
                        open.push(f);
                    } else if (tag.equals("br") || BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
                        text.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    String tag = ((Element) node).normalName();
                    if (tag.equals("table")) {
                        open.pop();
                    } else if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
                        (open.isEmpty() ? outside : open.peek().inside).append('\n');
                    }
                }
            }
        }, root);
        return found;
    }

    /** The last few short lines of text above a table ({@link DocumentTable#context(String)}), and its caption. */
    private static String context(String above, Element table) {
        String context = DocumentTable.context(above);
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                String caption = CellText.of(child).replace('\n', ' ').strip();
                if (!caption.isEmpty()) {
                    caption = caption.length() > CAPTION_LENGTH ? caption.substring(0, CAPTION_LENGTH) : caption;
                    context = context == null ? caption : context + "\n" + caption;
                }
            }
        }
        return context;
    }

    /**
     * The table's own rows, in order: those of its head, bodies and foot, not those of tables nested in it.
     * {@code groupEnds} gets, for each row, the end (exclusive) of its row group: a span stops there.
     */
    private static List<Element> rows(Element table, List<Integer> groupEnds) {
        List<Element> rows = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int group = 0;
        boolean bare = false;
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                if (!bare) {
                    group++;   // a run of rows outside any row group is a group of its own
                    bare = true;
                }
                rows.add(child);
                groups.add(group);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                group++;
                bare = false;
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(tr);
                        groups.add(group);
                    }
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            int end = i;
            while (end < rows.size() && groups.get(end).equals(groups.get(i))) {
                end++;
            }
            groupEnds.add(end);
        }
        return rows;
    }

    /** The table's cells laid out as a browser does: each cell at the first free column, spans as merged regions. */
    private static Grid grid(Found f, ReadLimits limits, String file) {
        List<Integer> groupEnds = new ArrayList<>();
        List<Element> rows = rows(f.table, groupEnds);
        if (rows.size() > limits.maxRows()) {
            throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                    "table " + f.number + " has " + rows.size() + " rows, limit " + limits.maxRows(), null);
        }
        Grid.Builder b = Grid.tableBuilder(f.number, f.context, limits.gridLimits());
        List<BitSet> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new BitSet());
        }
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            b.put(r, 0, GridCell.EMPTY);
            if (hidden(tr)) {
                b.hideRow(r);
            }
            int c = 0;
            for (Element td : tr.children()) {
                String tag = td.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                c = taken.get(r).nextClearBit(c);
                int colspan = Math.min(span(td, "colspan"), MAX_COLSPAN);
                int rowspan = span(td, "rowspan");
                int end = groupEnds.get(r);
                if (rowspan == 0 || rowspan > end - r) {
                    rowspan = end - r;   // 0 and spans past the end reach the last row of the row group, as browsers do
                }
                if (c + colspan > limits.maxColumns()) {
                    throw new GridTooLargeException("table " + f.number + " has " + (c + colspan) + " columns or more, limit "
                            + limits.maxColumns());
                }
                b.put(r, c, GridCell.text(CellText.of(td)));
                if (colspan > 1) {
                    b.put(r, c + colspan - 1, GridCell.EMPTY);
                }
                for (int i = r; i < r + rowspan; i++) {
                    taken.get(i).set(c, c + colspan);
                }
                if (rowspan > 1 || colspan > 1) {
                    b.merge(r, c, r + rowspan - 1, c + colspan - 1);
                }
                c += colspan;
            }
        }
        return b.build();
    }

    /** A span attribute as browsers read it: digits at the start, 1 when absent or unreadable (0 kept for rowspan). */
    private static int span(Element td, String attribute) {
        String v = td.attr(attribute).strip();
        int n = 0;
        int i = 0;
        while (i < v.length() && i < 6 && Character.isDigit(v.charAt(i))) {
            n = n * 10 + (v.charAt(i) - '0');
            i++;
        }
        if (i == 0) {
            return 1;
        }
        return attribute.equals("colspan") ? Math.max(n, 1) : n;
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden") || e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
    }

    /** HTML's white space as a browser shows it: runs of spaces, tabs and newlines as one space. */
    static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }

    /** The text of a cell as a person sees it: {@code <br>} and blocks as line breaks, nested tables and hidden parts left out. */
    static final class CellText {

        private CellText() {
        }

        static String of(Element cell) {
            StringBuilder sb = new StringBuilder();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode) {
                        sb.append(collapse(((TextNode) node).getWholeText()));
                        return FilterResult.CONTINUE;
                    }
                    if (node instanceof Element && node != cell) {
                        Element e = (Element) node;
                        String tag = e.normalName();
                        if (tag.equals("table") || hidden(e) || tag.equals("script") || tag.equals("style")) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (tag.equals("br")) {
                            sb.append('\n');
                        } else if (BLOCKS.contains(tag)) {
                            newLine(sb);
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element && node != cell && BLOCKS.contains(((Element) node).normalName())) {
                        newLine(sb);
                    }
                    return FilterResult.CONTINUE;
                }
            }, cell);
            return tidy(sb.toString());
        }

        private static void newLine(StringBuilder sb) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }

        /**
         * Each line without the spaces a browser does not show at its ends; {@code &nbsp;} and full-width spaces
         * are shown, so kept ({@code &nbsp;} as a space); no blank lines at the ends.
         */
        private static String tidy(String s) {
            String[] lines = s.split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (String line : lines) {
                int from = 0;
                int to = line.length();
                while (from < to && line.charAt(from) == ' ') {
                    from++;
                }
                while (to > from && line.charAt(to - 1) == ' ') {
                    to--;
                }
                out.append(line.substring(from, to).replace('\u00a0', ' ')).append('\n');
            }
            int start = 0;
            int end = out.length();
            while (start < end && out.charAt(start) == '\n') {
                start++;
            }
            while (end > start && out.charAt(end - 1) == '\n') {
                end--;
            }
            return out.substring(start, end);
        }
    }
}
