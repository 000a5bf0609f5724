package io.github.perfeval.excel;

import io.github.perfeval.core.form.Form;

import java.util.Random;

/** The round-trip generator's random forms ({@link FormRoundTripProperties#form}), for tests in other packages. */
public final class GeneratedForms {

    private GeneratedForms() {
    }

    /** A random form: extras, comments, formulas (safe and not), hidden rows, blank labels, budgets… */
    public static Form form(Random r) {
        return FormRoundTripProperties.form(r);
    }
}
