package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.NonNegative;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * One row of the spending control: what it is, its label as written, and its three figures in the
 * table's money unit.
 *
 * <pre>{@code
 * SpendingLine reception = SpendingLine.builder().item(SpendingItem.OFFICIAL_RECEPTION).label("3、公务接待")
 *         .priorActual(Figure.of("4.27")).budget(Figure.of("14.5")).actual(Figure.of("7.15")).build();
 * reception.figure(SpendingColumn.ACTUAL);   // Optional[7.15]
 * }</pre>
 *
 * <p>A blank cell is an absent figure; a cell that is not a number is a figure without a value (its raw
 * text kept). Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"item", "label", "priorActual", "budget", "actual", "source"})
public abstract class SpendingLine {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpendingLine}; {@code from(line)} starts from an existing one. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableSpendingLine.Builder {
        Builder() {
        }
    }

    /** What the row is. */
    public abstract SpendingItem getItem();

    /** The label as written ({@code 1、公务用车购置和维护经费}, a special line's name); the template's label by default. */
    @Value.Default
    public String getLabel() {
        return getItem().label();
    }

    /** 上年决算数. */
    public abstract Optional<@NonNegative Figure> getPriorActual();

    /** 本年预算数. */
    public abstract Optional<@NonNegative Figure> getBudget();

    /** 本年决算数. */
    public abstract Optional<@NonNegative Figure> getActual();

    /** Where the row's label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /**
     * The figure of one column.
     *
     * @param column the column
     * @return its figure, empty when the cell was blank
     */
    public Optional<Figure> figure(SpendingColumn column) {
        switch (column) {
            case PRIOR_ACTUAL:
                return getPriorActual();
            case BUDGET:
                return getBudget();
            default:
                return getActual();
        }
    }

    /** The row's name without numbering and notes ({@code 1、公务用车购置和维护经费} → {@code 公务用车购置和维护经费}). */
    public String name() {
        String core = SpendingItem.core(getLabel());
        return core.isEmpty() ? getLabel().strip() : core;
    }
}
