package io.github.perfeval.scoring;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;

/** Numbers as messages show them: plain, no trailing zeros; never an exception for a message. */
final class Plain {

    private Plain() {
    }

    static String of(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        return Decimals.isWithinBounds(v) ? Decimals.normalize(v).toPlainString() : v.toString();
    }

    static String percent(BigDecimal fraction) {
        return of(fraction.movePointRight(2)) + "%";
    }
}
