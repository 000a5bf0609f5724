package io.github.perfeval.core.report;

import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money a report's text states, as written ({@code 54万元}, {@code 40.5 万元},
 * {@code 1,234,567.89元}, {@code 3亿元}) with the money it means and where in the text it stands. Only a
 * number followed by a money unit is an amount: {@code 7999人} and {@code 2021年} are not.
 *
 * <pre>{@code
 * List<StatedAmount> found = StatedAmount.findIn("非税收入（特种作业考核费）54万元，已全部拨付考试中心");
 * found.get(0).getRaw();     // 54万元
 * found.get(0).getMoney();   // 54万元 (540000元)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedAmount {

    private static final Pattern AMOUNT = Pattern.compile(
            "([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)\\s*(亿元|百万元|万元|千元|元)");

    private final String raw;
    private final Money money;
    private final int start;

    private StatedAmount(String raw, Money money, int start) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.money = Objects.requireNonNull(money, "money");
        this.start = start;
    }

    /**
     * Every amount a text states, in the order written.
     *
     * @param text a text, may be null
     * @return the amounts; empty when there is none
     */
    public static List<StatedAmount> findIn(String text) {
        List<StatedAmount> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && isPartOfNumber(text.charAt(m.start() - 1))) {
                continue;
            }
            Optional<BigDecimal> value = Decimals.parse(m.group(1));
            if (value.isPresent()) {
                found.add(new StatedAmount(m.group(), Money.of(value.get(), unit(m.group(2))), m.start()));
            }
        }
        return found;
    }

    /**
     * The amount a budget text states ({@code 54万元}; a bare number such as {@code 54} is in 万元, the
     * template's unit).
     *
     * @param text the text of 年度预算金额
     * @return the first amount it states, empty when it states none
     */
    public static Optional<StatedAmount> budgetIn(String text) {
        List<StatedAmount> all = findIn(text);
        if (!all.isEmpty()) {
            return Optional.of(all.get(0));
        }
        String t = text == null ? "" : text.strip();
        return Decimals.parse(t).map(v -> new StatedAmount(t, Money.of(v, MoneyUnit.WAN_YUAN), 0));
    }

    private static boolean isPartOfNumber(char c) {
        return Character.isDigit(c) || c == '.' || c == '．' || (c >= '０' && c <= '９');
    }

    private static MoneyUnit unit(String label) {
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.label().equals(label)) {
                return u;
            }
        }
        return MoneyUnit.YUAN;
    }

    /** The amount as written, number and unit. */
    public String getRaw() {
        return raw;
    }

    /** The money it means. */
    public Money getMoney() {
        return money;
    }

    /** Where in the text it begins (a character index). */
    public int getStart() {
        return start;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatedAmount && raw.equals(((StatedAmount) o).raw) && money.equals(((StatedAmount) o).money)
                && start == ((StatedAmount) o).start;
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, money, start);
    }

    @Override
    public String toString() {
        return raw;
    }
}
