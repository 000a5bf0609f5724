package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.source.Location;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * 厉行节约保障措施: what the department did to save, as free text kept exactly as written.
 *
 * <pre>{@code
 * SavingMeasures m = SavingMeasures.builder().text("增强节约意识，……努力建设节约型政府。").build();
 * }</pre>
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"label", "text", "source"})
public abstract class SavingMeasures {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SavingMeasures}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableSavingMeasures.Builder {
        Builder() {
        }
    }

    /** The label as written. */
    @Value.Default
    public String getLabel() {
        return "厉行节约保障措施";
    }

    /** The text as written; empty when the table leaves it blank. */
    @Value.Default
    public String getText() {
        return "";
    }

    /** Where the text is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
