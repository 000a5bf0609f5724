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
 * 财政供养人员情况: the authorised headcount (编制数), the staff actually employed (实际在职人数) and the
 * control rate the table declares (控制率 = 在职 / 编制).
 *
 * <pre>{@code
 * Staffing s = Staffing.builder().authorized(Figure.of(90)).actual(Figure.of(86))
 *         .declaredRate(Figure.parsePercent("95.56%")).build();
 * }</pre>
 *
 * <p>The declared rate is a fraction (95.56% → 0.9556). Equality ignores {@link #getSource()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"label", "authorizedHeading", "authorized", "actualHeading", "actual", "rateHeading", "declaredRate", "source"})
public abstract class Staffing {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Staffing}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableStaffing.Builder {
        Builder() {
        }
    }

    /** The section's label as written. */
    @Value.Default
    public String getLabel() {
        return "财政供养人员情况";
    }

    /** The heading of 编制数 as written. */
    public abstract Optional<Heading> getAuthorizedHeading();

    /** 编制数: the authorised headcount. */
    public abstract Optional<@NonNegative Figure> getAuthorized();

    /** The heading of the actual headcount as written ({@code 2023 年实际在职人数}), which often names the year. */
    public abstract Optional<Heading> getActualHeading();

    /** 实际在职人数: the staff actually employed. */
    public abstract Optional<@NonNegative Figure> getActual();

    /** The heading of 控制率 as written. */
    public abstract Optional<Heading> getRateHeading();

    /** 控制率 as the table declares it, a fraction (95.56% → 0.9556). */
    public abstract Optional<@NonNegative Figure> getDeclaredRate();

    /** Where the section's label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
