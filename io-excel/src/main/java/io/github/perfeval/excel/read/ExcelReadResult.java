package io.github.perfeval.excel.read;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.form.UnreadCell;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a workbook held: every form found and every department's basic-data table
 * (部门整体支出绩效评价基础数据表), each with the diagnostics of its reading, and the workbook's own
 * diagnostics (sheets skipped, a table that belongs to no form of the workbook).
 *
 * <pre>{@code
 * ExcelReadResult read = ExcelFormReader.create().read(Path.of("自评表.xlsx"));
 * for (ValueWithDiagnostics<Form> f : read.getForms()) { ... }
 * for (DepartmentFiling filing : read.filings()) {      // a department form with its basic-data table
 *     myRule.check(filing.getForm(), filing.getBasicData());
 * }
 * }</pre>
 *
 * <p>A table is linked to the first department form of the workbook that has its unit and year
 * ({@link DepartmentFiling#link}). Immutable and thread-safe.
 */
public final class ExcelReadResult {

    private final String file;
    private final List<ValueWithDiagnostics<Form>> forms;
    private final List<ValueWithDiagnostics<BasicData>> basicData;
    private final List<ValueWithDiagnostics<SelfEvaluationReport>> reports;
    private final List<Diagnostic> diagnostics;
    private final List<DepartmentFiling> filings;
    private final List<UnreadCell> unread;
    private final List<PartReport> parts;

    ExcelReadResult(String file, List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData,
                    List<ValueWithDiagnostics<SelfEvaluationReport>> reports, List<Diagnostic> diagnostics, List<UnreadCell> unread,
                    List<PartReport> parts) {
        this.unread = List.copyOf(unread);
        this.file = file;
        this.parts = List.copyOf(parts);
        this.forms = List.copyOf(forms);
        this.basicData = List.copyOf(basicData);
        this.reports = List.copyOf(reports);
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        if (!reports.isEmpty()) {
            all.addAll(ReportPairing.pair(forms(), reports.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()))
                    .getDiagnostics());
        }
        List<DepartmentFiling> linked = new ArrayList<>();
        List<Form> departmentForms = forms.stream().map(ValueWithDiagnostics::getValue)
                .filter(f -> f.getKind() == FormKind.DEPARTMENT).collect(Collectors.toList());
        for (ValueWithDiagnostics<BasicData> t : basicData) {
            Optional<DepartmentFiling> filing = departmentForms.stream()
                    .map(f -> DepartmentFiling.link(f, t.getValue())).flatMap(Optional::stream).findFirst();
            if (filing.isPresent()) {
                linked.add(filing.get());
            } else if (!departmentForms.isEmpty()) {
                DepartmentFiling.linkProblem(departmentForms.get(0), t.getValue()).ifPresent(all::add);
            }
        }
        this.filings = List.copyOf(linked);
        this.diagnostics = List.copyOf(all);
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** Every form found, in sheet order, with what was noticed while reading it. */
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

    /** Every basic-data table found, in sheet order, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<BasicData>> getBasicData() {
        return basicData;
    }

    /** Just the basic-data tables. */
    public List<BasicData> basicData() {
        return basicData.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList());
    }

    /** Every project's self-evaluation report (自评报告) found, in sheet order, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<SelfEvaluationReport>> getReports() {
        return reports;
    }

    /** Each basic-data table linked to the department form it belongs to (same unit and year). */
    public List<DepartmentFiling> filings() {
        return filings;
    }

    /**
     * The non-empty cells of sheets holding a form that the reader did not read into any form, by sheet
     * and place; each is also named by its form's {@code CELLS_NOT_READ} diagnostic. Empty when every cell
     * was read.
     */
    public List<UnreadCell> getUnreadCells() {
        return unread;
    }

    /** Diagnostics about the workbook as a whole (sheets with neither a form nor a table, tables linked to no form). */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** What became of each sheet: read as forms, or skipped and why. */
    public List<PartReport> getParts() {
        return parts;
    }

    /** The same as a {@link FileReadResult}, the shape every reader of perfeval gives (Word, HTML). */
    public FileReadResult toFileReadResult() {
        return FileReadResult.of(file, forms, basicData, reports, parts, diagnostics);
    }
}
