package io.github.perfeval.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The one normal form perfeval gives every decimal it stores, and the lenient reading of decimals as
 * people write them on forms.
 *
 * <p>Normal form: trailing zeros stripped, scale never negative ({@code 12.50 → 12.5},
 * {@code 1E+2 → 100}), so that equal amounts are {@code equals} whatever the source wrote.
 * Magnitudes are bounded ({@link #MAX_INTEGER_DIGITS} integer digits, {@link #MAX_SCALE} decimals):
 * nothing on a budget form comes near, and the bound keeps a hostile {@code 1e1000000} from costing
 * memory or time.
 *
 * <pre>{@code
 * Decimals.parse("1,244.50").get();   // 1244.5
 * Decimals.parse("４７５４．７６").get(); // 4754.76 (full-width digits)
 * Decimals.ofExcel(97.98999999999999); // 97.99 (15 significant digits, as Excel shows it)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Decimals {

    /** The largest number of integer digits accepted (values below 10^18). */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** The largest number of decimal places accepted. */
    public static final int MAX_SCALE = 12;

    private static final MathContext EXCEL = new MathContext(15);

    private Decimals() {
    }

    /**
     * The normal form of a decimal.
     *
     * @param value a decimal, not null
     * @return the same number with trailing zeros stripped and a scale of at least 0
     * @throws ArithmeticException if the value is outside the accepted magnitude
     */
    public static BigDecimal normalize(BigDecimal value) {
        if (!isWithinBounds(value)) {
            throw new ArithmeticException("Decimal out of the accepted range: " + abbreviate(value));
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Whether a decimal is inside the magnitude perfeval accepts; checked without expanding it.
     *
     * @param value a decimal
     * @return true when it has at most {@link #MAX_INTEGER_DIGITS} integer digits and, once trailing
     *     zeros are removed, at most {@link #MAX_SCALE} decimals
     */
    public static boolean isWithinBounds(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return false;
        }
        if (value.scale() <= MAX_SCALE) {
            return true;
        }
        // a long scale may be only trailing zeros (1.000000000000000000); strip only when it is short
        if (value.precision() > 64) {
            return false;
        }
        return value.stripTrailingZeros().scale() <= MAX_SCALE;
    }

    /**
     * Reads a decimal as people write it: ASCII or full-width digits, an optional sign, thousands
     * separators ({@code 1,244}), spaces (also U+3000) around it.
     *
     * @param text the text, may be null
     * @return the normalised decimal, or empty when the whole text is not one number in range
     */
    public static Optional<BigDecimal> parse(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        int len = text.length();
        if (len > 64) {
            String trimmed = text.toString().strip();
            if (trimmed.length() > 64) {
                return Optional.empty();
            }
            text = trimmed;
            len = trimmed.length();
        }
        StringBuilder sb = new StringBuilder(len);
        boolean digit = false;
        boolean point = false;
        boolean started = false;
        boolean ended = false;
        for (int i = 0; i < len; i++) {
            char c = halfWidth(text.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (started) {
                    ended = true;
                }
                continue;
            }
            if (ended) {
                return Optional.empty();
            }
            if (c >= '0' && c <= '9') {
                sb.append(c);
                digit = true;
                started = true;
            } else if (c == '.' && !point) {
                sb.append(c);
                point = true;
                started = true;
            } else if (c == ',' && digit && !point) {
                started = true; // thousands separator
            } else if ((c == '-' || c == '+') && !started) {
                sb.append(c);
                started = true;
            } else {
                return Optional.empty();
            }
        }
        if (!digit) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(sb.toString());
        return isWithinBounds(value) ? Optional.of(normalize(value)) : Optional.empty();
    }

    /**
     * The decimal an Excel numeric cell shows: the double rounded to 15 significant digits, as Excel
     * itself displays it, then normalised ({@code 97.98999999999999 → 97.99}).
     *
     * @param cellValue the cell's double
     * @return the normalised decimal, or empty for NaN, infinities and values out of range
     */
    public static Optional<BigDecimal> ofExcel(double cellValue) {
        if (Double.isNaN(cellValue) || Double.isInfinite(cellValue)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cellValue, EXCEL);
        return isWithinBounds(value) ? Optional.of(normalize(value)) : Optional.empty();
    }

    /**
     * Maps a full-width ASCII variant (U+FF01..U+FF5E) and U+3000 to its half-width character.
     *
     * @param c a character
     * @return its half-width form, or {@code c} itself
     */
    public static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    private static String abbreviate(BigDecimal value) {
        return "precision " + value.precision() + ", scale " + value.scale();
    }
}
