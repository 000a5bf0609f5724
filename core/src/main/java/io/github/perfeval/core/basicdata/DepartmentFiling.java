package io.github.perfeval.core.basicdata;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.source.Location;

import java.util.Objects;
import java.util.Optional;

/**
 * What a department filed for its department-wide evaluation: the self-evaluation form and the
 * basic-data table beside it, linked because they belong together (same unit, same year), so that a
 * rule of the user's own can compare them.
 *
 * <pre>{@code
 * Optional<DepartmentFiling> filing = DepartmentFiling.link(form, table);
 * filing.ifPresent(f -> myRule.check(f));
 * DepartmentFiling.linkProblem(form, table);   // why they do not belong together, if they do not
 * }</pre>
 *
 * <p>They belong together when the form is a department form ({@link FormKind#DEPARTMENT}), their years
 * agree where both name one, and their units agree where both name one (one name containing the other,
 * white space ignored: {@code 衡阳市应急管理局} and {@code 衡阳市应急管理局（本级）} agree). Most tables
 * name no unit: the form beside them in one workbook names it. perfeval defines no check between the
 * two: their figures are not of the same scope (the form's 项目支出 is all project spending, the table
 * lists selected lines). Equality is the form's and the table's. Immutable and thread-safe.
 */
public final class DepartmentFiling {

    private final Form form;
    private final BasicData table;

    private DepartmentFiling(Form form, BasicData table) {
        this.form = Objects.requireNonNull(form, "form");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The department's self-evaluation form. */
    public Form getForm() {
        return form;
    }

    /** Its basic-data table. */
    public BasicData getBasicData() {
        return table;
    }

    /** The unit both are about: the form's, else the table's. */
    public Optional<String> unit() {
        return getForm().budgetUnit().or(() -> getBasicData().getDepartment());
    }

    /** The year both are about. */
    public Optional<Integer> year() {
        return getForm().getYear().or(() -> getBasicData().getYear());
    }

    /**
     * Links a form and a basic-data table when they belong together.
     *
     * @param form a form
     * @param table a basic-data table
     * @return the filing, empty when {@link #linkProblem(Form, BasicData)} finds a reason they do not belong together
     */
    public static Optional<DepartmentFiling> link(Form form, BasicData table) {
        if (linkProblem(form, table).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new DepartmentFiling(form, table));
    }

    /**
     * Why a form and a basic-data table do not belong together: a project form, other years, other units.
     *
     * @param form a form
     * @param table a basic-data table
     * @return a {@link BasicDataCode#BASIC_DATA_NOT_LINKED} diagnostic at the table, or empty when they belong together
     */
    public static Optional<Diagnostic> linkProblem(Form form, BasicData table) {
        Location at = table.getSource().orElse(table.getSheet().map(Location::sheet).orElse(null));
        MessageArgument formName = form.getSheet().map(s -> MessageArgument.message("fragment.formOnSheet", MessageArgument.text(s)))
                .orElse(MessageArgument.message("fragment.form"));
        if (form.getKind() != FormKind.DEPARTMENT) {
            return Optional.of(Diagnostic.variant(BasicDataCode.BASIC_DATA_NOT_LINKED, "projectForm", at, formName));
        }
        if (form.getYear().isPresent() && table.getYear().isPresent() && !form.getYear().equals(table.getYear())) {
            return Optional.of(Diagnostic.variant(BasicDataCode.BASIC_DATA_NOT_LINKED, "year", at,
                    MessageArgument.number(table.getYear().get()), formName, MessageArgument.number(form.getYear().get())));
        }
        Optional<String> formUnit = form.budgetUnit();
        Optional<String> tableUnit = table.getDepartment();
        if (formUnit.isPresent() && tableUnit.isPresent()) {
            String a = Labels.normalize(formUnit.get());
            String b = Labels.normalize(tableUnit.get());
            if (!a.contains(b) && !b.contains(a)) {
                return Optional.of(Diagnostic.variant(BasicDataCode.BASIC_DATA_NOT_LINKED, "unit", at,
                        MessageArgument.text(tableUnit.get()), formName, MessageArgument.text(formUnit.get())));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DepartmentFiling)) {
            return false;
        }
        DepartmentFiling f = (DepartmentFiling) o;
        return form.equals(f.form) && table.equals(f.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, table);
    }

    @Override
    public String toString() {
        return "DepartmentFiling{" + unit().orElse("?") + ", " + year().map(String::valueOf).orElse("?") + "}";
    }
}
