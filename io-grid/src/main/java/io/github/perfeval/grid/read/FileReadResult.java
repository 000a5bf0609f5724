package io.github.perfeval.grid.read;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.SelfEvaluationReport;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a file held: every form found, each with the diagnostics of its reading; what became of each part
 * of the file (each sheet, each table: read, joined, or skipped and why); and the diagnostics about the
 * file as a whole. The same for a workbook, a Word document and a web page.
 *
 * <pre>{@code
 * FileReadResult read = WordFormReader.create().read(Path.of("2024年度部门决算公开.docx"));
 * read.forms();                                   // every self-evaluation form, in document order
 * read.getParts().forEach(p -> log.info(p.describe(true)));   // 表格1（18行×7列）：已跳过——…
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FileReadResult {

    private final String file;
    private final List<ValueWithDiagnostics<Form>> forms;
    private final List<ValueWithDiagnostics<BasicData>> basicData;
    private final List<ValueWithDiagnostics<SelfEvaluationReport>> reports;
    private final List<PartReport> parts;
    private final List<Diagnostic> diagnostics;

    private FileReadResult(String file, List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData,
                           List<ValueWithDiagnostics<SelfEvaluationReport>> reports, List<PartReport> parts, List<Diagnostic> diagnostics) {
        this.file = Objects.requireNonNull(file, "file");
        this.forms = List.copyOf(forms);
        this.basicData = List.copyOf(basicData);
        this.reports = List.copyOf(reports);
        this.parts = List.copyOf(parts);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A result.
     *
     * @param file the file as the caller named it
     * @param forms the forms, in file order, each with what was noticed reading it
     * @param parts what became of each part of the file, in file order
     * @param diagnostics findings about the file as a whole (parts skipped)
     * @return the result
     */
    public static FileReadResult of(String file, List<ValueWithDiagnostics<Form>> forms, List<PartReport> parts,
                                    List<Diagnostic> diagnostics) {
        return new FileReadResult(file, forms, List.of(), List.of(), parts, diagnostics);
    }

    /**
     * A result with basic-data tables (部门整体支出绩效评价基础数据表) read beside the forms.
     *
     * @param file the file as the caller named it
     * @param forms the forms, in file order, each with what was noticed reading it
     * @param basicData the basic-data tables, in file order, each with what was noticed reading it
     * @param parts what became of each part of the file, in file order
     * @param diagnostics findings about the file as a whole (parts skipped)
     * @return the result
     */
    public static FileReadResult of(String file, List<ValueWithDiagnostics<Form>> forms,
                                    List<ValueWithDiagnostics<BasicData>> basicData, List<PartReport> parts,
                                    List<Diagnostic> diagnostics) {
        return new FileReadResult(file, forms, basicData, List.of(), parts, diagnostics);
    }

    /**
     * A result with basic-data tables and projects' self-evaluation reports (自评报告) read beside the forms.
     *
     * @param file the file as the caller named it
     * @param forms the forms, in file order, each with what was noticed reading it
     * @param basicData the basic-data tables, in file order, each with what was noticed reading it
     * @param reports the self-evaluation reports, in file order, each with what was noticed reading it
     * @param parts what became of each part of the file, in file order
     * @param diagnostics findings about the file as a whole (parts skipped, reports and forms left unpaired)
     * @return the result
     */
    public static FileReadResult of(String file, List<ValueWithDiagnostics<Form>> forms,
                                    List<ValueWithDiagnostics<BasicData>> basicData,
                                    List<ValueWithDiagnostics<SelfEvaluationReport>> reports, List<PartReport> parts,
                                    List<Diagnostic> diagnostics) {
        return new FileReadResult(file, forms, basicData, reports, parts, diagnostics);
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** Every form found, in file order, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<Form>> getForms() {
        return forms;
    }

    /** Just the forms. */
    public List<Form> forms() {
        return forms.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList());
    }

    /** Every basic-data table found (部门整体支出绩效评价基础数据表), in file order, with what was noticed reading it. */
    public List<ValueWithDiagnostics<BasicData>> getBasicData() {
        return basicData;
    }

    /** Every project's self-evaluation report (自评报告) found, in file order, with what was noticed reading it. */
    public List<ValueWithDiagnostics<SelfEvaluationReport>> getReports() {
        return reports;
    }

    /**
     * The reports paired with the file's project forms (by project name, else by order), and what has no
     * partner ({@code REPORT_UNPAIRED}): a view computed from {@link #getForms()} and {@link #getReports()}.
     *
     * <pre>{@code
     * for (ProjectFiling f : read.pairing().getFilings()) { myRule.check(f.getForm(), f.getReport()); }
     * }</pre>
     *
     * @return the pairing
     */
    public ReportPairing pairing() {
        return ReportPairing.pair(forms(), reports.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()));
    }

    /** What became of each sheet or table, in file order. */
    public List<PartReport> getParts() {
        return parts;
    }

    /** Diagnostics about the file as a whole (sheets and tables with no form, and why). */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return file + ": " + forms.size() + " forms, " + parts.size() + " parts";
    }
}
