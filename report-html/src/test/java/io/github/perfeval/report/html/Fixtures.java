package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.testkit.SampleForms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The published forms shipped in the testkit, read, validated and scored as {@code perfeval check} does. */
final class Fixtures {

    static final List<String> WORKBOOKS = List.of(SampleForms.YUEYANG_2024, SampleForms.LIUHE_2024);

    private Fixtures() {
    }

    static FileReport file(String workbook, Locale locale) {
        ExcelReadResult read;
        try (InputStream in = SampleForms.workbook(workbook)) {
            read = ExcelFormReader.create().read(in, workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FormValidator validator = FormValidator.create();
        List<FormReport> forms = new ArrayList<>();
        for (ValueWithDiagnostics<Form> f : read.getForms()) {
            List<Diagnostic> before = new ArrayList<>(f.getDiagnostics());
            before.addAll(validator.validate(f.getValue()));
            forms.add(FormReport.of(Scorer.create().evaluate(f.getValue()), before, locale));
        }
        return FileReport.of(workbook, forms);
    }
}
