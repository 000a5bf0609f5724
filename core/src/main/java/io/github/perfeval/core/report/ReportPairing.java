package io.github.perfeval.core.report;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pairs the self-evaluation reports (自评报告) of a document with its project forms: first by project
 * name (专项名称 against the form's 项目名称, white space and full-width forms ignored, one containing the
 * other: {@code 非税收入} and {@code 非税收入（特种作业考核费）} agree), then the reports and forms left over
 * in their order in the document (the first report left with the first form left). What has no partner
 * gets a {@link ReportCode#REPORT_UNPAIRED} diagnostic at its place; a form without a report is only
 * mentioned when the document holds reports at all.
 *
 * <pre>{@code
 * ReportPairing p = ReportPairing.pair(read.forms(), reports);
 * p.getFilings();      // each report with its form
 * p.getDiagnostics();  // 自评报告“…”（表格3）没有对应的自评表
 * }</pre>
 *
 * <p>Only project forms ({@link FormKind#PROJECT}) are paired: a department form goes with a department's
 * narrative report, which is not a project report. Immutable and thread-safe.
 */
public final class ReportPairing {

    private final List<ProjectFiling> filings;
    private final List<Diagnostic> diagnostics;
    private final IdentityHashMap<Object, Diagnostic> problems;

    private ReportPairing(List<ProjectFiling> filings, List<Diagnostic> diagnostics, IdentityHashMap<Object, Diagnostic> problems) {
        this.filings = List.copyOf(filings);
        this.diagnostics = List.copyOf(diagnostics);
        this.problems = problems;
    }

    /**
     * Pairs reports with forms.
     *
     * @param forms the forms of a document, in document order (department forms are left alone)
     * @param reports its reports, in document order
     * @return the pairs, in the reports' order, and what has no partner
     */
    public static ReportPairing pair(List<Form> forms, List<SelfEvaluationReport> reports) {
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(reports, "reports");
        List<Form> projectForms = new ArrayList<>();
        for (Form f : forms) {
            if (f.getKind() == FormKind.PROJECT) {
                projectForms.add(f);
            }
        }
        Form[] partner = new Form[reports.size()];
        boolean[] byName = new boolean[reports.size()];
        boolean[] taken = new boolean[projectForms.size()];
        for (int r = 0; r < reports.size(); r++) {
            Optional<String> name = reports.get(r).projectName();
            for (int f = 0; f < projectForms.size() && name.isPresent(); f++) {
                if (!taken[f] && projectForms.get(f).getProjectName().filter(n -> sameProject(n, name.get())).isPresent()) {
                    partner[r] = projectForms.get(f);
                    byName[r] = true;
                    taken[f] = true;
                    break;
                }
            }
        }
        int next = 0;
        for (int r = 0; r < reports.size(); r++) {
            if (partner[r] != null) {
                continue;
            }
            while (next < projectForms.size() && taken[next]) {
                next++;
            }
            if (next < projectForms.size()) {
                partner[r] = projectForms.get(next);
                taken[next] = true;
            }
        }
        List<ProjectFiling> filings = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        IdentityHashMap<Object, Diagnostic> problems = new IdentityHashMap<>();
        for (int r = 0; r < reports.size(); r++) {
            SelfEvaluationReport report = reports.get(r);
            if (partner[r] != null) {
                filings.add(ProjectFiling.of(partner[r], report, byName[r]));
            } else {
                Diagnostic d = Diagnostic.variant(ReportCode.REPORT_UNPAIRED, "report", place(report), named(report.projectName()));
                diagnostics.add(d);
                problems.put(report, d);
            }
        }
        if (!reports.isEmpty()) {
            for (int f = 0; f < projectForms.size(); f++) {
                if (!taken[f]) {
                    Form form = projectForms.get(f);
                    Diagnostic d = Diagnostic.variant(ReportCode.REPORT_UNPAIRED, "form", place(form), named(form.getProjectName()));
                    diagnostics.add(d);
                    problems.put(form, d);
                }
            }
        }
        return new ReportPairing(filings, diagnostics, problems);
    }

    /** A project's name in quotes after what it names, or nothing. */
    private static MessageArgument named(Optional<String> name) {
        return name.map(n -> MessageArgument.message("fragment.quotedName", MessageArgument.text(n))).orElse(MessageArgument.text(""));
    }

    /**
     * Whether two project names name the same project: equal, or one containing the other, once white
     * space, full-width forms and a trailing colon are set aside.
     *
     * @param a a name as written
     * @param b another
     * @return true when they agree
     */
    public static boolean sameProject(String a, String b) {
        String x = Labels.normalize(a);
        String y = Labels.normalize(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** Where a form is: its sheet, else where its budget block or its first indicator was read. */
    private static Location place(Form form) {
        return form.getSheet().map(Location::sheet)
                .or(() -> form.getBudget().flatMap(b -> b.getSource()))
                .or(() -> form.getIndicators().stream().findFirst().flatMap(i -> i.getSource()))
                .orElse(null);
    }

    private static Location place(SelfEvaluationReport report) {
        return report.getSource().orElse(report.getSheet().map(Location::sheet).orElse(null));
    }

    /** Each report paired with its form, in the reports' order. */
    public List<ProjectFiling> getFilings() {
        return filings;
    }

    /** A {@link ReportCode#REPORT_UNPAIRED} diagnostic for each report, and each form, with no partner. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /**
     * The filing a report is in.
     *
     * @param report one of the paired reports (the same object)
     * @return its filing, empty when it has no form
     */
    public Optional<ProjectFiling> filingOf(SelfEvaluationReport report) {
        return filings.stream().filter(f -> f.getReport() == report).findFirst();
    }

    /**
     * Why a report, or a form, has no partner.
     *
     * @param reportOrForm one of the paired reports or forms (the same object)
     * @return its {@link ReportCode#REPORT_UNPAIRED} diagnostic, empty when it has a partner (or is a department form)
     */
    public Optional<Diagnostic> problemOf(Object reportOrForm) {
        return Optional.ofNullable(problems.get(reportOrForm));
    }

    @Override
    public String toString() {
        return filings.size() + " pairs, " + diagnostics.size() + " unpaired";
    }
}
