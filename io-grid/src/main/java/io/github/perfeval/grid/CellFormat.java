package io.github.perfeval.grid;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a cell's number format says about the number it shows: a percentage ({@code 0.00%}), a unit
 * written in the format ({@code 0"天"}, {@code #,##0.00"万元"}), how many decimals are shown, and
 * thousands separators. A unit filed through a format is part of what the form says: {@code 90} with
 * the format {@code 0"天"} is shown, and filed, as {@code 90天}.
 *
 * <pre>{@code
 * CellFormat f = CellFormat.parse("0.00\"万元\"");
 * f.getUnit();        // Optional[万元]
 * f.getDecimals();    // OptionalInt[2]
 * CellFormat.parse("0.0%").isPercent();   // true
 * }</pre>
 *
 * <p>Only the first section of a format (the one for positive numbers) is read; colours, conditions and
 * locale codes in brackets are ignored. Immutable and thread-safe.
 */
public final class CellFormat {

    /** No format: a number shown as it is. */
    public static final CellFormat GENERAL = new CellFormat("General", false, null, null, false);

    private final String pattern;
    private final boolean percent;
    private final String unit;
    private final Integer decimals;
    private final boolean thousands;

    private CellFormat(String pattern, boolean percent, String unit, Integer decimals, boolean thousands) {
        this.pattern = pattern;
        this.percent = percent;
        this.unit = unit;
        this.decimals = decimals;
        this.thousands = thousands;
    }

    /**
     * A format as given.
     *
     * @param pattern the format as the source wrote it, e.g. {@code 0"天"}
     * @param percent whether the number is shown as a percentage
     * @param unit the unit written in the format, or null
     * @param decimals the decimals shown, or null when the format does not fix them
     * @param thousands whether thousands separators are shown
     * @return the format
     */
    public static CellFormat of(String pattern, boolean percent, String unit, Integer decimals, boolean thousands) {
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        if (decimals != null && decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        return new CellFormat(Objects.requireNonNull(pattern, "pattern"), percent, u, decimals, thousands);
    }

    /**
     * Reads an Excel number format ({@code 0.00%}, {@code 0"天"}, {@code #,##0.00}, {@code 0.00"万元";[Red]-0.00}).
     * Never throws: what it cannot read it leaves out.
     *
     * @param pattern the format, may be null
     * @return what the format says; {@link #GENERAL} for null, blank or {@code General}
     */
    public static CellFormat parse(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.equalsIgnoreCase("General") || pattern.equals("@")) {
            return GENERAL;
        }
        boolean percent = false;
        boolean thousands = false;
        boolean inNumber = false;
        boolean afterPoint = false;
        int decimals = -1;
        StringBuilder unit = new StringBuilder();
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == ';') {
                break;
            }
            if (c == '"') {
                int end = pattern.indexOf('"', i + 1);
                if (end < 0) {
                    end = n;
                }
                unit.append(pattern, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                unit.append(pattern.charAt(++i));
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 1);
                i = end < 0 ? n : end;
            } else if (c == '_' || c == '*') {
                i++;
            } else if (c == '%') {
                percent = true;
            } else if (c == '0' || c == '#' || c == '?') {
                inNumber = true;
                if (afterPoint) {
                    decimals++;
                }
            } else if (c == '.') {
                if (inNumber || i + 1 < n && (pattern.charAt(i + 1) == '0' || pattern.charAt(i + 1) == '#')) {
                    afterPoint = true;
                    decimals = 0;
                }
            } else if (c == ',') {
                thousands |= inNumber && !afterPoint;
            } else if (c == ' ' || c == '(' || c == ')' || c == '-' || c == '+') {
                // layout, not a unit
            } else if (Character.isLetter(c) && c < 0x80) {
                // date or scientific parts (y m d h s E): not a unit
            } else {
                unit.append(c);
            }
        }
        Integer shown = afterPoint ? Integer.valueOf(Math.max(decimals, 0)) : inNumber ? Integer.valueOf(0) : null;
        return of(pattern, percent, unit.toString(), shown, thousands);
    }

    /** The format as the source wrote it. */
    public String getPattern() {
        return pattern;
    }

    /** Whether the number is shown as a percentage (0.95 shown as 95%). */
    public boolean isPercent() {
        return percent;
    }

    /** The unit written in the format ({@code 天}, {@code 万元}), if any. */
    public Optional<String> getUnit() {
        return Optional.ofNullable(unit);
    }

    /** The decimals shown, when the format fixes them ({@code 0.00%} → 2, {@code 0} → 0). */
    public OptionalInt getDecimals() {
        return decimals == null ? OptionalInt.empty() : OptionalInt.of(decimals);
    }

    /** Whether thousands separators are shown ({@code #,##0.00}). */
    public boolean isThousands() {
        return thousands;
    }

    /** Whether this is the general format (nothing to say). */
    public boolean isGeneral() {
        return this == GENERAL || !percent && unit == null && decimals == null && !thousands;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CellFormat)) {
            return false;
        }
        CellFormat f = (CellFormat) o;
        return pattern.equals(f.pattern) && percent == f.percent && Objects.equals(unit, f.unit)
                && Objects.equals(decimals, f.decimals) && thousands == f.thousands;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, percent, unit, decimals, thousands);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
