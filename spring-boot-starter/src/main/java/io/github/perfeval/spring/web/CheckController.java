package io.github.perfeval.spring.web;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageTexts;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /perfeval/check}: a form as JSON in, its {@link FormReport} out; or a workbook upload
 * (multipart part {@code file}) in, its {@link FileReport} out. Reports are in the request's language
 * ({@code Accept-Language}: Chinese for {@code zh}, English otherwise); a diagnostic's message is the
 * application's own when its {@code MessageSource} has the diagnostic's key ({@link
 * io.github.perfeval.core.diagnostic.Diagnostic#getKey()}), so a {@code messages_fr.properties} with
 * perfeval's keys answers {@code Accept-Language: fr}.
 *
 * <p>A JSON form is a program's output, so a form that breaks the model's constraints (a negative
 * weight, a year of 3000) is refused with a problem detail listing the diagnostics. A workbook is a
 * person's, so everything found in it (reading, validation, scoring) is in its report, as the
 * {@code check} command prints it. Bad input of any kind gets a problem detail from
 * {@link PerfevalProblems}.
 */
@RestController
@RequestMapping("${perfeval.web.path:/perfeval}")
public class CheckController {

    private final ExcelFormReader reader;
    private final Scorer scorer;
    private final FormValidator validator;
    private final MessageTexts texts;

    /**
     * The controller over the application's beans.
     *
     * @param reader the workbook reader
     * @param scorer the scorer
     * @param validator the validator
     * @param messageSource the application's messages: a diagnostic's key it defines is worded its way
     */
    public CheckController(ExcelFormReader reader, Scorer scorer, FormValidator validator, MessageSource messageSource) {
        this.reader = reader;
        this.scorer = scorer;
        this.validator = validator;
        this.texts = new MessageSourceTexts(messageSource);
    }

    /**
     * Checks a form posted as JSON.
     *
     * @param form the form
     * @param locale the request's locale
     * @return its report
     * @throws InvalidFormException when the form breaks a constraint of the model
     */
    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public FormReport check(@RequestBody Form form, Locale locale) {
        List<Diagnostic> violations = validator.validate(form);
        if (violations.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR)) {
            throw new InvalidFormException(violations);
        }
        return FormReport.of(scorer.evaluate(form), violations, locale, texts);
    }

    /**
     * Checks an uploaded workbook (xlsx or xls): every form on it.
     *
     * @param file the upload
     * @param locale the request's locale
     * @return the report of the file
     * @throws IOException when the upload cannot be read
     */
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public FileReport check(@RequestPart("file") MultipartFile file, Locale locale) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        ExcelReadResult read;
        try (InputStream in = file.getInputStream()) {
            read = reader.read(in, name);
        }
        List<FormReport> forms = new ArrayList<>();
        for (ValueWithDiagnostics<Form> f : read.getForms()) {
            List<Diagnostic> before = new ArrayList<>(f.getDiagnostics());
            before.addAll(validator.validate(f.getValue()));
            forms.add(FormReport.of(scorer.evaluate(f.getValue()), before, locale, texts));
        }
        return FileReport.of(name, forms);
    }
}
