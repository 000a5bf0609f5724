package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;

/**
 * A diagnostic of one form, numbered as its footnote, and how it was placed on the drawn form.
 *
 * @param number its footnote number on the form, from 1, in the report's order (errors first)
 * @param diagnostic the diagnostic
 * @param placement how it was placed
 * @param cell the drawn cell it marks; null when it concerns the whole form
 */
record Finding(int number, Diagnostic diagnostic, Placement placement, Cell cell) {

    /** How a finding was placed on the drawn form. */
    enum Placement {
        /** On the cell showing the very place the diagnostic names. */
        CELL,
        /** The place it names is not drawn (a header, a level label); marked on the drawn cell of the same row. */
        SAME_ROW,
        /** It names an indicator and no cell: marked on the indicator's name. */
        INDICATOR,
        /** It concerns the whole form, or a place not on the drawn form: listed, not marked. */
        FORM
    }
}
