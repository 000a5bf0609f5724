package io.github.perfeval.grid.document;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GridReadResult;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.ReadLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the self-evaluation forms of a document from its tables, whatever the document is (a Word file, a
 * web page): every table goes through the one {@link FormParser}; a table that continues the form of the
 * table before it (split at a page break) is joined to it first; every other table is reported as
 * skipped, with what it seems to hold. Source readers (Word, HTML) turn their tables into
 * {@link DocumentTable}s and hand them here.
 *
 * <pre>{@code
 * List<DocumentTable> tables = ...;   // in document order, nested tables after the table holding them
 * FileReadResult read = DocumentFormReader.create().read("决算公开.docx", tables);
 * read.forms();      // the forms, in document order
 * read.getParts();   // each table: read as forms, joined to the one before, or skipped and why
 * }</pre>
 *
 * <p>When a table continues the one before it: it follows it directly (nothing but blank lines, breaks or
 * a 续表 mark between, see {@link DocumentTable#followsDirectly()}), it has as many columns, and reading the
 * two as one table gives the same forms with more in them. Two shapes are joined: a form whose rows go
 * on in the next table (with no header of its own, or with the header rows repeated, which are then left
 * out), and a form whose title and budget stand in one table and whose indicator table is the next.
 * Two tables that each hold a form of their own are never joined. The rule uses only the tables'
 * structure and what the parser reads from them: no word decides it.
 *
 * <p>Thread-safe: one reader may read many documents at once.
 */
public final class DocumentFormReader {

    private static final FormParser PARSER = FormParser.create();
    /** Header rows a continued table may repeat at its top. */
    private static final int MAX_REPEATED_ROWS = 3;

    private final ReadLimits limits;

    private DocumentFormReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with {@link ReadLimits#defaults()} (for the grids of joined tables). */
    public static DocumentFormReader create() {
        return new DocumentFormReader(ReadLimits.defaults());
    }

    /** A reader with limits of your own. */
    public static DocumentFormReader create(ReadLimits limits) {
        return new DocumentFormReader(limits);
    }

    /**
     * Reads the forms from a document's tables.
     *
     * @param file the document's name, for the result
     * @param tables every table of the document in document order (a nested table after the table holding it)
     * @return the forms, and what became of every table
     */
    public FileReadResult read(String file, List<DocumentTable> tables) {
        Map<Integer, GridReadResult> alone = new HashMap<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (DocumentTable t : tables) {
            alone.put(t.getNumber(), PARSER.parse(t.getGrid()));
            t.getParent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getNumber()));
        }
        TreeMap<Integer, Chain> chains = new TreeMap<>();
        Chain current = null;
        for (DocumentTable t : tables) {
            if (t.isNested()) {
                chains.put(t.getNumber(), new Chain(t, alone.get(t.getNumber())));
                continue;
            }
            if (current != null && t.followsDirectly() && t.getGrid().columnCount() == current.last().getGrid().columnCount()) {
                Chain joined = tryJoin(current, t, alone.get(t.getNumber()));
                if (joined != null) {
                    current = joined;
                    chains.put(current.first().getNumber(), current);
                    continue;
                }
            }
            current = new Chain(t, alone.get(t.getNumber()));
            chains.put(t.getNumber(), current);
        }

        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        List<ValueWithDiagnostics<BasicData>> basicData = new ArrayList<>();
        List<ValueWithDiagnostics<SelfEvaluationReport>> reports = new ArrayList<>();
        TreeMap<Integer, PartReport> parts = new TreeMap<>();
        List<Diagnostic> fileDiagnostics = new ArrayList<>();
        for (Chain c : chains.values()) {
            DocumentTable first = c.first();
            Grid head = first.getGrid();
            basicData.addAll(c.read.getBasicData());
            reports.addAll(c.read.getReports());
            if (!c.read.holdsForm() && !c.read.holdsBasicData() && !c.read.holdsReport()) {
                Diagnostic why = skipReason(first, children.getOrDefault(first.getNumber(), List.of()), alone);
                parts.put(first.getNumber(), PartReport.skipped(head.place(), head.rowCount(), head.columnCount(), why));
                fileDiagnostics.add(why);
                continue;
            }
            List<Diagnostic> joins = new ArrayList<>();
            parts.put(first.getNumber(), PartReport.read(head.place(), head.rowCount(), head.columnCount(), c.read.getForms().size(),
                    c.read.getBasicData().size(), c.read.getReports().size()));
            for (int i = 1; i < c.tables.size(); i++) {
                DocumentTable t = c.tables.get(i);
                Diagnostic why = joinedReason(t, c.tables.get(i - 1), first, c.skips.get(i));
                joins.add(why);
                parts.put(t.getNumber(), PartReport.continuation(t.getGrid().place(), t.getGrid().rowCount(),
                        t.getGrid().columnCount(), first.getNumber(), why));
            }
            List<ValueWithDiagnostics<Form>> found = c.read.getForms();
            for (int i = 0; i < found.size(); i++) {
                forms.add(i == found.size() - 1 && !joins.isEmpty() ? found.get(i).withMore(joins) : found.get(i));
            }
        }
        if (!reports.isEmpty()) {
            fileDiagnostics.addAll(ReportPairing.pair(forms.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()),
                    reports.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList())).getDiagnostics());
        }
        return FileReadResult.of(file, forms, basicData, reports, new ArrayList<>(parts.values()), fileDiagnostics);
    }

    /** The chain with the table added, when reading them as one gives the same forms with more in them; else null. */
    private Chain tryJoin(Chain chain, DocumentTable next, GridReadResult nextAlone) {
        int skip = repeatedRows(chain.last().getGrid(), next.getGrid());
        GridReadResult rest = skip == 0 ? nextAlone : parseOrNull(List.of(next), List.of(skip));
        if (rest == null || rest.holdsBasicData() || chain.read.holdsBasicData() || rest.holdsReport() || chain.read.holdsReport()) {
            return null;   // a basic-data table or a report is a table of its own, never part of a form
        }
        boolean continuation = chain.read.holdsForm() && !rest.holdsForm();
        boolean upperPart = !chain.read.holdsForm() && rest.holdsForm() && chain.tables.size() == 1;
        if (!continuation && !upperPart) {
            return null;
        }
        List<DocumentTable> tables = new ArrayList<>(chain.tables);
        tables.add(next);
        List<Integer> skips = new ArrayList<>(chain.skips);
        skips.add(skip);
        GridReadResult joined = parseOrNull(tables, skips);
        if (joined == null || !joined.holdsForm()) {
            return null;
        }
        GridReadResult before = continuation ? chain.read : rest;
        if (joined.getForms().size() != before.getForms().size() || content(joined) <= content(before)) {
            return null;
        }
        return new Chain(tables, skips, joined);
    }

    private GridReadResult parseOrNull(List<DocumentTable> tables, List<Integer> skips) {
        try {
            return PARSER.parse(concat(tables, skips));
        } catch (GridTooLargeException tooLarge) {
            return null;
        }
    }

    /** The tables as one grid: rows one after another, each keeping its own table and row as its place. */
    private Grid concat(List<DocumentTable> tables, List<Integer> skips) {
        Grid first = tables.get(0).getGrid();
        Grid.Builder b = Grid.tableBuilder(tables.get(0).getNumber(), first.getContext().orElse(null), limits.gridLimits());
        int row = 0;
        for (int i = 0; i < tables.size(); i++) {
            Grid g = tables.get(i).getGrid();
            int skip = skips.get(i);
            int offset = row - skip;
            for (int r = skip; r < g.rowCount(); r++, row++) {
                b.put(row, 0, g.ownCell(r, 0));
                for (int c = 1; c < g.columnCount(); c++) {
                    GridCell own = g.ownCell(r, c);
                    if (!own.equals(GridCell.EMPTY)) {
                        b.put(row, c, own);
                    }
                }
                if (g.isRowHidden(r)) {
                    b.hideRow(row);
                }
                b.rowSource(row, tables.get(i).getNumber(), r + 1);
            }
            for (CellRange m : g.getMergedRegions()) {
                if (m.getLastRow() >= skip) {
                    b.merge(Math.max(m.getFirstRow(), skip) + offset, m.getFirstColumn(), m.getLastRow() + offset, m.getLastColumn());
                }
            }
        }
        for (int c = 0; c < first.columnCount(); c++) {
            if (first.isColumnHidden(c)) {
                b.hideColumn(c);
            }
        }
        return b.build();
    }

    /** How many rows at the top of the next table repeat rows of the table before it (a header repeated after a page break). */
    private static int repeatedRows(Grid before, Grid next) {
        int k = 0;
        while (k < Math.min(MAX_REPEATED_ROWS, next.rowCount()) && repeats(next, k, before)) {
            k++;
        }
        return k == next.rowCount() ? 0 : k;
    }

    private static boolean repeats(Grid g, int r, Grid before) {
        if (rowText(g, r).isEmpty()) {
            return false;
        }
        for (int br = 0; br < before.rowCount(); br++) {
            boolean same = true;
            for (int c = 0; c < g.columnCount() && same; c++) {
                same = g.cell(r, c).normalized().equals(before.cell(br, c).normalized());
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** How much the forms read hold: indicators, and each part of a form found. */
    private static int content(GridReadResult read) {
        int n = 0;
        for (Form f : read.forms()) {
            n += f.getIndicators().size() + (f.getBudget().isPresent() ? 1 : 0) + (f.getGoals().isPresent() ? 1 : 0)
                    + (f.getDeclaredTotal().isPresent() ? 1 : 0) + (f.getDeclaredWeightTotal().isPresent() ? 1 : 0)
                    + (f.getFooter().isPresent() ? 1 : 0) + (f.getTitle().isPresent() ? 1 : 0) + (f.getYear().isPresent() ? 1 : 0)
                    + (f.getDepartment().isPresent() ? 1 : 0) + (f.getProjectName().isPresent() ? 1 : 0);
        }
        return n;
    }

    private static Diagnostic joinedReason(DocumentTable t, DocumentTable before, DocumentTable first, int skipped) {
        return Diagnostic.of(StandardCode.TABLE_JOINED, t.getGrid().place(), MessageArgument.number(t.getNumber()),
                MessageArgument.number(before.getNumber()), MessageArgument.number(first.getNumber()),
                skipped > 0 ? MessageArgument.message("fragment.headerRowsSkipped", MessageArgument.number(skipped)) : MessageArgument.text(""));
    }

    /** Why a table holds no form, with what it starts with, so that a reader of the report can tell what was left. */
    private static Diagnostic skipReason(DocumentTable t, List<Integer> nested, Map<Integer, GridReadResult> alone) {
        Grid g = t.getGrid();
        String firstRow = "";
        for (int r = 0; r < g.rowCount() && firstRow.isEmpty(); r++) {
            firstRow = rowText(g, r);
        }
        MessageArgument above = g.getContext()
                .map(c -> MessageArgument.message("fragment.textAbove", MessageArgument.text(shorten(c.lines().reduce((a, b) -> b).orElse(c).strip(), 60))))
                .orElse(MessageArgument.text(""));
        List<Integer> read = new ArrayList<>();
        for (int n : nested) {
            if (alone.get(n) != null && alone.get(n).holdsForm()) {
                read.add(n);
            }
        }
        MessageArgument inside = nested.isEmpty() ? MessageArgument.text("")
                : read.isEmpty() ? MessageArgument.message("fragment.nestedTables", MessageArgument.text(join(nested)))
                : MessageArgument.message("fragment.nestedTablesRead", MessageArgument.text(join(nested)), MessageArgument.text(join(read)));
        MessageArgument number = MessageArgument.number(t.getNumber());
        MessageArgument rows = MessageArgument.number(g.rowCount());
        MessageArgument columns = MessageArgument.number(g.columnCount());
        return firstRow.isEmpty() ? Diagnostic.variant(StandardCode.TABLE_SKIPPED, "empty", g.place(), number, rows, columns, above, inside)
                : Diagnostic.variant(StandardCode.TABLE_SKIPPED, "noForm", g.place(), number, rows, columns, MessageArgument.text(firstRow),
                        above, inside);
    }

    private static String join(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) {
            sb.append(sb.length() == 0 ? "" : "、").append(n);
        }
        return sb.toString();
    }

    /** A row's texts, each merged region once, joined with {@code  | }, at most 80 characters. */
    private static String rowText(Grid g, int r) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                sb.append(sb.length() == 0 ? "" : " | ").append(g.cell(r, c).trimmed().replaceAll("\\s+", " "));
            }
        }
        return shorten(sb.toString(), 80);
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** Tables read as one: the tables, rows left out at the top of each, and what the parser read from them. */
    private static final class Chain {
        final List<DocumentTable> tables;
        final List<Integer> skips;
        final GridReadResult read;

        Chain(DocumentTable t, GridReadResult read) {
            this(List.of(t), List.of(0), read);
        }

        Chain(List<DocumentTable> tables, List<Integer> skips, GridReadResult read) {
            this.tables = List.copyOf(tables);
            this.skips = List.copyOf(skips);
            this.read = read;
        }

        DocumentTable first() {
            return tables.get(0);
        }

        DocumentTable last() {
            return tables.get(tables.size() - 1);
        }
    }
}
