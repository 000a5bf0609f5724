package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places each diagnostic of a form on the drawn cell that shows the place it names: the same sheet cell
 * (or document table cell); else, for a place that is not drawn, the drawn cell of the same sheet row;
 * else the name of the indicator it names; else nowhere (the whole form).
 */
final class Placer {

    private final Map<String, Cell> byPlace = new HashMap<>();
    private final Map<String, Cell> byRow = new HashMap<>();
    private final Map<String, Cell> byIndicator = new HashMap<>();

    /** Registers a drawn cell under every place it shows (the first registration of a place wins). */
    void cell(Cell cell) {
        for (Location source : cell.sources) {
            key(source).ifPresent(k -> byPlace.putIfAbsent(k, cell));
            rowKey(source).ifPresent(k -> byRow.putIfAbsent(k, cell));
        }
    }

    /** Registers the cell naming an indicator, by the indicator's path. */
    void indicator(String path, Cell nameCell) {
        byIndicator.putIfAbsent(path, nameCell);
    }

    /** Numbers the diagnostics in order and places each one. */
    List<Finding> place(List<Diagnostic> diagnostics) {
        List<Finding> out = new ArrayList<>(diagnostics.size());
        int n = 1;
        for (Diagnostic d : diagnostics) {
            Finding f = place(n++, d);
            if (f.cell() != null) {
                f.cell().findings.add(f);
            }
            out.add(f);
        }
        return out;
    }

    private Finding place(int number, Diagnostic d) {
        Optional<Location> at = d.getLocation();
        if (at.isEmpty()) {
            return new Finding(number, d, Finding.Placement.FORM, null);
        }
        Cell exact = key(at.get()).map(byPlace::get).orElse(null);
        if (exact != null) {
            return new Finding(number, d, Finding.Placement.CELL, exact);
        }
        Cell row = rowKey(at.get()).map(byRow::get).orElse(null);
        if (row != null) {
            return new Finding(number, d, Finding.Placement.SAME_ROW, row);
        }
        Cell indicator = at.get().getIndicator().map(byIndicator::get).orElse(null);
        if (indicator != null) {
            return new Finding(number, d, Finding.Placement.INDICATOR, indicator);
        }
        return new Finding(number, d, Finding.Placement.FORM, null);
    }

    /** A place's key: {@code sheet!D14} for a sheet cell, {@code #3:14:4} for a document table's cell. */
    static Optional<String> key(Location l) {
        if (l.getCell().isPresent()) {
            return Optional.of(l.getSheet().orElse("") + "!" + normalCell(l.getCell().get()));
        }
        if (l.getTable().isPresent() && l.getRow().isPresent() && l.getColumn().isPresent()) {
            return Optional.of("#" + l.getTable().getAsInt() + ":" + l.getRow().getAsInt() + ":" + l.getColumn().getAsInt());
        }
        return Optional.empty();
    }

    /** A row's key: {@code sheet!14} for a sheet cell, {@code #3:14} for a document table's cell. */
    static Optional<String> rowKey(Location l) {
        if (l.getCell().isPresent()) {
            String cell = normalCell(l.getCell().get());
            int digits = 0;
            while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits == cell.length()) {
                return Optional.empty();
            }
            return Optional.of(l.getSheet().orElse("") + "!" + cell.substring(digits));
        }
        if (l.getTable().isPresent() && l.getRow().isPresent()) {
            return Optional.of("#" + l.getTable().getAsInt() + ":" + l.getRow().getAsInt());
        }
        return Optional.empty();
    }

    private static String normalCell(String cell) {
        return cell.replace("$", "").strip().toUpperCase(Locale.ROOT);
    }
}
