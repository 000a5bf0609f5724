package io.github.perfeval.grid.document;

import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A table of a document (Word, HTML) as its reader found it: the table's {@link Grid} (built with
 * {@link Grid#tableBuilder(int, String, io.github.perfeval.grid.GridLimits)}: its number in document order and
 * the text above it), whether it sits in a cell of another table, and whether it follows the table before
 * it directly (nothing but blank lines, page or section breaks, or a 续表 mark between them): the one
 * case in which it may continue that table's form.
 *
 * <pre>{@code
 * Grid grid = Grid.tableBuilder(4, "2024年度项目支出绩效自评表", limits)...build();
 * DocumentTable t = DocumentTable.of(grid).followingDirectly();
 * }</pre>
 *
 * <p>Invariants: the grid is a table grid (not a sheet); a table is not nested in itself. Immutable and
 * thread-safe.
 */
public final class DocumentTable {

    /** Lines of text above a table kept as its context; a longer line is prose and ends the context. */
    private static final int CONTEXT_LINES = 3;
    private static final int CONTEXT_LINE_LENGTH = 200;

    private final Grid grid;
    private final Integer parent;
    private final boolean followsDirectly;

    private DocumentTable(Grid grid, Integer parent, boolean followsDirectly) {
        this.grid = Objects.requireNonNull(grid, "grid");
        if (grid.getTable().isEmpty()) {
            throw new IllegalArgumentException("a document table needs a table grid, not " + grid);
        }
        if (parent != null && (parent < 1 || parent == grid.getTable().getAsInt())) {
            throw new IllegalArgumentException("table " + grid.getTable().getAsInt() + " cannot be nested in table " + parent);
        }
        this.parent = parent;
        this.followsDirectly = followsDirectly;
    }

    /** A table in the flow of the document, with text (or the document's start) before it. */
    public static DocumentTable of(Grid grid) {
        return new DocumentTable(grid, null, false);
    }

    /** This table, following the table before it with nothing but blank lines, breaks or a 续表 mark between. */
    public DocumentTable followingDirectly() {
        return new DocumentTable(grid, parent, true);
    }

    /** This table, sitting in a cell of another table. */
    public DocumentTable nestedIn(int parentTable) {
        return new DocumentTable(grid, parentTable, followsDirectly);
    }

    /**
     * Whether the text standing between two tables is nothing that separates them: blank lines, the marks
     * typesetters put on a continued table ({@code 续表}, {@code 续上表}, {@code （续）}), or a page number
     * that flowed into the text ({@code - 3 -}, {@code 第3页}, {@code 第3页 共12页}). A source reader calls this to
     * decide {@link #followingDirectly()}.
     *
     * @param text the text between the tables, lines separated by {@code \n}
     * @return whether the second table follows the first directly
     */
    public static boolean isNothingBetween(String text) {
        for (String line : text.split("\n", -1)) {
            String l = line.replaceAll("[\\s\\u3000\\u00a0]+", "");
            if (!l.isEmpty() && !l.matches("[(（]?续(上?表)?[0-9一二三四五六七八九十]*[)）]?[:：]?")
                    && !l.matches("[-—–]*[0-9]+[-—–]*") && !l.matches("(第[0-9]+页)?([,，/]?共[0-9]+页)?")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The context of a table from the text above it: its last few short lines (at most three, each under 200
     * characters; a longer line is prose and ends the context), which is where documents put a form's
     * title, year and 单位名称. A source reader passes the text since the previous table.
     *
     * <pre>{@code
     * DocumentTable.context(longParagraph + "\n附件2\n\n2024年度项目支出绩效自评表");   // "附件2\n2024年度项目支出绩效自评表"
     * }</pre>
     *
     * @param textAbove the text between the previous table (or the document's start) and this table, lines separated by {@code \n}
     * @return the context, or null when there is none
     */
    public static String context(String textAbove) {
        List<String> lines = new ArrayList<>();
        String[] all = textAbove.split("\n");
        for (int i = all.length - 1; i >= 0 && lines.size() < CONTEXT_LINES; i--) {
            String line = all[i].strip();
            if (line.length() > CONTEXT_LINE_LENGTH) {
                break;
            }
            if (!line.isEmpty()) {
                lines.add(0, line);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** The table's cells. */
    public Grid getGrid() {
        return grid;
    }

    /** The table's number in the document, from 1. */
    public int getNumber() {
        return grid.getTable().getAsInt();
    }

    /** The number of the table in whose cell this one sits. */
    public OptionalInt getParent() {
        return parent == null ? OptionalInt.empty() : OptionalInt.of(parent);
    }

    /** Whether it sits in a cell of another table. */
    public boolean isNested() {
        return parent != null;
    }

    /** Whether it follows the table before it with nothing but blank lines, breaks or a 续表 mark between. */
    public boolean followsDirectly() {
        return followsDirectly;
    }

    @Override
    public String toString() {
        return "table " + getNumber() + (parent == null ? "" : " in table " + parent) + (followsDirectly ? ", directly after the one before" : "");
    }
}
