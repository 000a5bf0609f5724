package io.github.perfeval.excel.write;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.io.AtomicFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes department basic-data tables (部门整体支出绩效评价基础数据表) in their published layout: the title
 * across seven columns, 财政供养人员情况, 经费控制情况 with one row per line, 楼堂馆所控制情况 and
 * 厉行节约保障措施, with borders and a CJK font. Every figure is written as the table had it: a number
 * as a number, anything else ({@code 95.56%}, {@code %}) as its raw text; a table written and read
 * back is equal, at the same cells as the published table.
 *
 * <pre>{@code
 * BasicDataWriter.create().write(List.of(table), Path.of("基础数据表.xlsx"));
 * try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(form), null)) {   // a form and its table in one workbook
 *     BasicDataWriter.create().addSheet(wb, table);
 *     wb.write(out);
 * }
 * }</pre>
 *
 * <p>Text is always written as text, never as a formula. Immutable and thread-safe.
 */
public final class BasicDataWriter {

    private static final BasicDataWriter DEFAULT = new BasicDataWriter();

    private BasicDataWriter() {
    }

    /** The writer. */
    public static BasicDataWriter create() {
        return DEFAULT;
    }

    /** Writes tables, one sheet each, to a stream (not closed). */
    public void write(List<BasicData> tables, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            for (BasicData t : tables) {
                addSheet(wb, t);
            }
            wb.write(out);
        }
    }

    /**
     * Writes tables to a file, atomically: on any failure the previous file is untouched.
     *
     * @throws IllegalArgumentException when a text does not fit a cell (naming the cell)
     */
    public void write(List<BasicData> tables, Path file) throws IOException {
        AtomicFile.write(file, out -> write(tables, out));
    }

    /**
     * Adds a sheet holding a table to a workbook (e.g. one {@link ExcelFormWriter#toWorkbook} made), named
     * as the table's sheet was, else {@code 基础数据表}; a name already taken gets a number.
     *
     * @param wb the workbook
     * @param table the table
     * @return the sheet
     */
    public Sheet addSheet(Workbook wb, BasicData table) {
        String base = WorkbookUtil.createSafeSheetName(table.getSheet().orElse("基础数据表"));
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        Sheet sheet = wb.createSheet(name);
        new BasicDataSheetWriter(sheet, new Styles(wb)).write(table);
        return sheet;
    }
}
