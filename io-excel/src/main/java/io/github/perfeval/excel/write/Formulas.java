package io.github.perfeval.excel.write;

import io.github.perfeval.core.quantity.Figure;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a figure's formula back beside its cached value, when the formula is arithmetic on cells of the
 * same sheet: cell references and ranges, numbers, {@code + - * / ^ %}, comparisons, and the functions
 * {@code SUM ROUND ROUNDUP ROUNDDOWN AVERAGE MIN MAX ABS IF IFERROR COUNT SUMPRODUCT}. Anything else (text,
 * other sheets or files, any other function: {@code HYPERLINK}, {@code WEBSERVICE}, DDE) is never written as
 * a formula: inputs come from strangers, and a workbook perfeval writes must not call out when opened. Such a
 * figure is written as its value only.
 */
final class Formulas {

    private static final Set<String> FUNCTIONS = Set.of("SUM", "ROUND", "ROUNDUP", "ROUNDDOWN", "AVERAGE", "MIN", "MAX",
            "ABS", "IF", "IFERROR", "COUNT", "SUMPRODUCT");
    /** Cell references, numbers, operators, brackets, separators and white space; function names checked apart. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z$0-9.:,+\\-*/^%()<>= ]*");
    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)(\\s*\\()?");
    private static final Pattern REFERENCE = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}");
    private static final int MAX_LENGTH = 1000;

    private Formulas() {
    }

    /**
     * Makes the cell a formula cell when the figure has a formula that is safe to write; the caller then sets
     * the cached value.
     *
     * @param cell the cell
     * @param f the figure
     * @return whether the formula was written
     */
    static boolean write(Cell cell, Figure f) {
        if (f.getFormula().isEmpty() || !isSafe(f.getFormula().get())) {
            return false;
        }
        try {
            cell.setCellFormula(f.getFormula().get().substring(1));
            return true;
        } catch (FormulaParseException | IllegalArgumentException | IllegalStateException notAFormula) {
            cell.setBlank();
            return false;
        }
    }

    /**
     * Whether a formula (with its leading {@code =}) is arithmetic on cells of the same sheet.
     *
     * @param formula the formula
     * @return whether perfeval writes it
     */
    static boolean isSafe(String formula) {
        if (!formula.startsWith("=") || formula.length() < 2 || formula.length() > MAX_LENGTH) {
            return false;
        }
        String body = formula.substring(1);
        if (!ALLOWED.matcher(body).matches()) {
            return false;
        }
        Matcher m = NAME.matcher(body);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(body.charAt(m.start() - 1))) {
                continue;
            }
            String name = m.group(1);
            if (m.group(2) != null) {
                if (!FUNCTIONS.contains(name.toUpperCase(Locale.ROOT))) {
                    return false;
                }
            } else {
                String rest = body.substring(m.start());
                Matcher ref = REFERENCE.matcher(rest);
                if (!ref.lookingAt()) {
                    return false;
                }
            }
        }
        return true;
    }
}
