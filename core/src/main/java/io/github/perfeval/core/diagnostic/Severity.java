package io.github.perfeval.core.diagnostic;

/**
 * How serious a diagnostic is.
 */
public enum Severity {
    /** The form is wrong: figures disagree, a value is missing that scoring needs. */
    ERROR("错误"),
    /** Probably wrong, or needs a person's look. */
    WARNING("警告"),
    /** Worth knowing: what perfeval assumed or skipped. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
