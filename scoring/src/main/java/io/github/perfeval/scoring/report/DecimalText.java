package io.github.perfeval.scoring.report;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;

/** A decimal as the report's JSON writes it: plain notation, in perfeval's normal form, or null. */
final class DecimalText {

    private DecimalText() {
    }

    static String of(BigDecimal value) {
        return value == null ? null : Decimals.normalize(value).toPlainString();
    }

    /** The normal form ({@code 5.00 → 5}), so that reports compare equal whatever scale a result had; null stays null. */
    static BigDecimal normal(BigDecimal value) {
        return value == null ? null : Decimals.normalize(value);
    }
}
