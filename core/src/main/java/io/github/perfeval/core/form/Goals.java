package io.github.perfeval.core.form;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.source.Location;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * The annual overall goals (年度总体目标): what was expected (预期目标) and what was achieved
 * (实际完成情况), as free text kept exactly as written.
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableGoals.class)
@JsonDeserialize(as = ImmutableGoals.class)
public abstract class Goals {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Goals}; {@code from(goals)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableGoals.Builder {
        Builder() {
        }
    }

    /** 预期目标. */
    @Value.Default
    public String getExpected() {
        return "";
    }

    /** 实际完成情况. */
    @Value.Default
    public String getAchieved() {
        return "";
    }

    /** Where the goals are, when they came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
