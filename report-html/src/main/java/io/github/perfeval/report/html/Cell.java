package io.github.perfeval.report.html;

import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cell of a drawn form: its text, its span, and the places on the source form whose values it shows
 * (a sheet cell, a document table's cell), so that a finding naming one of those places marks it.
 * Mutable while one form is drawn; never shared.
 */
final class Cell {

    enum Kind { HEADER, LABEL, TEXT, NUMBER, COMPUTED }

    final Kind kind;
    final String text;
    int colspan = 1;
    int rowspan = 1;
    /** A second, smaller line: the computed rate beside the declared one. */
    String note;
    /** The comments on the form's cell ({@code 批注：…}), shown under the text, each on a line of its own. */
    final List<String> comments = new ArrayList<>(0);
    /** Shown on hover: the computed score's explanation. */
    String title;
    /** What the cell is on the form ({@code level1}, {@code level2}, {@code name}), as a class of its own; may be null. */
    String role;
    boolean assigned;
    boolean differs;
    /** The places whose values this cell shows, the first one being the cell's own. */
    final List<Location> sources = new ArrayList<>(1);
    /** The findings placed on this cell, in their numbering order. */
    final List<Finding> findings = new ArrayList<>(0);
    /** The element id, given when a finding is placed on the cell. */
    String id;

    private Cell(Kind kind, String text) {
        this.kind = kind;
        this.text = text == null ? "" : text;
    }

    static Cell header(String text) {
        return new Cell(Kind.HEADER, text);
    }

    static Cell label(String text) {
        return new Cell(Kind.LABEL, text);
    }

    static Cell text(String text) {
        return new Cell(Kind.TEXT, text);
    }

    static Cell number(String text) {
        return new Cell(Kind.NUMBER, text);
    }

    static Cell computed(String text) {
        return new Cell(Kind.COMPUTED, text);
    }

    Cell span(int columns) {
        this.colspan = columns;
        return this;
    }

    Cell rows(int rows) {
        this.rowspan = rows;
        return this;
    }

    Cell from(Optional<Location> source) {
        source.ifPresent(sources::add);
        return this;
    }

    Cell role(String name) {
        this.role = name;
        return this;
    }

    Cell note(String text) {
        this.note = text;
        return this;
    }

    Cell title(String text) {
        this.title = text;
        return this;
    }

    /** The first sheet cell this cell shows, for the page's {@code data-cell} attribute. */
    Optional<String> sheetCell() {
        return sources.isEmpty() ? Optional.empty() : sources.get(0).getCell();
    }
}
