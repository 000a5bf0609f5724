package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The table's spending control (经费控制情况): its columns as labelled, its money unit, and its rows in the
 * table's order (三公经费 and its parts, 项目支出 with its special lines, 公用经费 and its 其中 rows,
 * 政府采购金额, …; see {@link SpendingItem} for the tree).
 *
 * <pre>{@code
 * SpendingControl s = table.getSpending().orElseThrow();
 * s.line(SpendingItem.THREE_PUBLIC).flatMap(SpendingLine::getActual);   // Optional[67.32]
 * s.lines(SpendingItem.SPECIAL_LINE).size();                           // 6 special lines
 * s.parts(SpendingItem.THREE_PUBLIC);                                  // 公务用车…, 出国经费, 公务接待
 * s.year(SpendingColumn.PRIOR_ACTUAL);                                 // Optional[2022]
 * }</pre>
 *
 * <p>Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"label", "unit", "columns", "lines", "source"})
public abstract class SpendingControl {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpendingControl}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableSpendingControl.Builder {
        Builder() {
        }
    }

    /** The section's label as written ({@code 经费控制情况(万元)}). */
    @Value.Default
    public String getLabel() {
        return "经费控制情况(" + getUnit().label() + ")";
    }

    /** The unit of every amount in the section; 万元 unless the label says otherwise. */
    @Value.Default
    public MoneyUnit getUnit() {
        return MoneyUnit.WAN_YUAN;
    }

    /** The columns as labelled, in the table's order. */
    public abstract List<ColumnHeader> getColumns();

    /** The rows, in the table's order. */
    public abstract List<@Valid SpendingLine> getLines();

    /** Where the section's label is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /** Each column at most once. */
    @Value.Check
    protected void check() {
        long distinct = getColumns().stream().map(ColumnHeader::getColumn).distinct().count();
        if (distinct != getColumns().size()) {
            throw new IllegalArgumentException("a spending column is given twice: " + getColumns());
        }
    }

    /**
     * The first row of an item.
     *
     * @param item the item, e.g. {@link SpendingItem#THREE_PUBLIC}
     * @return the row, empty when the table has none
     */
    public Optional<SpendingLine> line(SpendingItem item) {
        return getLines().stream().filter(l -> l.getItem() == item).findFirst();
    }

    /** Every row of an item, in order (the special lines, the 其中 rows of 公用经费, unknown rows). */
    public List<SpendingLine> lines(SpendingItem item) {
        return getLines().stream().filter(l -> l.getItem() == item).collect(Collectors.toUnmodifiableList());
    }

    /** The rows that are parts of an item (those whose item's parent it is), in order. */
    public List<SpendingLine> parts(SpendingItem item) {
        return getLines().stream().filter(l -> l.getItem().parent().orElse(null) == item)
                .collect(Collectors.toUnmodifiableList());
    }

    /** How a column is labelled, if the table has it. */
    public Optional<ColumnHeader> column(SpendingColumn column) {
        return getColumns().stream().filter(c -> c.getColumn() == column).findFirst();
    }

    /** The year a column's label names. */
    public Optional<Integer> year(SpendingColumn column) {
        return column(column).flatMap(ColumnHeader::getYear);
    }
}
