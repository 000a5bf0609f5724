package io.github.perfeval.testkit;

import io.github.perfeval.excel.read.SheetGrids;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample forms as they are published outside workbooks: each sheet of a sample workbook written out
 * cell by cell as a table of a Word document (.docx) or of a web page, with prose and other tables around,
 * for tests of document pipelines. Merged cells become {@code gridSpan}/{@code vMerge} in Word and
 * {@code colspan}/{@code rowspan} in HTML; a cell shows what the workbook shows ({@code 99.86%}, not
 * 0.9986); line breaks in a cell stay line breaks.
 *
 * <pre>{@code
 * byte[] docx = SampleDocuments.word(SampleDocuments.disclosure());   // prose, a 决算 table and the three sample forms
 * String html = SampleDocuments.html(SampleDocuments.disclosure());
 * List<Grid> sheets = SampleDocuments.sheets(SampleForms.LIUHE_2024);  // or compose your own content
 * }</pre>
 */
public final class SampleDocuments {

    /** In the content of a document: a page break. */
    public static final String PAGE_BREAK = "\f";

    private SampleDocuments() {
    }

    /** The sheets of a sample workbook (see {@link SampleForms}: forms, or a basic-data table) as grids, in sheet order. */
    public static List<Grid> sheets(String workbook) {
        InputStream found = SampleDocuments.class.getResourceAsStream(SampleForms.FOLDER + workbook);
        if (found == null) {
            found = SampleDocuments.class.getResourceAsStream(SampleForms.BASIC_DATA_FOLDER + workbook);
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalArgumentException("no sample workbook " + workbook);
            }
            try (Workbook wb = WorkbookFactory.create(in)) {
                List<Grid> grids = new ArrayList<>();
                for (Sheet sheet : wb) {
                    grids.add(SheetGrids.of(sheet, ReadLimits.defaults(), workbook).getValue());
                }
                return grids;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 决算 table as the annual disclosure holds it (收入支出决算总表), which holds no form: a reader must report
     * it as skipped, not read it.
     */
    public static Grid finalAccountsTable() {
        String[][] rows = {
            {"收入", "", "支出", ""},
            {"项目", "决算数", "项目", "决算数"},
            {"一、一般公共预算财政拨款收入", "4,754.76", "一、一般公共服务支出", "120.50"},
            {"二、政府性基金预算财政拨款收入", "0.00", "二、公共安全支出", "4,587.68"},
            {"三、其他收入", "5.00", "三、社会保障和就业支出", "44.99"},
            {"本年收入合计", "4,759.76", "本年支出合计", "4,753.17"},
        };
        Grid.Builder b = Grid.tableBuilder(1, null, GridLimits.defaults());
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                b.put(r, c, rows[r][c]);
            }
        }
        return b.merge(0, 0, 0, 1).merge(0, 2, 0, 3).build();
    }

    /**
     * An annual disclosure holding all three sample forms: a heading and prose, the 决算 table, the 岳阳 form,
     * a page break, and the 柳河 project and department forms, each under a paragraph naming it.
     *
     * @return the content, for {@link #word(List)} and {@link #html(List)}
     */
    public static List<Object> disclosure() {
        List<Object> content = new ArrayList<>();
        content.add("岳阳市应急管理局2024年度部门决算公开");
        content.add("第一部分 部门概况\n一、部门职责：负责全市应急管理工作，指导各地各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。");
        content.add("第二部分 2024年度部门决算表\n收入支出决算总表");
        content.add(finalAccountsTable());
        content.add("第三部分 绩效自评情况\n本部门对2024年度部门整体支出和项目支出开展了绩效自评，自评表如下。");
        content.add("附件1");
        content.addAll(sheets(SampleForms.YUEYANG_2024));
        content.add(PAGE_BREAK);
        content.add("附件2");
        List<Grid> liuhe = sheets(SampleForms.LIUHE_2024);
        content.add(liuhe.get(0));
        content.add("附件3");
        content.add(liuhe.get(1));
        content.add("第四部分 名词解释\n一般公共预算财政拨款收入：指本级财政当年拨付的资金。");
        return content;
    }

    /**
     * A Word document of paragraphs and tables.
     *
     * @param content in order: a {@code String} is a paragraph (its {@code \n} are line breaks; {@link #PAGE_BREAK}
     *     alone is a page break), a {@link Grid} a table
     * @return the .docx bytes
     */
    public static byte[] word(List<?> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Object o : content) {
                if (o instanceof Grid) {
                    table(doc, (Grid) o);
                } else if (PAGE_BREAK.equals(o)) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                } else {
                    lines(doc.createParagraph(), o.toString());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFParagraph p, String text) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument doc, Grid g) {
        XWPFTable t = doc.createTable(Math.max(g.rowCount(), 1), Math.max(g.columnCount(), 1));
        for (int r = 0; r < g.rowCount(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = g.columnCount() - 1; c >= 0; c--) {
                CellRange m = region(g, r, c);
                if (m != null && c != m.getFirstColumn()) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                if (m != null) {
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (m.getLastColumn() > m.getFirstColumn()) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(m.getLastColumn() - m.getFirstColumn() + 1L));
                    }
                    if (m.getLastRow() > m.getFirstRow()) {
                        if (r == m.getFirstRow()) {
                            pr.addNewVMerge().setVal(STMerge.RESTART);
                        } else {
                            pr.addNewVMerge();
                        }
                    }
                }
                if (m == null || r == m.getFirstRow()) {
                    lines(cell.getParagraphs().get(0), g.cell(r, c).getShown());
                }
            }
        }
    }

    private static CellRange region(Grid g, int r, int c) {
        for (CellRange m : g.getMergedRegions()) {
            if (m.contains(r, c)) {
                return m;
            }
        }
        return null;
    }

    /**
     * A web page of paragraphs and tables, as a string.
     *
     * @param content in order: a {@code String} is a paragraph (its {@code \n} are {@code <br>}), a {@link Grid} a table
     * @return the page
     */
    public static String html(List<?> content) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>决算公开</title></head><body>\n");
        for (Object o : content) {
            if (o instanceof Grid) {
                Grid g = (Grid) o;
                sb.append("<table border=\"1\" cellspacing=\"0\">\n");
                for (int r = 0; r < g.rowCount(); r++) {
                    sb.append("<tr>");
                    for (int c = 0; c < g.columnCount(); c++) {
                        CellRange m = region(g, r, c);
                        if (m != null && (r != m.getFirstRow() || c != m.getFirstColumn())) {
                            continue;
                        }
                        sb.append("<td");
                        if (m != null && m.getLastRow() > m.getFirstRow()) {
                            sb.append(" rowspan=\"").append(m.getLastRow() - m.getFirstRow() + 1).append('"');
                        }
                        if (m != null && m.getLastColumn() > m.getFirstColumn()) {
                            sb.append(" colspan=\"").append(m.getLastColumn() - m.getFirstColumn() + 1).append('"');
                        }
                        sb.append('>').append(escape(g.cell(r, c).getShown())).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            } else if (!PAGE_BREAK.equals(o)) {
                sb.append("<p>").append(escape(o.toString())).append("</p>\n");
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    /** Text as HTML: {@code & < >} escaped, line breaks as {@code <br>}, spaces a browser would collapse kept. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '\n':
                    sb.append("<br>");
                    break;
                case ' ':
                    boolean collapsible = i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\n'
                            || s.charAt(i + 1) == '\n';
                    sb.append(collapsible ? "&nbsp;" : " ");
                    break;
                default:
                    sb.append(ch);
            }
        }
        return sb.toString();
    }
}
