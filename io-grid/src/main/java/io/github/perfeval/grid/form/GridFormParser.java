package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Finds the forms on one grid by its structure and reads each. The grid's header bands are found first
 * (rows of labels over the indicator table and the budget block); each indicator band is one form,
 * whose title block, budget and goals lie above it and whose rows, total, notes, sections and footer
 * lie below it, up to the next form's title block. Every cell read claims its place; the cells nothing
 * claimed are reported.
 */
final class GridFormParser {

    private final Grid g;
    private final Vocabulary v;
    /** Cells another reader of the grid accounts for (a basic-data table's): not a form's unread cells. */
    private final BiPredicate<Integer, Integer> readElsewhere;

    GridFormParser(Grid grid, Vocabulary vocabulary) {
        this(grid, vocabulary, (r, c) -> false);
    }

    GridFormParser(Grid grid, Vocabulary vocabulary, BiPredicate<Integer, Integer> readElsewhere) {
        this.g = grid;
        this.v = vocabulary;
        this.readElsewhere = readElsewhere;
    }

    /** What the grid held: the forms (empty when none) and the cells no form read. */
    static final class Found {
        final List<ValueWithDiagnostics<Form>> forms;
        final List<UnreadCell> unread;

        Found(List<ValueWithDiagnostics<Form>> forms, List<UnreadCell> unread) {
            this.forms = forms;
            this.unread = unread;
        }
    }

    Found parse() {
        List<Band> bands = Band.find(g, v);
        List<Band> tables = new ArrayList<>();
        for (Band b : bands) {
            if (b.kind == Band.Kind.INDICATOR) {
                tables.add(b);
            }
        }
        if (tables.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        Claims claims = new Claims(g);
        List<FormReading> readings = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < tables.size()) {
            FormReading reading = new FormReading(g, v, claims, bands, tables, i, start);
            reading.read();
            readings.add(reading);
            i = reading.nextTable();
            start = reading.end();
        }
        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        List<UnreadCell> unread = new ArrayList<>();
        for (int k = 0; k < readings.size(); k++) {
            FormReading reading = readings.get(k);
            int from = k == 0 ? 0 : reading.start();
            int to = k + 1 < readings.size() ? readings.get(k + 1).start() : g.rowCount();
            List<UnreadCell> mine = new ArrayList<>(claims.unread(from, to));
            mine.removeIf(u -> readElsewhere.test(u.getRow(), u.getColumn()));
            unread.addAll(mine);
            List<Diagnostic> diagnostics = new ArrayList<>(reading.diagnostics());
            if (!mine.isEmpty()) {
                diagnostics.add(notRead(mine));
            }
            forms.add(ValueWithDiagnostics.of(reading.form(), diagnostics));
        }
        return new Found(forms, unread);
    }

    /** One diagnostic naming every cell of a form's region that was not read. */
    private static Diagnostic notRead(List<UnreadCell> cells) {
        int shown = Math.min(cells.size(), 12);
        List<MessageArgument> items = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            UnreadCell u = cells.get(i);
            String text = u.getText().strip();
            String brief = text.length() > 20 ? text.substring(0, 20) + "…" : text;
            items.add(MessageArgument.message("fragment.cellText", MessageArgument.place(u.getPlace()), MessageArgument.text(brief)));
        }
        MessageArgument more = cells.size() > shown
                ? MessageArgument.message("fragment.cellsMore", MessageArgument.number(cells.size()), MessageArgument.number(cells.size() - shown))
                : MessageArgument.text("");
        return Diagnostic.of(StandardCode.CELLS_NOT_READ, cells.get(0).getPlace(), MessageArgument.number(cells.size()),
                MessageArgument.list("list.comma", items), more);
    }
}
