package io.github.perfeval.core.value;

import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.source.Location;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target (年度指标值) or an actual (实际完成值) as written, with what perfeval read from it.
 *
 * <p>The raw text is always kept. What was read depends on the {@link ValueKind}:
 * <ul>
 *   <li>{@code QUANTITY}: an optional {@link Comparison}, a {@link Quantity}, and an optional measure
 *       prefix ({@code 合格率≥80%} → measure {@code 合格率});</li>
 *   <li>{@code RANGE}: lower {@link #getQuantity() quantity} and {@link #getUpper() upper};</li>
 *   <li>{@code QUALITATIVE}: a known {@link QualitativeTerm}, or none for free text;</li>
 *   <li>{@code TEXT}: prose whose numbers are offered as {@link #getCandidates() candidates} only;</li>
 *   <li>{@code UNPARSED}: nothing usable; {@link #getIssues()} says why.</li>
 * </ul>
 *
 * <pre>{@code
 * IndicatorValue t = IndicatorValue.parse("≧4次");
 * t.getComparison();   // Optional[AT_LEAST]
 * t.getQuantity();     // Optional[4次]
 * IndicatorValue.parse("$\\geq 3000$ 元").getQuantity();   // Optional[3000元]
 * IndicatorValue.parse("稳定有序").getTerm();               // Optional[STABLE_ORDERLY]
 * }</pre>
 *
 * <p>Parsing never throws. Equality compares the raw text and what was read, not the place it was
 * read from. Immutable and thread-safe.
 */
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = io.github.perfeval.core.json.internal.IndicatorValueJson.Serializer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.github.perfeval.core.json.internal.IndicatorValueJson.Deserializer.class)
public final class IndicatorValue {

    private static final IndicatorValue EMPTY = new Builder("", ValueKind.EMPTY).build();

    private final String raw;
    private final ValueKind kind;
    private final Comparison comparison;
    private final String measure;
    private final Quantity quantity;
    private final Quantity upper;
    private final QualitativeTerm term;
    private final List<Quantity> candidates;
    private final List<ParseIssue> issues;
    private final Location source;

    private IndicatorValue(Builder b) {
        this.raw = b.raw;
        this.kind = b.kind;
        this.comparison = b.comparison;
        this.measure = b.measure;
        this.quantity = b.quantity;
        this.upper = b.upper;
        this.term = b.term;
        this.candidates = List.copyOf(b.candidates);
        this.issues = List.copyOf(b.issues);
        this.source = b.source;
    }

    /** The value of an empty cell. */
    public static IndicatorValue empty() {
        return EMPTY;
    }

    /**
     * Reads a target or actual as written. Never throws: what cannot be read comes back
     * {@link ValueKind#UNPARSED} with its reasons.
     *
     * @param raw the text, null is read as empty
     * @return the value
     */
    public static IndicatorValue parse(String raw) {
        return IndicatorValueParser.parse(raw == null ? "" : raw, null);
    }

    /** As {@link #parse(String)}, remembering where the text was read. */
    public static IndicatorValue parse(String raw, Location source) {
        return IndicatorValueParser.parse(raw == null ? "" : raw, source);
    }

    /** The text as written. */
    public String getRaw() {
        return raw;
    }

    /** What kind of value it is. */
    public ValueKind getKind() {
        return kind;
    }

    /** The explicit operator, for quantities; empty for bare values such as {@code 90%}. */
    public Optional<Comparison> getComparison() {
        return Optional.ofNullable(comparison);
    }

    /** The name written before the operator ({@code 合格率} in {@code 合格率≥80%}). */
    public Optional<String> getMeasure() {
        return Optional.ofNullable(measure);
    }

    /** The quantity; for a range, its lower end. */
    public Optional<Quantity> getQuantity() {
        return Optional.ofNullable(quantity);
    }

    /** The upper end of a range. */
    public Optional<Quantity> getUpper() {
        return Optional.ofNullable(upper);
    }

    /** The known qualitative word, for qualitative values. */
    public Optional<QualitativeTerm> getTerm() {
        return Optional.ofNullable(term);
    }

    /** Numbers found in prose ({@link ValueKind#TEXT}): offered, not trusted. */
    public List<Quantity> getCandidates() {
        return candidates;
    }

    /** What the parser noticed. */
    public List<ParseIssue> getIssues() {
        return issues;
    }

    /** Where the text was read, when it came from a file. */
    public Optional<Location> getSource() {
        return Optional.ofNullable(source);
    }

    /** Whether nothing was written. */
    public boolean isEmpty() {
        return kind == ValueKind.EMPTY;
    }

    /** Whether the value is a usable number: a quantity with no blocking issue. */
    public boolean isQuantitative() {
        if (kind != ValueKind.QUANTITY) {
            return false;
        }
        for (ParseIssue issue : issues) {
            if (issue.isBlocking()) {
                return false;
            }
        }
        return true;
    }

    /** This value with its place set. */
    public IndicatorValue withSource(Location newSource) {
        Builder b = toBuilder();
        b.source = newSource;
        return b.build();
    }

    Builder toBuilder() {
        Builder b = new Builder(raw, kind);
        b.comparison = comparison;
        b.measure = measure;
        b.quantity = quantity;
        b.upper = upper;
        b.term = term;
        b.candidates.addAll(candidates);
        b.issues.addAll(issues);
        b.source = source;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IndicatorValue)) {
            return false;
        }
        IndicatorValue v = (IndicatorValue) o;
        return raw.equals(v.raw) && kind == v.kind && comparison == v.comparison && term == v.term
                && Objects.equals(measure, v.measure) && Objects.equals(quantity, v.quantity)
                && Objects.equals(upper, v.upper) && candidates.equals(v.candidates) && issues.equals(v.issues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, kind, comparison, quantity, upper, term);
    }

    @Override
    public String toString() {
        return "\"" + raw + "\" " + kind + (comparison == null ? "" : " " + comparison.symbol())
                + (quantity == null ? "" : " " + quantity) + (upper == null ? "" : ".." + upper)
                + (term == null ? "" : " " + term) + (issues.isEmpty() ? "" : " " + issues);
    }

    /** Assembles a value; used by the parser. */
    static final class Builder {
        final String raw;
        ValueKind kind;
        Comparison comparison;
        String measure;
        Quantity quantity;
        Quantity upper;
        QualitativeTerm term;
        final java.util.ArrayList<Quantity> candidates = new java.util.ArrayList<>(2);
        final java.util.ArrayList<ParseIssue> issues = new java.util.ArrayList<>(2);
        Location source;

        Builder(String raw, ValueKind kind) {
            this.raw = raw;
            this.kind = kind;
        }

        Builder issue(ParseIssue issue) {
            if (!issues.contains(issue)) {
                issues.add(issue);
            }
            return this;
        }

        IndicatorValue build() {
            return new IndicatorValue(this);
        }
    }
}
