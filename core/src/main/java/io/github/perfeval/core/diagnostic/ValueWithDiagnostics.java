package io.github.perfeval.core.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value together with what was found while producing it: a reader returns what it could read
 * <em>and</em> what it could not, instead of throwing at the first problem.
 *
 * <pre>{@code
 * ValueWithDiagnostics<List<Form>> read = reader.read(path);
 * read.getValue().forEach(this::store);
 * read.getDiagnostics().forEach(d -> log.warn("{}", d));
 * }</pre>
 *
 * @param <T> the value's type
 *     <p>Immutable (the lists are copied) and thread-safe when the value is.
 */
public final class ValueWithDiagnostics<T> {

    private final T value;
    private final List<Diagnostic> diagnostics;

    private ValueWithDiagnostics(T value, List<Diagnostic> diagnostics) {
        this.value = Objects.requireNonNull(value, "value");
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** A value and its diagnostics. */
    public static <T> ValueWithDiagnostics<T> of(T value, List<Diagnostic> diagnostics) {
        return new ValueWithDiagnostics<>(value, diagnostics);
    }

    /** A value with nothing to report. */
    public static <T> ValueWithDiagnostics<T> of(T value) {
        return new ValueWithDiagnostics<>(value, List.of());
    }

    public T getValue() {
        return value;
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
    }

    /** The value transformed, the diagnostics kept. */
    public <R> ValueWithDiagnostics<R> map(Function<? super T, ? extends R> f) {
        return new ValueWithDiagnostics<>(f.apply(value), diagnostics);
    }

    /** The same value with more diagnostics. */
    public ValueWithDiagnostics<T> withMore(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new ValueWithDiagnostics<>(value, all);
    }

    @Override
    public String toString() {
        return value + " with " + diagnostics.size() + " diagnostics";
    }
}
