package io.github.perfeval.core.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a value or a finding is on a form: a sheet and cell when it came from a workbook, and/or the
 * path of the indicator it concerns.
 *
 * <pre>{@code
 * Location at = Location.cell("部门整体支出绩效自评表", "H26");
 * at.describe();   // "部门整体支出绩效自评表!H26"
 * }</pre>
 *
 * <p>Every part is optional, but a location always has at least one. Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Location {

    private final String sheet;
    private final String cell;
    private final String indicator;

    private Location(String sheet, String cell, String indicator) {
        this.sheet = blankToNull(sheet);
        this.cell = blankToNull(cell);
        this.indicator = blankToNull(indicator);
        if (this.sheet == null && this.cell == null && this.indicator == null) {
            throw new IllegalArgumentException("A location needs a sheet, a cell or an indicator path");
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
    @JsonCreator
    public static Location of(@JsonProperty("sheet") String sheet, @JsonProperty("cell") String cell,
                              @JsonProperty("indicator") String indicator) {
        return new Location(sheet, cell, indicator);
    }

    /** A cell on a sheet, e.g. {@code Location.cell("Sheet1", "E14")}. */
    public static Location cell(String sheet, String cell) {
        return new Location(sheet, cell, null);
    }

    /** A whole sheet. */
    public static Location sheet(String sheet) {
        return new Location(sheet, null, null);
    }

    /** An indicator by its path (see {@code Indicator#getPath()}), with no file position. */
    public static Location indicator(String path) {
        return new Location(null, null, path);
    }

    /** This location, naming also the indicator it concerns. */
    public Location withIndicator(String path) {
        return new Location(sheet, cell, path);
    }

    /** This location with another cell on the same sheet. */
    public Location withCell(String newCell) {
        return new Location(sheet, newCell, indicator);
    }

    @JsonProperty("sheet")
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    @JsonProperty("cell")
    public Optional<String> getCell() {
        return Optional.ofNullable(cell);
    }

    @JsonProperty("indicator")
    public Optional<String> getIndicator() {
        return Optional.ofNullable(indicator);
    }

    /**
     * A short human-readable form: {@code sheet!cell} when there is a cell, else the indicator path,
     * else the sheet name.
     */
    public String describe() {
        if (cell != null) {
            return sheet == null ? cell : sheet + "!" + cell;
        }
        if (indicator != null) {
            return sheet == null ? indicator : sheet + ": " + indicator;
        }
        return sheet;
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
        return Objects.equals(sheet, other.sheet) && Objects.equals(cell, other.cell)
                && Objects.equals(indicator, other.indicator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, cell, indicator);
    }

    @Override
    public String toString() {
        return describe();
    }
}
