package io.github.perfeval.excel.write;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an indicator's {@linkplain Indicator#getComments() comments} back on the cells they were on: a
 * comment labelled with an attribute ({@code declaredScore}) on that attribute's column of the row, one
 * labelled with an extra column's header on that column; any other label on the name cell. Several comments
 * on one cell are joined by line breaks (a cell holds one comment). A check's findings go after a cell's own
 * comment, under a mark, by an author of their own, so that a reader keeps the one and leaves out the other.
 * Comments are put in any order, on cells whose neighbours have comments or not.
 */
final class CellComments {

    /** The columns of the official layout, by the attribute their cells hold. */
    private static final Map<String, Integer> COLUMNS = Map.of("level1Label", 1, "level2Label", 2, "name", 3, "target", 4,
            "actual", 5, "weight", 6, "declaredScore", 7, "deviationReason", 8);
    private static final String AUTHOR = "perfeval";
    /**
     * The author of the comments that carry a check's findings ({@code [MISSING_DEVIATION_REASON] …}): a
     * reader leaves them out, as it leaves out the 计算得分 column (they are made again by the next check).
     */
    static final String FINDINGS_AUTHOR = "perfeval-findings";
    /** The line between a cell's own comment and the findings written after it. */
    static final String FINDINGS_MARK = "—— perfeval ——";

    private final Sheet sheet;
    private Drawing<?> drawing;

    CellComments(Sheet sheet) {
        this.sheet = sheet;
    }

    /**
     * Writes the indicator's comments on its row.
     *
     * @param ind the indicator
     * @param r the row it is written on (0-based)
     * @param extras the column of an extra's header, -1 for none
     */
    void add(Indicator ind, int r, java.util.function.ToIntFunction<String> extras) {
        if (ind.getComments().isEmpty()) {
            return;
        }
        Map<Integer, StringBuilder> byColumn = new LinkedHashMap<>();
        for (LabelledText comment : ind.getComments()) {
            Integer c = COLUMNS.get(comment.getLabel());
            if (c == null) {
                int extra = extras.applyAsInt(comment.getLabel());
                c = extra >= 0 ? extra : COLUMNS.get("name");
            }
            StringBuilder text = byColumn.computeIfAbsent(c, k -> new StringBuilder());
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(comment.getText());
        }
        byColumn.forEach((c, text) -> put(r, c, text.toString(), AUTHOR));
    }

    /**
     * Puts a check's findings on a cell, after the cell's own comment if it has one.
     *
     * @param r the row (0-based)
     * @param c the column (0-based)
     * @param text the findings
     */
    void findings(int r, int c, String text) {
        put(r, c, text, FINDINGS_AUTHOR);
    }

    /**
     * Puts a comment on a cell; a comment the cell already has comes first, the new one after it.
     *
     * @param r the row (0-based)
     * @param c the column (0-based)
     * @param text the comment's text
     */
    private void put(int r, int c, String text, String author) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        String all = text;
        if (cell.getCellComment() != null) {
            all = cell.getCellComment().getString().getString() + "\n" + (author.equals(FINDINGS_AUTHOR) ? FINDINGS_MARK + "\n" : "") + text;
            cell.removeCellComment();
        }
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        // POI files a new comment under its box's top-left cell until it is set on its own cell, and refuses a
        // cell that has a comment already: the box starts at the first cell right of this one without a comment
        // (a neighbour's own comment, say on the target beside the name that gets the findings)
        int box = c + 1;
        while (sheet.getCellComment(new CellAddress(r, box)) != null) {
            box++;
        }
        anchor.setCol1(box);
        anchor.setCol2(box + 4);
        anchor.setRow1(r);
        anchor.setRow2(r + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(all));
        comment.setAuthor(author);
        cell.setCellComment(comment);
    }
}
