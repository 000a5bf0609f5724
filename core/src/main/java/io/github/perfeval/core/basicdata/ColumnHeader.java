package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.source.Location;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A column of the spending control as the table labels it: which column it is, the label as written
 * ({@code 2022 决算数}) and the year read from the label.
 *
 * <pre>{@code
 * ColumnHeader prior = ColumnHeader.builder().column(SpendingColumn.PRIOR_ACTUAL).label("2022 决算数").year(2022).build();
 * }</pre>
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"column", "label", "year", "source"})
public abstract class ColumnHeader {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ColumnHeader}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableColumnHeader.Builder {
        Builder() {
        }
    }

    /** Which column. */
    public abstract SpendingColumn getColumn();

    /** The label as written; the template's label when the column was not read from a table. */
    @Value.Default
    public String getLabel() {
        return getYear().map(getColumn()::labelFor).orElse(getColumn().label());
    }

    /** The year the label names ({@code 2022 决算数} → 2022); empty for {@code 上年决算数} with no year given. */
    public abstract Optional<@Min(value = 1990, message = "{io.github.perfeval.year.message}")
            @Max(value = 2100, message = "{io.github.perfeval.year.message}") Integer> getYear();

    /** Where the label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
