package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a workbook held: every form found, each with the diagnostics of its reading, and the
 * workbook's own diagnostics (sheets skipped).
 *
 * <pre>{@code
 * ExcelReadResult read = ExcelFormReader.create().read(Path.of("自评表.xlsx"));
 * for (ValueWithDiagnostics<Form> f : read.getForms()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExcelReadResult {

    private final String file;
    private final List<ValueWithDiagnostics<Form>> forms;
    private final List<Diagnostic> diagnostics;

    ExcelReadResult(String file, List<ValueWithDiagnostics<Form>> forms, List<Diagnostic> diagnostics) {
        this.file = file;
        this.forms = List.copyOf(forms);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** Every form found, in sheet order, with what was noticed while reading it. */
    public List<ValueWithDiagnostics<Form>> getForms() {
        return forms;
    }

    /** Just the forms. */
    public List<Form> forms() {
        return forms.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList());
    }

    /** Diagnostics about the workbook as a whole (sheets with no form). */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }
}
