package io.github.perfeval.core.quantity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.source.Location;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number written on a form (a weight, a score, an amount, a rate) kept with the text it was read from
 * and where it was read.
 *
 * <p>The raw text is never lost: a figure whose text is not a number has no value and
 * {@link #isParsed()} is false; whoever reads it turns that into a diagnostic. The value is in
 * {@link Decimals} normal form, so {@code Figure.of("12.50")} equals {@code Figure.of("12.5")} in
 * value; the raw text still differs and so do the figures.
 *
 * <pre>{@code
 * Figure weight = Figure.parse("５");               // value 5, raw "５"
 * Figure rate = Figure.parsePercent("99.86%");      // value 0.9986, raw "99.86%"
 * Figure score = Figure.of(new BigDecimal("9.99")); // raw "9.99"
 * }</pre>
 *
 * <p>A figure read from a formula cell keeps the formula beside the cached value it was read from
 * ({@code Figure.of("97.99").withFormula("=SUM(H9:H32)")}); formulas are never evaluated.
 *
 * <p>Equality compares the raw text, the value and the formula, not the place: the same figure read
 * from another layout is equal. Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.github.perfeval.core.json.internal.FigureDeserializer.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = io.github.perfeval.core.json.internal.FigureSerializer.class)
@JsonPropertyOrder({"raw", "value", "formula", "source"})
public final class Figure {

    private final String raw;
    private final BigDecimal value;
    private final Location source;
    private final String formula;

    private Figure(String raw, BigDecimal value, Location source) {
        this(raw, value, source, null);
    }

    private Figure(String raw, BigDecimal value, Location source, String formula) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.value = value == null ? null : Decimals.normalize(value);
        this.source = source;
        this.formula = formula == null || formula.isBlank() ? null : formula;
    }

    /**
     * A figure from a known number; its raw text is the number's plain string.
     *
     * @param value the number, not null
     * @return the figure
     */
    public static Figure of(BigDecimal value) {
        BigDecimal normal = Decimals.normalize(Objects.requireNonNull(value, "value"));
        return new Figure(normal.toPlainString(), normal, null);
    }

    /** A figure from an int, e.g. a weight: {@code Figure.of(5)}. */
    public static Figure of(int value) {
        return of(BigDecimal.valueOf(value));
    }

    /** A figure from decimal text such as {@code "9.99"}; the text must be a number. */
    public static Figure of(String decimal) {
        Figure f = parse(decimal);
        if (!f.isParsed()) {
            throw new IllegalArgumentException("Not a number: \"" + decimal + "\"");
        }
        return f;
    }

    /**
     * Everything a figure holds, as read from a file: the raw text, its value when it could be read,
     * its place.
     *
     * @param raw the text as written, not null
     * @param value the value read from it, or null when it could not be read
     * @param source where it was read, or null
     * @return the figure
     */
    public static Figure of(String raw, BigDecimal value, Location source) {
        if (raw == null) {
            if (value == null) {
                throw new IllegalArgumentException("A figure needs its raw text or its value");
            }
            return new Figure(Decimals.normalize(value).toPlainString(), value, source);
        }
        return new Figure(raw, value, source);
    }

    /**
     * Reads a figure leniently (full-width digits, thousands separators, spaces); a text that is not a
     * number gives an unparsed figure, never an exception.
     *
     * @param raw the text, not null
     * @return the figure
     */
    public static Figure parse(String raw) {
        return parse(raw, null);
    }

    /** As {@link #parse(String)}, remembering where the text was read. */
    public static Figure parse(String raw, Location source) {
        return new Figure(raw, Decimals.parse(raw).orElse(null), source);
    }

    /**
     * Reads a rate written as a percentage ({@code "99.86%"}, {@code "99.86％"}) or as a fraction
     * ({@code "0.9986"}); the value is the fraction.
     *
     * @param raw the text, not null
     * @param source where it was read, or null
     * @return the figure; unparsed when the text is neither
     */
    public static Figure parsePercent(String raw, Location source) {
        String t = raw.strip();
        if (t.endsWith("%") || t.endsWith("％")) {
            Optional<BigDecimal> pct = Decimals.parse(t.substring(0, t.length() - 1));
            return new Figure(raw, pct.map(p -> p.movePointLeft(2)).orElse(null), source);
        }
        return parse(raw, source);
    }

    /** As {@link #parsePercent(String, Location)} with no place. */
    public static Figure parsePercent(String raw) {
        return parsePercent(raw, null);
    }

    /** The text as written. */
    @JsonProperty("raw")
    public String getRaw() {
        return raw;
    }

    /** The number, in normal form, when the text could be read. */
    @JsonProperty("value")
    public Optional<BigDecimal> getValue() {
        return Optional.ofNullable(value);
    }

    /** Where the figure was read, when it came from a file. */
    @JsonProperty("source")
    public Optional<Location> getSource() {
        return Optional.ofNullable(source);
    }

    /** Whether the raw text was read as a number. */
    @JsonIgnore
    public boolean isParsed() {
        return value != null;
    }

    /**
     * The number, for callers that have checked {@link #isParsed()}.
     *
     * @return the value
     * @throws IllegalStateException naming the raw text when it was not a number
     */
    public BigDecimal decimal() {
        if (value == null) {
            throw new IllegalStateException("Figure \"" + raw + "\"" + (source == null ? "" : " at " + source)
                    + " is not a number");
        }
        return value;
    }

    /**
     * The formula the figure is the cached value of, as written with its leading {@code =}
     * ({@code =SUM(H9:H32)}); never evaluated.
     */
    @JsonProperty("formula")
    public Optional<String> getFormula() {
        return Optional.ofNullable(formula);
    }

    /** This figure with its place set. */
    public Figure withSource(Location newSource) {
        return new Figure(raw, value, newSource, formula);
    }

    /**
     * This figure as the cached value of a formula.
     *
     * @param newFormula the formula with its leading {@code =}, or null (or blank) for none
     * @return the figure
     */
    public Figure withFormula(String newFormula) {
        return new Figure(raw, value, source, newFormula);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Figure)) {
            return false;
        }
        Figure other = (Figure) o;
        return raw.equals(other.raw) && Objects.equals(value, other.value) && Objects.equals(formula, other.formula);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, value, formula);
    }

    @Override
    public String toString() {
        return value == null ? "\"" + raw + "\" (not a number)" : value.toPlainString();
    }
}
