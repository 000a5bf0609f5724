package io.github.perfeval.scoring;

import java.math.BigDecimal;

/** Numbers as messages show them: plain, no trailing zeros. */
final class Plain {

    private Plain() {
    }

    static String of(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return of(fraction.movePointRight(2)) + "%";
    }
}
