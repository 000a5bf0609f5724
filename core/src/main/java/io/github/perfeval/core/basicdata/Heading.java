package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.source.Location;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A column heading of the table as written ({@code 2023 年实际在职人数}, {@code 批复规模 (m²)}) and where
 * it is: the label keeps what the table says (a year, a unit), the place locates the cell below it
 * even when that cell is blank.
 *
 * <pre>{@code
 * Heading h = Heading.of("编制数");
 * }</pre>
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"label", "source"})
public abstract class Heading {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Heading}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableHeading.Builder {
        Builder() {
        }
    }

    /** A heading as written, with no place. */
    public static Heading of(String label) {
        return builder().label(label).build();
    }

    /** A heading as written, where it was read. */
    public static Heading of(String label, Location source) {
        return builder().label(label).source(Optional.ofNullable(source)).build();
    }

    /** The label as written. */
    public abstract String getLabel();

    /** Where the label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
