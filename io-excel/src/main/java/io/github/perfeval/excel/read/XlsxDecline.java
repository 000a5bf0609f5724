package io.github.perfeval.excel.read;

/**
 * Thrown inside the xlsx reader when a workbook holds something it does not read the way POI does (an array
 * formula, strict OOXML, a {@code t="d"} cell…): the workbook is then read by POI from the start. Never
 * leaves this package. Carries no stack trace: it is a decision, not a failure.
 */
final class XlsxDecline extends RuntimeException {

    private static final long serialVersionUID = 1L;

    XlsxDecline(String reason) {
        super(reason, null, false, false);
    }
}
