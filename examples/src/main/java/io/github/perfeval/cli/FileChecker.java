package io.github.perfeval.cli;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportReview;
import io.github.perfeval.scoring.selfreport.ReportChecker;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

/**
 * Reads, validates and scores one input into its {@link FileReport} (and checks the department
 * basic-data tables it holds, and the projects' self-evaluation reports against their forms and against the
 * reports of the files checked before), for {@code check} and {@code report} alike. Remembers whether perfeval itself
 * failed on some input. Thread-safe: {@code check} reads several files at once with one checker.
 *
 * <p>The Bean Validation validator takes Hibernate Validator's bootstrap (a few hundred milliseconds in a
 * fresh JVM, as long as reading the first workbook), so it is built on a second thread while the first file is
 * read, and waited for only when a form is there to validate.
 */
final class FileChecker {

    private final Locale locale;
    private final FormFiles loader = new FormFiles();
    private final CompletableFuture<FormValidator> validator;
    private final Scorer scorer = Scorer.create();
    private final BasicDataChecker tableChecker = BasicDataChecker.create();
    private volatile boolean internalError;
    /** Taken shared by every check, and alone by a check that retries after running out of memory. */
    private final ReentrantReadWriteLock alone = new ReentrantReadWriteLock();
    private final AtomicInteger running = new AtomicInteger();
    private final ReportChecker reportChecker = ReportChecker.create();
    /** The reports of the files taken in order so far, for REPORT_TEXT_SHARED across the run, and the file of each. */
    private final List<SelfEvaluationReport> earlierReports = new ArrayList<>();
    private final Map<SelfEvaluationReport, String> reportFiles = new IdentityHashMap<>();

    FileChecker(Locale locale) {
        this.locale = locale;
        this.validator = CompletableFuture.supplyAsync(FormValidator::create, task -> {
            Thread t = new Thread(task, "perfeval-validator-bootstrap");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * One file's report. A file that cannot be read, and a failure of perfeval on one file (a bug, out of
     * memory), are that file's error; the other files are still checked. A file that ran out of memory while
     * other files were read beside it is read once more on its own, so that a huge file does not take its
     * neighbours down with it (out of memory strikes whichever thread allocates next).
     */
    FileReport check(FormFiles.Input file) {
        alone.readLock().lock();
        int beside = running.incrementAndGet();
        try {
            return attempt(file);
        } catch (OutOfMemoryError e) {
            if (beside == 1 && running.get() == 1) {
                return failed(file, e);
            }
        } finally {
            running.decrementAndGet();
            alone.readLock().unlock();
        }
        alone.writeLock().lock();
        try {
            return attempt(file);
        } catch (OutOfMemoryError e) {
            return failed(file, e);
        } finally {
            alone.writeLock().unlock();
        }
    }

    private FileReport attempt(FormFiles.Input file) {
        String name = file.path.toString();
        try {
            List<FormReport> forms = new ArrayList<>();
            FormFiles.Loaded loaded = loader.loadWithReports(file);
            FormsJson.Contents contents = loaded.contents;
            ReportPairing pairing = ReportPairing.pair(contents.getForms().stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()),
                    loaded.reports.stream().map(ValueWithDiagnostics::getValue).collect(Collectors.toList()));
            for (ValueWithDiagnostics<Form> f : contents.getForms()) {
                List<Diagnostic> before = new ArrayList<>(f.getDiagnostics());
                before.addAll(validator().validate(f.getValue()));
                pairing.problemOf(f.getValue()).ifPresent(before::add);
                forms.add(FormReport.of(scorer.evaluate(f.getValue()), before, locale));
            }
            List<BasicDataReport> tables = new ArrayList<>();
            for (ValueWithDiagnostics<BasicData> t : contents.getBasicData()) {
                tables.add(BasicDataReport.of(tableChecker.evaluate(t.getValue()), t.getDiagnostics(), locale));
            }
            List<ReportReview> reports = new ArrayList<>();
            for (ValueWithDiagnostics<SelfEvaluationReport> r : loaded.reports) {
                SelfEvaluationReport report = r.getValue();
                List<Diagnostic> found = new ArrayList<>(r.getDiagnostics());
                Optional<ProjectFiling> filing = pairing.filingOf(report);
                pairing.problemOf(report).ifPresent(found::add);
                found.addAll(filing.map(reportChecker::check).orElseGet(() -> reportChecker.checkSections(report)));
                reports.add(ReportReview.of(report, filing.map(p -> p.getForm().getProjectName().orElse("")), found, locale));
            }
            return FileReport.of(name, forms, tables, reports);
        } catch (FormFiles.UnreadableFileException e) {
            return FileReport.unreadable(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, e);
        }
    }

    /**
     * A file's report with the text its reports share with the reports of the files before it in the run
     * (REPORT_TEXT_SHARED, said once, by the later report). Called in the run's file order, whatever the
     * order files were read in, so the same files give the same findings on any number of threads.
     * Not thread-safe: call it from the one thread that takes the reports in order.
     *
     * @param report a file's report from {@link #check}
     * @return the report, with what its reports share with earlier ones
     */
    FileReport withTextSharedWithEarlierFiles(FileReport report) {
        if (report.getReports().isEmpty()) {
            return report;
        }
        List<ReportReview> reviews = new ArrayList<>();
        boolean changed = false;
        for (ReportReview review : report.getReports()) {
            List<Diagnostic> shared = reportChecker.compare(review.getReport(), earlierReports,
                    other -> reportFiles.get(other) + " " + describe(other));
            if (shared.isEmpty()) {
                reviews.add(review);
            } else {
                List<Diagnostic> all = new ArrayList<>(review.getDiagnostics());
                all.addAll(shared);
                reviews.add(ReportReview.of(review.getReport(), review.getPairedForm(), all, locale));
                changed = true;
            }
        }
        for (ReportReview review : report.getReports()) {
            earlierReports.add(review.getReport());
            reportFiles.put(review.getReport(), report.getFile());
        }
        return changed ? FileReport.of(report.getFile(), report.getForms(), report.getBasicData(), reviews) : report;
    }

    private FileReport failed(FormFiles.Input file, Throwable e) {
        internalError = true;
        String name = file.path.toString();
        return FileReport.unreadable(name, name + ": " + Main.internalMessage(e));
    }

    /** The validator, once built; a failure to build it is perfeval's own failure, on the file that needed it. */
    private FormValidator validator() {
        try {
            return validator.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    /** A report in a message: “project”（table 1）. */
    private static String describe(SelfEvaluationReport r) {
        return r.projectName().map(n -> "“" + n + "”").orElse("") + r.getSource().map(l -> "（" + l.describe() + "）").orElse("");
    }

    /** Whether perfeval itself failed on some file (exit code {@link ExitCode#INTERNAL_ERROR}). */
    boolean hadInternalError() {
        return internalError;
    }
}
