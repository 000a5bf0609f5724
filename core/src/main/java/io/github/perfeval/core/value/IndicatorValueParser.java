package io.github.perfeval.core.value;

import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.Unit;
import io.github.perfeval.core.source.Location;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The reader behind {@link IndicatorValue#parse(String)}: a single left-to-right scan with no
 * backtracking regular expression, so its time is linear in the text and it never throws.
 */
final class IndicatorValueParser {

    /** Longer texts are not values; they are reported as {@link ParseIssue#TOO_LONG}. */
    static final int MAX_LENGTH = 4000;
    private static final int MAX_UNIT_LENGTH = 12;
    private static final int MAX_CANDIDATES = 20;

    private static final String[][] WORD_OPERATORS = {
        {"大于等于", "≥"}, {"大于或等于", "≥"}, {"不低于", "≥"}, {"不少于", "≥"}, {"不小于", "≥"}, {"至少", "≥"},
        {"小于等于", "≤"}, {"小于或等于", "≤"}, {"不超过", "≤"}, {"不高于", "≤"}, {"不多于", "≤"}, {"不大于", "≤"},
        {"至多", "≤"}, {"最多", "≤"}, {"控制在", "≤"},
        {"大于", ">"}, {"高于", ">"}, {"多于", ">"}, {"超过", ">"},
        {"小于", "<"}, {"低于", "<"}, {"少于", "<"},
        {"等于", "="}, {"达到", "≥"},
    };

    private static final String[][] SUFFIX_OPERATORS = {
        {"及以上", "≥"}, {"以上", "≥"}, {"及以下", "≤"}, {"以下", "≤"}, {"以内", "≤"}, {"之内", "≤"}, {"内", "≤"},
    };

    private IndicatorValueParser() {
    }

    static IndicatorValue parse(String raw, Location source) {
        try {
            IndicatorValue.Builder b = read(raw);
            b.source = source;
            return b.build();
        } catch (RuntimeException unexpected) {
            // the scan is written not to throw; this keeps the promise if it ever does
            IndicatorValue.Builder b = new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.UNRECOGNISED);
            b.source = source;
            return b.build();
        }
    }

    private static IndicatorValue.Builder read(String raw) {
        if (raw.length() > MAX_LENGTH) {
            return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.TOO_LONG);
        }
        boolean[] control = new boolean[1];
        String s = normalize(raw, control);
        IndicatorValue.Builder b = readNormalized(raw, s);
        if (control[0]) {
            b.issue(ParseIssue.CONTROL_CHARACTERS);
        }
        return b;
    }

    private static IndicatorValue.Builder readNormalized(String raw, String s) {
        if (s.isEmpty() || isPlaceholder(s)) {
            return new IndicatorValue.Builder(raw, ValueKind.EMPTY);
        }
        Optional<QualitativeTerm> term = QualitativeTerm.lookup(s);
        if (term.isPresent()) {
            IndicatorValue.Builder b = new IndicatorValue.Builder(raw, ValueKind.QUALITATIVE);
            b.term = term.get();
            return b;
        }
        if (!hasDigit(s)) {
            if (hasLetter(s)) {
                return new IndicatorValue.Builder(raw, ValueKind.QUALITATIVE);
            }
            if (hasOperator(s)) {
                return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.NO_VALUE_AFTER_OPERATOR);
            }
            return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.UNRECOGNISED);
        }
        IndicatorValue.Builder arithmetic = readArithmetic(raw, s);
        if (arithmetic != null) {
            return arithmetic;
        }
        Operator op = findOperator(s);
        if (op != null) {
            String measure = s.substring(0, op.start);
            if (hasDigit(measure)) {
                return text(raw, s);
            }
            Comparison c = op.comparison;
            String rest = s.substring(op.end);
            IndicatorValue.Builder b = readNumberAndUnit(raw, rest, true);
            if (b == null) {
                return text(raw, s);
            }
            if (b.kind == ValueKind.QUANTITY) {
                if (b.comparison != null && b.comparison != c) {
                    return text(raw, s); // "≥ 5 以下": contradictory
                }
                b.comparison = c;
                if (op.worded) {
                    b.issue(ParseIssue.WORDED_OPERATOR);
                }
            }
            if (!measure.isEmpty()) {
                b.measure = measure;
            }
            return b;
        }
        if (startsNumber(s, 0)) {
            IndicatorValue.Builder b = readNumberAndUnit(raw, s, false);
            return b == null ? text(raw, s) : b;
        }
        // a short name then a number: 合格率80%
        int firstDigit = firstNumberStart(s);
        String prefix = s.substring(0, firstDigit);
        if (prefix.length() <= 10 && !hasPunctuation(prefix)) {
            IndicatorValue.Builder b = readNumberAndUnit(raw, s.substring(firstDigit), false);
            if (b != null && b.kind == ValueKind.QUANTITY && !b.issues.contains(ParseIssue.UNKNOWN_UNIT)) {
                b.measure = prefix;
                return b;
            }
        }
        return text(raw, s);
    }

    /**
     * Reads {@code number unit}, {@code number-number unit} or {@code number unit suffix}; null when the
     * text is not of that shape.
     */
    private static IndicatorValue.Builder readNumberAndUnit(String raw, String s, boolean afterOperator) {
        int end = scanNumber(s, 0);
        if (end < 0) {
            if (s.isEmpty()) {
                return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.NO_VALUE_AFTER_OPERATOR);
            }
            return null;
        }
        Optional<BigDecimal> number = Decimals.parse(s.substring(0, end));
        if (number.isEmpty()) {
            return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.NUMBER_OUT_OF_RANGE);
        }
        String tail = s.substring(end);
        // range: 1-12月, 2021-2023年, 1月-12月, 1~12
        int rangeAt = rangeSeparator(tail);
        if (rangeAt >= 0 && !afterOperator) {
            String lowerUnit = tail.substring(0, rangeAt);
            String afterSep = tail.substring(rangeAt + 1);
            int end2 = scanNumber(afterSep, 0);
            if (end2 > 0 && afterSep.charAt(0) != '-' && afterSep.charAt(0) != '+') {
                Optional<BigDecimal> upperNumber = Decimals.parse(afterSep.substring(0, end2));
                String upperUnitText = afterSep.substring(end2);
                if (upperNumber.isEmpty()) {
                    return new IndicatorValue.Builder(raw, ValueKind.UNPARSED).issue(ParseIssue.NUMBER_OUT_OF_RANGE);
                }
                if (!isUnitText(upperUnitText) || !isUnitText(lowerUnit)) {
                    return null;
                }
                IndicatorValue.Builder b = new IndicatorValue.Builder(raw, ValueKind.RANGE);
                Unit upperUnit = resolveUnit(upperUnitText, b);
                Unit lower = lowerUnit.isEmpty() ? upperUnit : resolveUnit(lowerUnit, b);
                b.quantity = Quantity.of(number.get(), lower);
                b.upper = Quantity.of(upperNumber.get(), upperUnit);
                return b;
            }
        }
        IndicatorValue.Builder b = new IndicatorValue.Builder(raw, ValueKind.QUANTITY);
        for (String[] suffix : SUFFIX_OPERATORS) {
            if (tail.endsWith(suffix[0])) {
                String unitPart = tail.substring(0, tail.length() - suffix[0].length());
                if (suffix[0].equals("内") && !Unit.isStandard(unitPart)) {
                    continue; // 内 alone only after a plain unit: 3天内
                }
                b.comparison = Comparison.fromSymbol(suffix[1]).orElseThrow();
                b.issue(ParseIssue.WORDED_OPERATOR);
                tail = unitPart;
                break;
            }
        }
        if (!isUnitText(tail)) {
            return null;
        }
        b.quantity = Quantity.of(number.get(), resolveUnit(tail, b));
        return b;
    }

    /** {@code 5*4=20万元}: the result after the last '=', checked when the expression is plain. */
    private static IndicatorValue.Builder readArithmetic(String raw, String s) {
        int eq = s.lastIndexOf('=');
        if (eq <= 0) {
            return null;
        }
        String expr = s.substring(0, eq);
        boolean hasArithmeticOperator = false;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '*' || c == 'x' || c == 'X' || c == '+' || c == '/' || (c == '-' && i > 0)) {
                hasArithmeticOperator = true;
            } else if (!(c >= '0' && c <= '9') && c != '.' && c != '(' && c != ')' && c != '-' && !isHan(c) && c != '%') {
                return null;
            }
        }
        if (!hasArithmeticOperator || !hasDigit(expr)) {
            return null;
        }
        IndicatorValue.Builder b = readNumberAndUnit(raw, s.substring(eq + 1), true);
        if (b == null || b.kind != ValueKind.QUANTITY) {
            return null;
        }
        b.issue(ParseIssue.ARITHMETIC_RESULT);
        BigDecimal computed = evaluate(expr);
        if (computed != null && b.quantity != null && computed.compareTo(b.quantity.value()) != 0) {
            b.issue(ParseIssue.ARITHMETIC_WRONG);
        }
        return b;
    }

    /** Evaluates numbers joined by + - * x /, with the usual precedence; units between are ignored. */
    private static BigDecimal evaluate(String expr) {
        StringBuilder plain = new StringBuilder(expr.length());
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (!isHan(c) && c != '(' && c != ')' && c != '%') {
                plain.append(c == 'x' || c == 'X' ? '*' : c);
            }
        }
        String e = plain.toString();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = null;
        char termOp = '*';
        int sign = 1;
        int i = 0;
        while (i < e.length()) {
            int end = scanNumber(e, i);
            if (end < 0) {
                return null;
            }
            Optional<BigDecimal> n = Decimals.parse(e.substring(i, end));
            if (n.isEmpty()) {
                return null;
            }
            if (term == null) {
                term = n.get();
            } else if (termOp == '*') {
                term = term.multiply(n.get());
            } else {
                if (n.get().signum() == 0) {
                    return null;
                }
                term = term.divide(n.get(), MathContext.DECIMAL64);
            }
            i = end;
            if (i >= e.length()) {
                break;
            }
            char op = e.charAt(i++);
            if (op == '*' || op == '/') {
                termOp = op;
            } else if (op == '+' || op == '-') {
                sum = sum.add(sign > 0 ? term : term.negate());
                term = null;
                termOp = '*';
                sign = op == '+' ? 1 : -1;
            } else {
                return null;
            }
        }
        if (term == null) {
            return null;
        }
        return sum.add(sign > 0 ? term : term.negate());
    }

    private static IndicatorValue.Builder text(String raw, String s) {
        IndicatorValue.Builder b = new IndicatorValue.Builder(raw, ValueKind.TEXT);
        int i = 0;
        while (i < s.length() && b.candidates.size() < MAX_CANDIDATES) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                int end = scanNumber(s, i);
                if (end < 0) {
                    end = i + 1;
                    while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                        end++;
                    }
                    i = end;
                    continue;
                }
                Optional<BigDecimal> n = Decimals.parse(s.substring(i, end));
                int unitEnd = end;
                for (int len = Math.min(5, s.length() - end); len >= 1; len--) {
                    if (Unit.isStandard(s.substring(end, end + len))) {
                        unitEnd = end + len;
                        break;
                    }
                }
                if (n.isPresent()) {
                    b.candidates.add(Quantity.of(n.get(), Unit.parse(s.substring(end, unitEnd))));
                }
                i = unitEnd;
            } else {
                i++;
            }
        }
        b.issue(ParseIssue.NUMBERS_IN_PROSE);
        return b;
    }

    private static Unit resolveUnit(String text, IndicatorValue.Builder b) {
        if (text.isEmpty()) {
            return Unit.NONE;
        }
        if (Unit.isStandard(text)) {
            return Unit.parse(text);
        }
        String collapsed = collapseRepeats(text);
        if (!collapsed.equals(text) && Unit.isKnown(collapsed)) {
            b.issue(ParseIssue.UNIT_TYPO);
            return Unit.parse(collapsed);
        }
        if (Unit.isKnown(text)) {
            return Unit.parse(text);
        }
        b.issue(ParseIssue.UNKNOWN_UNIT);
        return Unit.parse(text);
    }

    private static String collapseRepeats(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean isUnitText(String s) {
        if (s.length() > MAX_UNIT_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == ',' || c == ';' || c == '、' || c == '=' || c == '≥' || c == '≤'
                    || c == '<' || c == '>' || c == '。' || c == '(' || c == ')' || c == '（' || c == '）') {
                return false;
            }
        }
        return true;
    }

    /** An operator found in a text: where it starts and ends, and what it means. */
    private static final class Operator {
        final int start;
        final int end;
        final Comparison comparison;
        final boolean worded;

        Operator(int start, int end, Comparison comparison, boolean worded) {
            this.start = start;
            this.end = end;
            this.comparison = comparison;
            this.worded = worded;
        }
    }

    /** Finds the first operator symbol, or else the first worded operator followed by a number. */
    private static Operator findOperator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=') {
                return new Operator(i, i + 1, Comparison.fromSymbol(String.valueOf(c)).orElseThrow(), false);
            }
        }
        int best = -1;
        String[] bestWord = null;
        for (String[] w : WORD_OPERATORS) {
            int at = s.indexOf(w[0]);
            while (at >= 0) {
                int after = at + w[0].length();
                if (after < s.length() && startsNumber(s, after)) {
                    if (best < 0 || at < best) {
                        best = at;
                        bestWord = w;
                    }
                    break;
                }
                at = s.indexOf(w[0], at + 1);
            }
        }
        if (best < 0) {
            return null;
        }
        return new Operator(best, best + bestWord[0].length(), Comparison.fromSymbol(bestWord[1]).orElseThrow(), true);
    }

    private static boolean startsNumber(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        return (c == '-' || c == '+' || c == '.') && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9';
    }

    private static int firstNumberStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i > 0 && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == '.') ? i - 1 : i;
            }
        }
        return s.length();
    }

    /**
     * Scans a number at {@code i}: sign, digits, thousands separators (a comma before exactly three
     * digits), one decimal point. Returns the end, or -1.
     */
    static int scanNumber(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        int digits = 0;
        boolean point = false;
        while (j < n) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
                j++;
            } else if (c == '.' && !point && j + 1 < n && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
                point = true;
                j++;
            } else if (c == ',' && !point && digits > 0 && j + 3 < n + 1 && isThreeDigitGroup(s, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        return digits == 0 ? -1 : j;
    }

    private static boolean isThreeDigitGroup(String s, int k) {
        if (k + 3 > s.length()) {
            return false;
        }
        for (int m = k; m < k + 3; m++) {
            if (s.charAt(m) < '0' || s.charAt(m) > '9') {
                return false;
            }
        }
        return k + 3 == s.length() || s.charAt(k + 3) < '0' || s.charAt(k + 3) > '9';
    }

    private static int rangeSeparator(String tail) {
        int limit = Math.min(tail.length(), MAX_UNIT_LENGTH + 1);
        for (int k = 0; k < limit; k++) {
            char c = tail.charAt(k);
            if (c == '-' || c == '~' || c == '至' || c == '到') {
                return k;
            }
            if ((c >= '0' && c <= '9') || c == ',' || c == '、') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The normal form the scan works on: half-width characters, no white space, one spelling per
     * operator, LaTeX commands from OCR turned into symbols, trailing punctuation dropped.
     */
    static String normalize(String raw, boolean[] control) {
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = Decimals.halfWidth(raw.charAt(i));
            if (c == '\\') {
                int j = i + 1;
                while (j < n && Character.isLetter(raw.charAt(j)) && raw.charAt(j) < 128) {
                    j++;
                }
                String cmd = raw.substring(i + 1, j);
                switch (cmd) {
                    case "geq": case "ge": case "geqslant":
                        append(sb, '≥');
                        break;
                    case "leq": case "le": case "leqslant":
                        append(sb, '≤');
                        break;
                    case "times": case "cdot":
                        append(sb, '*');
                        break;
                    case "gt":
                        append(sb, '>');
                        break;
                    case "lt":
                        append(sb, '<');
                        break;
                    case "":
                        if (j < n && raw.charAt(j) == '%') {
                            append(sb, '%');
                            j++;
                        }
                        break;
                    default:
                        break;
                }
                i = j - 1;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '$' || c == '{' || c == '}'
                    || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE && !validSurrogate(raw, i)) {
                control[0] = true;
                continue;
            }
            switch (c) {
                case '≧': case '⩾':
                    c = '≥';
                    break;
                case '≦': case '⩽':
                    c = '≤';
                    break;
                case '×': case '✕':
                    c = '*';
                    break;
                case '═': case '〓': case '﹦':
                    c = '='; // box-drawing, geta and small equals marks typed for ＝ in Word tables
                    break;
                case '—': case '–': case '－': case '−':
                    c = '-';
                    break;
                case '〜':
                    c = '~';
                    break;
                case '：':
                    c = ':';
                    break;
                default:
                    break;
            }
            append(sb, c);
        }
        int end = sb.length();
        while (end > 0 && isTrailingPunctuation(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static boolean validSurrogate(String raw, int i) {
        char c = raw.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(raw.charAt(i - 1));
    }

    /** Appends, folding two-character operators: >= => into ≥, <= =< into ≤, == into =. */
    private static void append(StringBuilder sb, char c) {
        int last = sb.length() - 1;
        if (last >= 0) {
            char p = sb.charAt(last);
            if (c == '=' && p == '>') {
                sb.setCharAt(last, '≥');
                return;
            }
            if (c == '=' && p == '<') {
                sb.setCharAt(last, '≤');
                return;
            }
            if (c == '>' && p == '=') {
                sb.setCharAt(last, '≥');
                return;
            }
            if (c == '<' && p == '=') {
                sb.setCharAt(last, '≤');
                return;
            }
            if (c == '=' && (p == '=' || p == '≥' || p == '≤')) {
                return;
            }
        }
        sb.append(c);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '。' || c == ';' || c == ',' || c == '.' || c == '、' || c == '!' || c == '！';
    }

    private static boolean isPlaceholder(String s) {
        switch (s) {
            case "/": case "-": case "--": case "---": case "\\": case "—": case "——": case "*": case "空": case "不适用":
                return true;
            default:
                return false;
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOperator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '、' || c == '。' || c == ':' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
