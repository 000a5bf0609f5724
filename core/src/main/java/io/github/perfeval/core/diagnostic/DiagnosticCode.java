package io.github.perfeval.core.diagnostic;

/**
 * A stable code naming a kind of finding. perfeval's own are {@link StandardCode}; a user's custom rule
 * defines its own, usually as an enum:
 *
 * <pre>{@code
 * enum ProvinceCode implements DiagnosticCode {
 *     SHORT_DEVIATION_REASON;
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 * }
 * }</pre>
 */
public interface DiagnosticCode {

    /** The code as it appears in reports and JSON, e.g. {@code WEIGHT_TOTAL_MISMATCH}. */
    String name();

    /** The severity the code has unless a producer says otherwise. */
    Severity defaultSeverity();
}
