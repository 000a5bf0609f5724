package io.github.perfeval.cli;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.validation.BuiltInConstraints;
import io.github.perfeval.files.FormFileReader;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportReview;
import io.github.perfeval.scoring.selfreport.ReportChecker;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads, validates and scores one input into its {@link FileReport} (and checks the department
 * basic-data tables it holds, and the projects' self-evaluation reports against their forms and against the
 * reports of the files checked before), for {@code check} and {@code report} alike. Remembers whether perfeval itself
 * failed on some input. Thread-safe: {@code check} reads several files at once with one checker.
 *
 * <p>Forms are checked against perfeval's own constraints by {@link BuiltInConstraints}: what
 * {@code FormValidator.create()} reports, without Hibernate Validator's bootstrap and metadata (about 250 ms of CPU in
 * a fresh JVM, which a one-form check waited for: docs/PERFORMANCE.md). The command line takes no constraints of the
 * user's; a program that has its own uses {@code FormValidator}.
 *
 * <p>Nothing here can wait for ever after an out of memory: checks run beside each other or alone under a plain
 * monitor, which
 * allocates nothing to take or leave (a {@code ReentrantReadWriteLock} counts a read hold taken before it
 * allocates the thread's hold counter, so an out of memory there left it held and a later check waited for ever
 * to run alone).
 */
final class FileChecker {

    private final Locale locale;
    private final FormFiles loader = new FormFiles();
    private final Scorer scorer = Scorer.create();
    private final BasicDataChecker tableChecker = BasicDataChecker.create();
    private volatile boolean internalError;
    /** Guards {@link #running}, {@link #waitingAlone} and {@link #aloneRunning}. */
    private final Object gate = new Object();
    /** Checks running beside each other now. */
    private int running;
    /** Checks waiting to run again alone after running out of memory beside others; new checks wait for them. */
    private int waitingAlone;
    private boolean aloneRunning;
    private final ReportChecker reportChecker = ReportChecker.create();
    /** The reports of the files taken in order so far, for REPORT_TEXT_SHARED across the run, and the file of each. */
    private final List<SelfEvaluationReport> earlierReports = new ArrayList<>();
    private final Map<SelfEvaluationReport, String> reportFiles = new IdentityHashMap<>();

    FileChecker(Locale locale) {
        this.locale = locale;
    }

    /**
     * Checks every file, on {@code jobs} threads, and hands each file's report to {@code then} in file order, with
     * what its self-evaluation reports share with the earlier files' ({@link #withTextSharedWithEarlierFiles}):
     * {@code check} and {@code report} alike. Whatever perfeval meets on one file (a bug, out of memory, a class
     * that could not be initialized) is that file's report ({@link #failed}); the others are still checked, and
     * the run always ends ({@link InOrder}). Several files are preceded by {@link #initializeChecks}.
     *
     * <pre>{@code
     * checker.checkAll(FormFiles.expand(paths), 4, report -> print(report));
     * }</pre>
     *
     * @param files the files, in the order of their reports
     * @param jobs how many files to read at once; 1 reads them in the calling thread
     * @param then what to do with each report, called in the calling thread, in file order
     */
    void checkAll(List<FormFiles.Input> files, int jobs, Consumer<FileReport> then) {
        if (files.size() > 1) {
            initializeChecks(files);   // before any file can fill the heap
        }
        InOrder.map(files, jobs, this::check, this::failed, new Consumer<FileReport>() {
            private int next;

            @Override
            public void accept(FileReport read) {
                FormFiles.Input file = files.get(next++);
                FileReport report;
                try {
                    report = withTextSharedWithEarlierFiles(read);
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError e) {
                    report = failed(file, e);
                }
                then.accept(report);
            }
        });
    }

    /**
     * Checks a small form of each kind the run reads (a JSON form made here, and a published form shipped in the
     * jar as a workbook, an old .xls workbook, a Word document and a web page, each only when some file's name says
     * the run has that kind) and renders its report, so that the classes a check initializes (the readers', the
     * constraints, scoring, reports and their messages) are initialized while the heap is still free. A run that
     * reads several files calls it before the first: a class whose initializer runs out of memory stays unusable
     * for the rest of the JVM, and every later file of its kind failed too (seen: a huge JSON file filled the heap
     * from its first moment, and the files beside it failed with NoClassDefFoundError for a Jackson deserializer,
     * an annotation proxy, Hibernate Validator's PathImpl, and POI's DataFormatter, HSSFRecordTypes or
     * DocumentHelper: every workbook, .xls or Word document of the run, even when read again alone). It runs
     * before the workers start, so the first files no longer initialize these classes beside each other: measured
     * in docs/PERFORMANCE.md (the JSON form alone: +63 to +168 ms for a check of two small JSON files, nothing
     * measurable for a hundred; the readers' forms: +44 ms for two workbooks, +116 ms for a workbook and a Word
     * document, nothing measurable for 1,000 workbooks). Each file's kind is told by its content, as its reading
     * tells it ({@link #kindsOf}): a file whose name hides its kind (none, .dat, a wrong extension) is foreseen too.
     *
     * @param files the files the run reads
     */
    void initializeChecks(List<FormFiles.Input> files) {
        EnumSet<Warm> kinds = kindsOf(files);
        try {
            Form form = Form.builder().kind(FormKind.PROJECT).year(2024).projectName("培训项目")
                    .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训")
                            .target(IndicatorValue.parse("≥4次")).actual(IndicatorValue.parse("3次"))
                            .weight(Figure.of(10)).declaredScore(Figure.of(5)).deviationReason("天气原因")
                            .source(Location.tableCell(1, 5, 4)).build())
                    .goals(Goals.builder().expected("目标").achieved("完成").build())
                    .budget(Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL)
                            .adjusted(Figure.of(10)).executed(Figure.of(9)).build()).weight(Figure.of(10)).declaredScore(Figure.of(9)).build())
                    .declaredTotal(Figure.of(14))
                    .build();
            if (kinds.contains(Warm.JSON)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                FormsJson.write(List.of(ValueWithDiagnostics.of(form, List.of())), "initialize", out);
                FormsJson.readContents(new java.io.ByteArrayInputStream(out.toByteArray()));
            }
            FormReport report = FormReport.of(scorer.evaluate(form), BuiltInConstraints.check(form), locale);
            ReportText.form(report, 1);
            ReportText.indicators(report);
        } catch (RuntimeException | java.io.IOException e) {
            // the files' own checks meet the same failure and say what it is
        }
        for (Warm kind : kinds) {
            if (kind.resource != null) {
                initializeReader(kind.resource);
            }
        }
    }

    /** How many first bytes of a file tell its kind: a zip package's first entries, an OLE2 header, a page's first tag. */
    static final int HEAD_BYTES = 16 * 1024;

    /**
     * The kinds of file a run reads, each told by the file's first bytes as its reading will tell it: a JSON file as
     * {@link FormFiles#isJson} decides, any other by {@link FormFileReader#kindOf} (an OLE2 file, an .xls workbook or an
     * old .doc, is read through POI's OLE2 classes: {@link Warm#XLS}). A file that cannot be read or is of no kind perfeval
     * reads adds none: its own reading says why. Each file's head is read once (16 KB), and no more once every kind is found.
     *
     * @param files the files the run reads
     * @return the kinds among them
     */
    static EnumSet<Warm> kindsOf(List<FormFiles.Input> files) {
        EnumSet<Warm> kinds = EnumSet.noneOf(Warm.class);
        for (FormFiles.Input file : files) {
            if (kinds.size() == Warm.values().length) {
                break;
            }
            if (file.unreadable != null || !java.nio.file.Files.isRegularFile(file.path)) {
                continue;
            }
            if (FormFiles.isJson(file.path)) {
                kinds.add(Warm.JSON);
                continue;
            }
            byte[] head = FormFiles.head(file.path, HEAD_BYTES);
            if (head == null) {
                continue;
            }
            if (head.length > 0 && org.apache.poi.poifs.filesystem.FileMagic.valueOf(java.util.Arrays.copyOf(head, 44))
                    == org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
                kinds.add(Warm.XLS);
                continue;
            }
            try {
                switch (FormFileReader.kindOf(head, file.path.toString())) {
                    case WORD:
                        kinds.add(Warm.DOCX);
                        break;
                    case HTML:
                        kinds.add(Warm.HTML);
                        break;
                    default:
                        kinds.add(Warm.XLSX);
                }
            } catch (RuntimeException noKind) {
                // a PDF, an RTF file, a file of no kind: its own reading refuses it
            }
        }
        return kinds;
    }

    /** The kinds of file {@link #initializeChecks} reads a small form of, and that form. */
    enum Warm {
        JSON(null),
        XLSX("/io/github/perfeval/testkit/forms/yueyang-2024-department.xlsx"),
        XLS("/io/github/perfeval/cli/initialize/yueyang-2024-department.xls"),
        DOCX("/io/github/perfeval/cli/initialize/yueyang-2024-department.docx"),
        HTML("/io/github/perfeval/cli/initialize/yueyang-2024-department.html");

        final String resource;

        Warm(String resource) {
            this.resource = resource;
        }
    }

    /** Checks the form shipped at {@code resource} as a file of the run would be, and renders its report. */
    FileReport initializeReader(String resource) {
        try (InputStream in = FileChecker.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            FileReport report = reportOf(resource, loader.loadWithReports(in, resource));
            for (FormReport f : report.getForms()) {
                ReportText.form(f, 1);
                ReportText.indicators(f);
            }
            for (BasicDataReport t : report.getBasicData()) {
                ReportText.basicData(t, 1);
            }
            for (ReportReview r : report.getReports()) {
                ReportText.selfReport(r, 1, false);
            }
            return report;
        } catch (RuntimeException | java.io.IOException | FormFiles.UnreadableFileException e) {
            return null;   // the files' own checks meet the same failure and say what it is
        }
    }

    /**
     * One file's report. A file that cannot be read, and a failure of perfeval on one file (a bug, out of
     * memory), are that file's error; the other files are still checked. A file that ran out of memory while
     * other files were read beside it is read once more on its own, so that a huge file does not take its
     * neighbours down with it (out of memory strikes whichever thread allocates next).
     */
    FileReport check(FormFiles.Input file) {
        int beside = enterBeside();
        try {
            return attempt(file);
        } catch (OutOfMemoryError e) {
            if (beside == 1 && runningNow() == 1) {
                return failed(file, e);
            }
        } finally {
            leaveBeside();
        }
        enterAlone();
        try {
            return attempt(file);
        } catch (OutOfMemoryError e) {
            return failed(file, e);
        } finally {
            leaveAlone();
        }
    }

    /** Waits while a check runs or waits to run alone, then counts this one in; returns how many run now. */
    private int enterBeside() {
        synchronized (gate) {
            boolean interrupted = false;
            while (aloneRunning || waitingAlone > 0) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return ++running;
        }
    }

    private int runningNow() {
        synchronized (gate) {
            return running;
        }
    }

    private void leaveBeside() {
        synchronized (gate) {
            running--;
            gate.notifyAll();
        }
    }

    /** Waits until no other check runs, then runs alone; checks that come meanwhile wait. */
    private void enterAlone() {
        synchronized (gate) {
            waitingAlone++;
            boolean interrupted = false;
            while (aloneRunning || running > 0) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            waitingAlone--;
            aloneRunning = true;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void leaveAlone() {
        synchronized (gate) {
            aloneRunning = false;
            gate.notifyAll();
        }
    }

    private FileReport attempt(FormFiles.Input file) {
        String name = file.path.toString();
        try {
            return reportOf(name, loader.loadWithReports(file));
        } catch (FormFiles.UnreadableFileException e) {
            return FileReport.unreadable(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, e);
        }
    }

    /** The report of what a file holds: its forms scored, its tables and reports checked. */
    private FileReport reportOf(String name, FormFiles.Loaded loaded) {
        List<FormReport> forms = new ArrayList<>();
        FormsJson.Contents contents = loaded.contents;
        ReportPairing pairing = ReportPairing.pair(values(contents.getForms()), values(loaded.reports));
        for (ValueWithDiagnostics<Form> f : contents.getForms()) {
            List<Diagnostic> before = new ArrayList<>(f.getDiagnostics());
            before.addAll(BuiltInConstraints.check(f.getValue()));
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
            List<Diagnostic> shared = reportChecker.compareNaming(review.getReport(), earlierReports,
                    other -> ReportChecker.nameOf(reportFiles.get(other) + " ", other));
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

    /**
     * The report of a file perfeval itself failed on (a bug, out of memory), which makes the run's exit code
     * {@link ExitCode#INTERNAL_ERROR}.
     *
     * @param file the file
     * @param e what perfeval threw on it
     * @return the file's report, with the failure as its error
     */
    FileReport failed(FormFiles.Input file, Throwable e) {
        internalError = true;
        String name = file.path.toString();
        return FileReport.unreadable(name, name + ": " + Main.internalMessage(e));
    }

    /** The values, in order (a loop, not a stream: its lambdas cost their linking in a fresh JVM). */
    private static <T> List<T> values(List<ValueWithDiagnostics<T>> all) {
        List<T> out = new ArrayList<>(all.size());
        for (ValueWithDiagnostics<T> v : all) {
            out.add(v.getValue());
        }
        return out;
    }

    /** Whether perfeval itself failed on some file (exit code {@link ExitCode#INTERNAL_ERROR}). */
    boolean hadInternalError() {
        return internalError;
    }
}
