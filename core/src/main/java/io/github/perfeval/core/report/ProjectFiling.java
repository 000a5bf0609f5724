package io.github.perfeval.core.report;

import io.github.perfeval.core.form.Form;

import java.util.Objects;

/**
 * What a project filed: its self-evaluation form and the self-evaluation report (自评报告) beside it,
 * paired by {@link ReportPairing} (by project name, else by order), so that checks and the user's own
 * rules can compare them.
 *
 * <pre>{@code
 * for (ProjectFiling f : ReportPairing.pair(forms, reports).getFilings()) {
 *     f.getReport().budget();          // 54万元
 *     f.getForm().getBudget();         // the form's budget block
 *     f.isPairedByName();              // false when paired by order only
 * }
 * }</pre>
 *
 * <p>Equality is the form's, the report's and how they were paired. Immutable and thread-safe.
 */
public final class ProjectFiling {

    private final Form form;
    private final SelfEvaluationReport report;
    private final boolean byName;

    private ProjectFiling(Form form, SelfEvaluationReport report, boolean byName) {
        this.form = Objects.requireNonNull(form, "form");
        this.report = Objects.requireNonNull(report, "report");
        this.byName = byName;
    }

    /**
     * A form and its report.
     *
     * @param form the form
     * @param report its report
     * @param byName whether their project names agree (else they were paired by their order in the document)
     * @return the filing
     */
    public static ProjectFiling of(Form form, SelfEvaluationReport report, boolean byName) {
        return new ProjectFiling(form, report, byName);
    }

    /** The self-evaluation form. */
    public Form getForm() {
        return form;
    }

    /** The report filed beside it. */
    public SelfEvaluationReport getReport() {
        return report;
    }

    /** Whether the report and the form were paired by their project names (else by their order). */
    public boolean isPairedByName() {
        return byName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectFiling)) {
            return false;
        }
        ProjectFiling f = (ProjectFiling) o;
        return form.equals(f.form) && report.equals(f.report) && byName == f.byName;
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, report, byName);
    }

    @Override
    public String toString() {
        return "ProjectFiling{" + report.projectName().or(form::getProjectName).orElse("?") + (byName ? ", by name" : ", by order") + "}";
    }
}
