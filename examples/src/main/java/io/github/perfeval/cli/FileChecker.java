package io.github.perfeval.cli;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads, validates and scores one input at a time into its {@link FileReport} (and checks the department
 * basic-data tables it holds), for {@code check} and {@code report} alike. Remembers whether perfeval itself failed on some input.
 */
final class FileChecker {

    private final Locale locale;
    private final FormFiles loader = new FormFiles();
    private final FormValidator validator = FormValidator.create();
    private final Scorer scorer = Scorer.create();
    private final BasicDataChecker tableChecker = BasicDataChecker.create();
    private boolean internalError;

    FileChecker(Locale locale) {
        this.locale = locale;
    }

    /**
     * One file's report. A file that cannot be read, and a failure of perfeval on one file (a bug, out of
     * memory), are that file's error; the other files are still checked.
     */
    FileReport check(FormFiles.Input file) {
        String name = file.path.toString();
        try {
            List<FormReport> forms = new ArrayList<>();
            FormsJson.Contents contents = loader.loadAll(file);
            for (ValueWithDiagnostics<Form> f : contents.getForms()) {
                List<Diagnostic> before = new ArrayList<>(f.getDiagnostics());
                before.addAll(validator.validate(f.getValue()));
                forms.add(FormReport.of(scorer.evaluate(f.getValue()), before, locale));
            }
            List<BasicDataReport> tables = new ArrayList<>();
            for (ValueWithDiagnostics<BasicData> t : contents.getBasicData()) {
                tables.add(BasicDataReport.of(tableChecker.evaluate(t.getValue()), t.getDiagnostics(), locale));
            }
            return FileReport.of(name, forms, tables);
        } catch (FormFiles.UnreadableFileException e) {
            return FileReport.unreadable(name, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            internalError = true;
            return FileReport.unreadable(name, name + ": " + Main.internalMessage(e));
        }
    }

    /** Whether perfeval itself failed on some file (exit code {@link ExitCode#INTERNAL_ERROR}). */
    boolean hadInternalError() {
        return internalError;
    }
}
