package io.github.perfeval.grid.form;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.basicdata.BasicDataParser;
import io.github.perfeval.grid.report.ReportParser;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;

import java.util.List;
import java.util.Objects;

/**
 * Reads self-evaluation forms from a {@link Grid}, whatever the grid came from (a sheet, a Word table,
 * an HTML table): one parser for every source. It also finds the department's basic-data tables
 * (部门整体支出绩效评价基础数据表, read by {@link BasicDataParser}) and, on a grid holding neither, a project's
 * self-evaluation report (自评报告, read by {@link ReportParser}), so every reader of grids gets all three.
 *
 * <pre>{@code
 * GridReadResult read = FormParser.create().parse(grid);
 * if (read.holdsForm()) {
 *     Form form = read.forms().get(0);
 *     read.getUnreadCells();                                           // what it could not place, if anything
 * }
 * read.getBasicData();                                                 // basic-data tables, if any
 * read.getSkipped().ifPresent(d -> log.info("{}", d.getMessageEn()));  // why the grid holds neither
 * }</pre>
 *
 * <p>The parser reads structure, not trigger words: header bands of one or more rows (a column is known
 * by the path of labels above it), column roles from a {@link Vocabulary}, and each row's kind from the
 * whole row's shape. A word inside a name, a reason or a goal is content, never structure. Your own
 * template's labels go into the vocabulary:
 *
 * <pre>{@code
 * FormParser parser = FormParser.builder()
 *         .vocabulary(Vocabulary.standard().toBuilder().add(Role.ACTUAL, "本年实际值").build())
 *         .build();
 * }</pre>
 *
 * <p>Every non-empty cell of a grid holding a form ends in the model (a field, an extra column with its
 * header, a header field, a text section, a note, the footer) or is named: by a {@code TEMPLATE_ROWS}
 * diagnostic (unfilled template rows), or by a {@code CELLS_NOT_READ} diagnostic and
 * {@link GridReadResult#getUnreadCells()}. Thread-safe: one parser may read many grids at once.
 */
public final class FormParser {

    private static final FormParser DEFAULT = new FormParser(Vocabulary.standard());

    private final Vocabulary vocabulary;

    private FormParser(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The parser with perfeval's {@link Vocabulary#standard() standard vocabulary}. */
    public static FormParser create() {
        return DEFAULT;
    }

    /** A builder, to read with a vocabulary of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** The vocabulary the parser reads labels with. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Reads every form and every basic-data table on a grid.
     *
     * @param grid the grid
     * @return the forms and tables with what was noticed reading each, and the cells no form read; when
     *     there is neither, why
     */
    public GridReadResult parse(Grid grid) {
        BasicDataParser.Reading basicData = BasicDataParser.create().read(grid);
        GridFormParser.Found found = new GridFormParser(grid, vocabulary, basicData::accounts).parse();
        List<ValueWithDiagnostics<BasicData>> tables = basicData.getTables();
        // a report stands in a table or sheet of its own: a grid holding a form is read as the form
        List<ValueWithDiagnostics<SelfEvaluationReport>> reports = found.forms.isEmpty() && tables.isEmpty()
                ? ReportParser.create().parse(grid) : List.of();
        if (found.forms.isEmpty() && tables.isEmpty() && reports.isEmpty()) {
            MessageArgument which = grid.getSheet().map(s -> MessageArgument.message("fragment.gridSheet", MessageArgument.text(s)))
                    .orElseGet(() -> MessageArgument.message("fragment.gridTable", MessageArgument.number(grid.getTable().orElse(0))));
            StandardCode code = grid.getSheet().isPresent() ? StandardCode.SHEET_SKIPPED : StandardCode.TABLE_SKIPPED;
            Band.Partial closest = Band.closest(grid, vocabulary).orElse(null);
            if (closest != null) {
                // say what the header that came closest holds and lacks, so a user can add the label it lacks
                List<MessageArgument> held = new java.util.ArrayList<>();
                closest.labels.forEach(l -> held.add(MessageArgument.text(l)));
                List<MessageArgument> missing = new java.util.ArrayList<>();
                closest.missing.forEach(r -> missing.add(MessageArgument.text(r.label())));
                return GridReadResult.skipped(grid, Diagnostic.variant(code, "noFormHeaderLacks", grid.place(closest.row, 0), which,
                        MessageArgument.number(closest.row + 1), MessageArgument.list(held),
                        MessageArgument.list(missing)));
            }
            return GridReadResult.skipped(grid, Diagnostic.variant(code, "noFormInGrid", grid.place(), which));
        }
        return GridReadResult.of(grid, found.forms, tables, reports, found.unread);
    }

    /** Builds a {@link FormParser}. Not thread-safe. */
    public static final class Builder {

        private Vocabulary vocabulary = Vocabulary.standard();

        private Builder() {
        }

        /**
         * The labels to read with (default {@link Vocabulary#standard()}).
         *
         * @param v the vocabulary
         * @return this builder
         */
        public Builder vocabulary(Vocabulary v) {
            this.vocabulary = Objects.requireNonNull(v, "vocabulary");
            return this;
        }

        /** The parser. */
        public FormParser build() {
            return new FormParser(vocabulary);
        }
    }
}
