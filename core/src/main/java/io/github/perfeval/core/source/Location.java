package io.github.perfeval.core.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a value or a finding is on a form: a sheet and cell when it came from a workbook; a table, row
 * and column (with the text above the table) when it came from a table of a document (Word, HTML);
 * and/or the path of the indicator it concerns.
 *
 * <pre>{@code
 * Location at = Location.cell("部门整体支出绩效自评表", "H26");
 * at.describe();   // "部门整体支出绩效自评表!H26"
 * Location inDoc = Location.tableCell(3, 14, 4).withContext("2024年度项目支出绩效自评表");
 * inDoc.describe();   // "table 3, row 14, column 4"
 * }</pre>
 *
 * <p>Invariants: every part is optional, but a location always has at least one; table, row and column
 * numbers count from 1; a row or column is only given with a table; a context is only given with a table.
 * Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"sheet", "cell", "table", "row", "column", "context", "indicator"})
public final class Location {

    private final String sheet;
    private final String cell;
    private final Integer table;
    private final Integer row;
    private final Integer column;
    private final String context;
    private final String indicator;

    private Location(String sheet, String cell, Integer table, Integer row, Integer column, String context, String indicator) {
        this.sheet = blankToNull(sheet);
        this.cell = blankToNull(cell);
        this.table = table;
        this.row = row;
        this.column = column;
        this.context = blankToNull(context);
        this.indicator = blankToNull(indicator);
        if (this.sheet == null && this.cell == null && this.table == null && this.indicator == null) {
            throw new IllegalArgumentException("A location needs a sheet, a cell, a table or an indicator path");
        }
        positive("table", table);
        positive("row", row);
        positive("column", column);
        if (table == null && (row != null || column != null || this.context != null)) {
            throw new IllegalArgumentException("A row, column or context needs a table");
        }
    }

    private static void positive(String what, Integer n) {
        if (n != null && n < 1) {
            throw new IllegalArgumentException("A location's " + what + " counts from 1, not " + n);
        }
    }

    /**
     * A location read from JSON or built by hand.
     *
     * @param sheet the sheet name, may be null
     * @param cell the A1-style cell address, may be null
     * @param indicator the indicator path, may be null
     * @return the location
     */
    public static Location of(String sheet, String cell, String indicator) {
        return new Location(sheet, cell, null, null, null, null, indicator);
    }

    @JsonCreator
    static Location fromJson(@JsonProperty("sheet") String sheet, @JsonProperty("cell") String cell,
                             @JsonProperty("table") Integer table, @JsonProperty("row") Integer row,
                             @JsonProperty("column") Integer column, @JsonProperty("context") String context,
                             @JsonProperty("indicator") String indicator) {
        return new Location(sheet, cell, table, row, column, context, indicator);
    }

    /** A cell on a sheet, e.g. {@code Location.cell("Sheet1", "E14")}. */
    public static Location cell(String sheet, String cell) {
        return new Location(sheet, cell, null, null, null, null, null);
    }

    /** A whole sheet. */
    public static Location sheet(String sheet) {
        return new Location(sheet, null, null, null, null, null, null);
    }

    /**
     * A whole table of a document (Word, HTML), by its number in the document.
     *
     * @param table the table's number, from 1 in document order
     * @return the location
     */
    public static Location table(int table) {
        return new Location(null, null, table, null, null, null, null);
    }

    /**
     * A cell of a table in a document: {@code Location.tableCell(3, 14, 4)} is table 3, row 14, column 4.
     *
     * @param table the table's number, from 1 in document order
     * @param row the row in the table, from 1
     * @param column the column of the table's grid, from 1 (a cell spanning columns is at its first)
     * @return the location
     */
    public static Location tableCell(int table, int row, int column) {
        return new Location(null, null, table, row, column, null, null);
    }

    /** An indicator by its path (see {@code Indicator#getPath()}), with no file position. */
    public static Location indicator(String path) {
        return new Location(null, null, null, null, null, null, path);
    }

    /** This location, naming also the indicator it concerns. */
    public Location withIndicator(String path) {
        return new Location(sheet, cell, table, row, column, context, path);
    }

    /** This location with another cell on the same sheet. */
    public Location withCell(String newCell) {
        return new Location(sheet, newCell, table, row, column, context, indicator);
    }

    /**
     * This table location with the text that names the table in its document (the paragraph above it,
     * such as {@code 2024年度项目支出绩效自评表}).
     *
     * @param newContext the text, may be null
     * @return the location
     * @throws IllegalArgumentException when this location has no table
     */
    public Location withContext(String newContext) {
        return new Location(sheet, cell, table, row, column, newContext, indicator);
    }

    @JsonProperty("sheet")
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    @JsonProperty("cell")
    public Optional<String> getCell() {
        return Optional.ofNullable(cell);
    }

    /** The table's number in its document, from 1. */
    @JsonIgnore
    public OptionalInt getTable() {
        return table == null ? OptionalInt.empty() : OptionalInt.of(table);
    }

    /** The row in the table, from 1. */
    @JsonIgnore
    public OptionalInt getRow() {
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** The column of the table's grid, from 1. */
    @JsonIgnore
    public OptionalInt getColumn() {
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** The text naming the table in its document (the paragraph above it). */
    @JsonProperty("context")
    public Optional<String> getContext() {
        return Optional.ofNullable(context);
    }

    @JsonProperty("indicator")
    public Optional<String> getIndicator() {
        return Optional.ofNullable(indicator);
    }

    @JsonProperty("table")
    Integer tableForJson() {
        return table;
    }

    @JsonProperty("row")
    Integer rowForJson() {
        return row;
    }

    @JsonProperty("column")
    Integer columnForJson() {
        return column;
    }

    /**
     * A short human-readable form: {@code sheet!cell} when there is a cell; {@code table 3, row 14, column 4}
     * for a table; else the indicator path (after the sheet, if any), else the sheet name.
     */
    public String describe() {
        if (cell != null) {
            return sheet == null ? cell : sheet + "!" + cell;
        }
        if (table != null) {
            StringBuilder sb = new StringBuilder("table ").append(table);
            if (row != null) {
                sb.append(", row ").append(row);
            }
            if (column != null) {
                sb.append(", column ").append(column);
            }
            if (indicator != null) {
                sb.append(": ").append(indicator);
            }
            return sb.toString();
        }
        if (indicator != null) {
            return sheet == null ? indicator : sheet + ": " + indicator;
        }
        return sheet;
    }

    /**
     * {@link #describe()} in a reader's language: a document table's place in Chinese for every Chinese
     * locale ({@code 表格3第14行第4列}), in English otherwise; a sheet's cell is the same in both.
     *
     * <pre>{@code
     * Location.tableCell(3, 14, 4).describe(Locale.CHINESE);   // "表格3第14行第4列"
     * }</pre>
     *
     * @param locale the reader's locale
     * @return the place as that reader reads it
     */
    public String describe(java.util.Locale locale) {
        if (cell != null || table == null || !"zh".equals(locale.getLanguage())) {
            return describe();
        }
        StringBuilder sb = new StringBuilder("表格").append(table);
        if (row != null) {
            sb.append("第").append(row).append("行");
        }
        if (column != null) {
            sb.append("第").append(column).append("列");
        }
        if (indicator != null) {
            sb.append("：").append(indicator);
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Location)) {
            return false;
        }
        Location other = (Location) o;
        return Objects.equals(sheet, other.sheet) && Objects.equals(cell, other.cell) && Objects.equals(table, other.table)
                && Objects.equals(row, other.row) && Objects.equals(column, other.column)
                && Objects.equals(context, other.context) && Objects.equals(indicator, other.indicator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, cell, table, row, column, context, indicator);
    }

    @Override
    public String toString() {
        return describe();
    }
}
