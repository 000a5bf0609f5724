package io.github.perfeval.grid.form;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.Grid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link FormParser} found on one grid: every form and every department's basic-data table
 * (部门整体支出绩效评价基础数据表), each with the diagnostics of its reading; or, when the grid holds
 * neither, a diagnostic saying why ({@code SHEET_SKIPPED}), so that a document reader can report
 * "table 3 skipped: …".
 *
 * <pre>{@code
 * GridReadResult read = FormParser.create().parse(grid);
 * read.holdsForm();                 // false for a 决算 table
 * read.getSkipped();                // Optional[INFO SHEET_SKIPPED @ table 3: table 3 holds no form …]
 * read.getBasicData();              // the basic-data tables the grid holds, if any
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GridReadResult {

    private final Grid grid;
    private final List<ValueWithDiagnostics<Form>> forms;
    private final List<ValueWithDiagnostics<BasicData>> basicData;
    private final List<ValueWithDiagnostics<SelfEvaluationReport>> reports;
    private final Diagnostic skipped;
    private final List<UnreadCell> unread;

    private GridReadResult(Grid grid, List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData,
                           List<ValueWithDiagnostics<SelfEvaluationReport>> reports, Diagnostic skipped, List<UnreadCell> unread) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.forms = List.copyOf(forms);
        this.basicData = List.copyOf(basicData);
        this.reports = List.copyOf(reports);
        this.skipped = skipped;
        this.unread = List.copyOf(unread);
    }

    static GridReadResult of(Grid grid, List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData,
                             List<ValueWithDiagnostics<SelfEvaluationReport>> reports, List<UnreadCell> unread) {
        return new GridReadResult(grid, forms, basicData, reports, null, unread);
    }

    static GridReadResult skipped(Grid grid, Diagnostic why) {
        return new GridReadResult(grid, List.of(), List.of(), List.of(), Objects.requireNonNull(why, "why"), List.of());
    }

    /** The grid that was read. */
    public Grid getGrid() {
        return grid;
    }

    /** Whether the grid holds at least one form. */
    public boolean holdsForm() {
        return !forms.isEmpty();
    }

    /** Every form found, top to bottom, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<Form>> getForms() {
        return forms;
    }

    /**
     * Just the forms, without the diagnostics of their reading: a shortcut for
     * {@code getForms().stream().map(ValueWithDiagnostics::getValue)}.
     *
     * <p>Kept beside {@link #getForms()} on purpose, and named apart by the project's rule: a
     * {@code get…} method is a property of the result (what was read, with its diagnostics; what a
     * serialiser or a bean tool sees); a method without {@code get} is a view computed from one. Most
     * callers want the forms with their diagnostics; this view is for the rest.
     *
     * @return the forms, in the order of {@link #getForms()}
     */
    public List<Form> forms() {
        return forms.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList());
    }

    /** Whether the grid holds a department's basic-data table. */
    public boolean holdsBasicData() {
        return !basicData.isEmpty();
    }

    /** Every basic-data table found, top to bottom, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<BasicData>> getBasicData() {
        return basicData;
    }

    /** Whether the grid holds a project's self-evaluation report (自评报告). */
    public boolean holdsReport() {
        return !reports.isEmpty();
    }

    /** The self-evaluation reports found (a grid holding a form holds none), with what was noticed reading each. */
    public List<ValueWithDiagnostics<SelfEvaluationReport>> getReports() {
        return reports;
    }

    /**
     * The non-empty cells of a grid holding a form that no form read, top to bottom; each form's
     * {@code CELLS_NOT_READ} diagnostic names those of its region. Empty when everything was read.
     */
    public List<UnreadCell> getUnreadCells() {
        return unread;
    }

    /** Why the grid was skipped, when it holds no form, no basic-data table and no report. */
    public Optional<Diagnostic> getSkipped() {
        return Optional.ofNullable(skipped);
    }
}
