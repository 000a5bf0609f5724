package io.github.perfeval.word;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Word documents drawn in test code with POI's XWPF, as Word writes them. A table is drawn row by row: a
 * cell {@code "<"} widens the cell on its left ({@code gridSpan}), {@code "^"} continues the cell above
 * ({@code vMerge}, which then starts there); in a text {@code \n} is a line break, {@code ¶} starts a new
 * paragraph of the cell and {@code \t} is a tab.
 *
 * <pre>{@code
 * byte[] docx = WordSketch.create().paragraph("2024年度项目支出绩效自评表")
 *         .table(new String[][] {{"一级指标", "二级指标"}, {"产出指标", "数量指标"}, {"^", "质量指标"}}).bytes();
 * }</pre>
 */
final class WordSketch {

    private final XWPFDocument doc = new XWPFDocument();

    private WordSketch() {
    }

    static WordSketch create() {
        return new WordSketch();
    }

    WordSketch paragraph(String text) {
        write(doc.createParagraph(), text);
        return this;
    }

    WordSketch pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    WordSketch table(String[][] rows) {
        fill(doc.createTable(), rows);
        return this;
    }

    /** A table with one cell, holding a paragraph and then a table drawn as {@link #table}. */
    WordSketch tableInTable(String text, String[][] inner) {
        XWPFTable outer = doc.createTable();
        XWPFTableCell cell = outer.getRow(0).getCell(0);
        write(cell.getParagraphs().get(0), text);
        CTTbl ct = cell.getCTTc().addNewTbl();
        XWPFTable nested = new XWPFTable(ct, cell, 1, 1);
        fill(nested, inner);
        cell.insertTable(0, nested);
        cell.getCTTc().addNewP();   // a cell ends with a paragraph
        return this;
    }

    /** The document, for what the sketch does not draw. */
    XWPFDocument document() {
        return doc;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ByteArrayInputStream stream() {
        return new ByteArrayInputStream(bytes());
    }

    private static void fill(XWPFTable t, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            XWPFTableCell last = null;
            for (int c = 0; c < rows[r].length; c++) {
                String text = rows[r][c];
                if (text.equals("<")) {
                    CTTcPr pr = tcPr(last);
                    BigInteger span = pr.isSetGridSpan() ? pr.getGridSpan().getVal() : BigInteger.ONE;
                    (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(span.add(BigInteger.ONE));
                    continue;
                }
                XWPFTableCell cell = row.addNewTableCell();
                last = cell;
                if (text.equals("^")) {
                    tcPr(cell).addNewVMerge();
                    XWPFTableCell above = cellAbove(t, r, c, rows);
                    if (above != null && !tcPr(above).isSetVMerge()) {
                        tcPr(above).addNewVMerge().setVal(STMerge.RESTART);
                    }
                    if (above != null && tcPr(above).isSetGridSpan()) {
                        tcPr(cell).addNewGridSpan().setVal(tcPr(above).getGridSpan().getVal());
                    }
                    continue;
                }
                String[] paragraphs = text.split("¶", -1);
                for (int p = 0; p < paragraphs.length; p++) {
                    write(p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paragraphs[p]);
                }
            }
        }
    }

    /** The cell of the row above that starts at the same grid column as column {@code c} of the sketch. */
    private static XWPFTableCell cellAbove(XWPFTable t, int r, int c, String[][] rows) {
        if (r == 0) {
            return null;
        }
        int index = -1;
        for (int i = 0; i <= c && i < rows[r - 1].length; i++) {
            if (!rows[r - 1][i].equals("<")) {
                index++;
            }
        }
        return index >= 0 && index < t.getRow(r - 1).getTableCells().size() ? t.getRow(r - 1).getCell(index) : null;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** One run for each piece of text, line break and tab, in order. */
    private static void write(XWPFParagraph p, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.createRun().addBreak();
            }
            String[] tabbed = lines[i].split("\t", -1);
            for (int j = 0; j < tabbed.length; j++) {
                if (j > 0) {
                    p.createRun().addTab();
                }
                if (!tabbed[j].isEmpty()) {
                    p.createRun().setText(tabbed[j]);
                }
            }
        }
    }
}
