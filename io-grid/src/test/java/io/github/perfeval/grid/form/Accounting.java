package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.util.ArrayList;
import java.util.List;

/**
 * The no-unaccounted-cell property, checked from outside the reader: every non-empty cell of a grid
 * holding a form is found in a form's model (its JSON), is a label the vocabulary knows (structure),
 * is a year line the form's year came from, or is named by a diagnostic (unread, template rows).
 */
public final class Accounting {

    private Accounting() {
    }

    /**
     * The cells of a grid nothing accounts for; empty when the property holds.
     *
     * @param grid the grid read
     * @param read what the parser made of it
     * @return the unaccounted cells, as {@code place "text"}
     */
    public static List<String> unaccounted(Grid grid, GridReadResult read) {
        List<String> missing = new ArrayList<>();
        if (!read.holdsForm()) {
            return missing;
        }
        StringBuilder model = new StringBuilder();
        StringBuilder named = new StringBuilder();
        for (ValueWithDiagnostics<Form> f : read.getForms()) {
            model.append(squash(PerfevalJson.write(f.getValue()))).append('\n');
            f.getValue().getYear().ifPresent(y -> model.append(y).append("年度\n"));
            for (Diagnostic d : f.getDiagnostics()) {
                if (d.is(StandardCode.TEMPLATE_ROWS) || d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.VALUE_REMARK)
                        || d.is(StandardCode.SUBTOTAL_MISMATCH)) {
                    named.append(d.getMessageZh()).append('\n');
                }
            }
        }
        // a message names a cell on one line: its text is looked for without white space (生态效益\n指标 named 生态效益指标)
        String namedText = squash(named.toString());
        List<String> unreadPlaces = new ArrayList<>();
        read.getUnreadCells().forEach(u -> unreadPlaces.add(u.getPlace().describe()));
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                GridCell cell = grid.cell(r, c);
                if (!grid.isOrigin(r, c) || cell.isBlank()) {
                    continue;
                }
                if (unreadPlaces.contains(grid.place(r, c).describe())) {
                    continue;
                }
                if (FormParser.create().vocabulary().columnRoleOf(cell.getText()).isPresent() || structural(cell.getText())) {
                    continue;
                }
                String t = squash(cell.getText());
                String shown = squash(Cells.shown(cell));
                if (model.indexOf(t) >= 0 || model.indexOf(shown) >= 0 || year(model, t) || namedText.indexOf(squash(brief(cell.getText()))) >= 0
                        || parts(model, t)) {
                    continue;
                }
                missing.add(grid.place(r, c).describe() + " \"" + cell.getText() + "\"");
            }
        }
        return missing;
    }

    /** A {@code label：text} cell kept as its label and its text. */
    private static boolean parts(StringBuilder model, String t) {
        String[] parts = t.split("[:：]", 2);
        // the label is the model's own field (单位名称：区商务局 is the department) or kept as written
        return parts.length == 2 && !parts[0].isEmpty() && (model.indexOf("\"" + parts[0] + "\"") >= 0
                || FormParser.create().vocabulary().roleOf(parts[0]).isPresent()) && model.indexOf("\"" + parts[1] + "\"") >= 0;
    }

    private static boolean structural(String text) {
        String k = Vocabulary.key(text);
        return k.startsWith("按收入性质") || k.startsWith("按支出性质");
    }

    private static boolean year(StringBuilder model, String t) {
        Integer y = Years.in(t);
        return y != null && Years.onlyYear(t) && model.indexOf(y + "年度") >= 0;
    }

    private static String brief(String text) {
        String s = text.strip();
        s = s.length() > 20 ? s.substring(0, 20) : s;
        return s.isEmpty() ? "\u0000" : s;
    }

    /** Text without white space and JSON escapes, for containment. */
    private static String squash(String s) {
        String json = s.replace("\\n", "").replace("\\t", "").replace("\\\"", "\"").replace("\\\\", "\\");
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
