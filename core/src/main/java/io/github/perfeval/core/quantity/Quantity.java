package io.github.perfeval.core.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit: {@code 4次}, {@code 99%}, {@code 0.0211人/亿元}, {@code 14万元}.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(new BigDecimal("14"), Unit.parse("万元"));
 * q.in(Unit.parse("元"));   // Optional[140000]
 * }</pre>
 *
 * <p>The value is in {@link Decimals} normal form. Immutable and thread-safe.
 */
@JsonPropertyOrder({"value", "unit"})
public final class Quantity {

    private final BigDecimal value;
    private final Unit unit;

    private Quantity(BigDecimal value, Unit unit) {
        this.value = Decimals.normalize(Objects.requireNonNull(value, "value"));
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * A quantity.
     *
     * @param value the number
     * @param unit the unit, {@link Unit#NONE} for a bare number
     * @return the quantity
     */
    @JsonCreator
    public static Quantity of(@JsonProperty("value") BigDecimal value, @JsonProperty("unit") Unit unit) {
        return new Quantity(value, unit == null ? Unit.NONE : unit);
    }

    /** A quantity from decimal text and unit text: {@code Quantity.of("4", "次")}. */
    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), Unit.parse(unit));
    }

    @JsonProperty("value")
    public BigDecimal value() {
        return value;
    }

    @JsonProperty("unit")
    public Unit unit() {
        return unit;
    }

    /** This quantity's value in another unit, when the units are compatible. */
    public Optional<BigDecimal> in(Unit target) {
        return unit.convert(value, target);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Quantity)) {
            return false;
        }
        Quantity other = (Quantity) o;
        return value.equals(other.value) && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.symbol();
    }
}
