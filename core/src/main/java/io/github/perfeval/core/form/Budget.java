package io.github.perfeval.core.form;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.NonNegative;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * The budget block (项目资金 / 年度预算申请): its money unit, its rows, and the weight and score the
 * form gives budget execution.
 *
 * <pre>{@code
 * Budget b = Budget.builder().unit(MoneyUnit.WAN_YUAN).addLines(total).weight(Figure.of(10)).build();
 * b.total().flatMap(BudgetLine::getAdjusted);   // the 全年预算数 figure
 * b.money(Figure.of("4759.76"));                    // 4759.76万元
 * }</pre>
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableBudget.class)
@JsonDeserialize(as = ImmutableBudget.class)
public abstract class Budget {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Budget}; {@code from(budget)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableBudget.Builder {
        Builder() {
        }
    }

    /** The unit of every amount in the block; 万元 unless the form says otherwise. */
    @Value.Default
    public MoneyUnit getUnit() {
        return MoneyUnit.WAN_YUAN;
    }

    /** The rows, in the form's order. */
    public abstract List<@Valid BudgetLine> getLines();

    /** The weight (分值) of budget execution, usually 10. */
    public abstract Optional<@NonNegative Figure> getWeight();

    /** The execution score the form declares (得分). */
    public abstract Optional<@NonNegative Figure> getDeclaredScore();

    /** Where the block is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /** The total row (年度资金总额), if the block has one. */
    public Optional<BudgetLine> total() {
        return getLines().stream().filter(l -> l.getKind() == BudgetLineKind.TOTAL).findFirst();
    }

    /** A figure of this block as money in its unit; empty when the figure is not a number. */
    public Optional<Money> money(Figure figure) {
        return figure.getValue().map(v -> Money.of(v, getUnit()));
    }
}
