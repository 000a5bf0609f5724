package io.github.perfeval.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in a {@link MoneyUnit}; conversions are exact (a shift of the decimal point).
 *
 * <pre>{@code
 * Money m = Money.of(new BigDecimal("4759.76"), MoneyUnit.WAN_YUAN);
 * m.to(MoneyUnit.YUAN).amount();   // 47597600
 * }</pre>
 *
 * <p>Immutable and thread-safe; amounts in {@link Decimals} normal form.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final MoneyUnit unit;

    private Money(BigDecimal amount, MoneyUnit unit) {
        this.amount = Decimals.normalize(Objects.requireNonNull(amount, "amount"));
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** An amount in a unit. */
    public static Money of(BigDecimal amount, MoneyUnit unit) {
        return new Money(amount, unit);
    }

    /** The amount, in {@link #unit()}. */
    public BigDecimal amount() {
        return amount;
    }

    /** The unit. */
    public MoneyUnit unit() {
        return unit;
    }

    /** The same money in another unit, exactly. */
    public Money to(MoneyUnit target) {
        return new Money(amount.movePointRight(unit.powerOfTen() - target.powerOfTen()), target);
    }

    /** Compares amounts whatever their units. */
    @Override
    public int compareTo(Money other) {
        return to(MoneyUnit.YUAN).amount.compareTo(other.to(MoneyUnit.YUAN).amount);
    }

    /** Equal when the amounts are equal in yuan: 1万元 equals 10000元. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money && compareTo((Money) o) == 0;
    }

    @Override
    public int hashCode() {
        return to(MoneyUnit.YUAN).amount.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + unit.label();
    }
}
