package io.github.perfeval.scoring;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;

/** Numbers as messages show them: plain, no trailing zeros. */
final class Plain {

    private Plain() {
    }

    static String of(BigDecimal v) {
        return v == null ? "-" : Decimals.normalize(v).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return of(fraction.movePointRight(2)) + "%";
    }
}
