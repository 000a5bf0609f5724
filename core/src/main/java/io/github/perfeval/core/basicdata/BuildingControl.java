package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.NonNegative;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * 楼堂馆所控制情况: the office buildings completed in the year, their approved and actual floor area
 * (批复规模, 实际规模, 规模控制率) and their budgeted and actual investment (预算投资, 实际投资,
 * 投资概算控制率).
 *
 * <pre>{@code
 * BuildingControl b = BuildingControl.builder().approvedScale(Figure.of(1200)).actualScale(Figure.of(1180))
 *         .declaredScaleRate(Figure.parsePercent("98.33%")).build();
 * }</pre>
 *
 * <p>Declared rates are fractions. A template placeholder such as {@code %} is kept as a figure without
 * a value. Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"label", "scaleUnit", "investmentUnit", "approvedScaleHeading", "approvedScale", "actualScaleHeading",
        "actualScale", "scaleRateHeading", "declaredScaleRate", "budgetInvestmentHeading", "budgetInvestment",
        "actualInvestmentHeading", "actualInvestment", "investmentRateHeading", "declaredInvestmentRate", "source"})
public abstract class BuildingControl {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BuildingControl}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableBuildingControl.Builder {
        Builder() {
        }
    }

    /** The section's label as written ({@code 楼堂馆所控制情况 (2023年完工项目)}). */
    @Value.Default
    public String getLabel() {
        return "楼堂馆所控制情况";
    }

    /** The unit of floor area as the labels write it ({@code m²}), if they name one. */
    public abstract Optional<String> getScaleUnit();

    /** The unit of the investments; 万元 unless the labels say otherwise. */
    @Value.Default
    public MoneyUnit getInvestmentUnit() {
        return MoneyUnit.WAN_YUAN;
    }

    /** 批复规模: the approved floor area. */
    public abstract Optional<@NonNegative Figure> getApprovedScale();

    /** The heading of this column as written ({@code 批复规模 (m²)}). */
    public abstract Optional<Heading> getApprovedScaleHeading();

    /** 实际规模: the floor area built. */
    public abstract Optional<@NonNegative Figure> getActualScale();

    /** The heading of this column as written ({@code 实际规模}). */
    public abstract Optional<Heading> getActualScaleHeading();

    /** 规模控制率 as declared, a fraction. */
    public abstract Optional<@NonNegative Figure> getDeclaredScaleRate();

    /** The heading of this column as written ({@code 规模控制率}). */
    public abstract Optional<Heading> getScaleRateHeading();

    /** 预算投资: the budgeted investment. */
    public abstract Optional<@NonNegative Figure> getBudgetInvestment();

    /** The heading of this column as written ({@code 预算投资 (万元)}). */
    public abstract Optional<Heading> getBudgetInvestmentHeading();

    /** 实际投资: the actual investment. */
    public abstract Optional<@NonNegative Figure> getActualInvestment();

    /** The heading of this column as written ({@code 实际投资}). */
    public abstract Optional<Heading> getActualInvestmentHeading();

    /** 投资概算控制率 as declared, a fraction. */
    public abstract Optional<@NonNegative Figure> getDeclaredInvestmentRate();

    /** The heading of this column as written ({@code 投资概算控制率}). */
    public abstract Optional<Heading> getInvestmentRateHeading();

    /** Where the section's label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
