package io.github.perfeval.excel.write;

import java.util.Objects;

/**
 * How {@link ExcelFormWriter} writes: which scores, and whether to add the diagnostics sheet.
 *
 * <pre>{@code
 * WriteOptions.defaults();                                   // declared scores, diagnostics when there are any
 * WriteOptions.defaults().withScores(ScoreColumns.BOTH);     // declared and computed side by side
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WriteOptions {

    private static final WriteOptions DEFAULTS = new WriteOptions(ScoreColumns.DECLARED, true);

    private final ScoreColumns scores;
    private final boolean diagnostics;

    private WriteOptions(ScoreColumns scores, boolean diagnostics) {
        this.scores = Objects.requireNonNull(scores);
        this.diagnostics = diagnostics;
    }

    /** Declared scores; a diagnostics sheet when evaluations with diagnostics are written. */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    public ScoreColumns scores() {
        return scores;
    }

    /** Whether to add the diagnostics sheet and cell comments. */
    public boolean diagnostics() {
        return diagnostics;
    }

    public WriteOptions withScores(ScoreColumns v) {
        return new WriteOptions(v, diagnostics);
    }

    public WriteOptions withDiagnostics(boolean v) {
        return new WriteOptions(scores, v);
    }
}
