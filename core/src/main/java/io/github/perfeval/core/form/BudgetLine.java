package io.github.perfeval.core.form;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.NonNegative;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * One row of a budget block: its kind, its label as written, and the amounts in the block's unit.
 *
 * <pre>{@code
 * BudgetLine total = BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
 *         .initial(Figure.of("1908.59")).adjusted(Figure.of("4759.76")).executed(Figure.of("4753.18"))
 *         .build();
 * }</pre>
 *
 * <p>Department forms often write one amount inside the label ({@code 其中：一般公共预算：4754.76}); it
 * is kept as {@link #getLabelAmount()}, since the form does not say which column it belongs to.
 * Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(as = ImmutableBudgetLine.class)
public abstract class BudgetLine {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetLine}; {@code from(budgetline)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableBudgetLine.Builder {
        Builder() {
        }
    }

    /** What the row is. */
    public abstract BudgetLineKind getKind();

    /** The label as written. */
    @Value.Default
    public String getLabel() {
        return getKind().label();
    }

    /** 年初预算数. */
    public abstract Optional<@NonNegative Figure> getInitial();

    /** 全年预算数 / 调整后预算数. */
    public abstract Optional<@NonNegative Figure> getAdjusted();

    /** 全年执行数. */
    public abstract Optional<@NonNegative Figure> getExecuted();

    /** The execution rate the form declares (执行率), as a fraction (99.86% → 0.9986). */
    public abstract Optional<@NonNegative Figure> getDeclaredRate();

    /** An amount written inside the label ({@code 其他资金：5}). */
    public abstract Optional<@NonNegative Figure> getLabelAmount();

    /**
     * The row's values in columns the model has no attribute for on this row, each labelled with its
     * column's header as written: a 原因 column, or {@code /} (not applicable) in a sub-row's 权重 and 得分.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public abstract List<LabelledText> getExtras();

    /** Where the row is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
