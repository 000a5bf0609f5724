package io.github.perfeval.excel;

import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.form.UnseenForms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The published forms of {@link UnseenForms} as the workbooks a person would type them into: one sheet, each
 * cell's text or number where the page shows it, the page's spans as merged regions, text cells wrapped. These
 * are what {@code perfeval check} is given in the README's table; {@link #main} writes them to a folder:
 *
 * <pre>{@code
 * UnseenFormWorkbooks.xlsx(UnseenForms.yunnanYongde2022());   // the workbook's bytes
 * }</pre>
 */
public final class UnseenFormWorkbooks {

    private UnseenFormWorkbooks() {
    }

    /** The workbook of one grid. */
    public static byte[] xlsx(Grid g) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(g.getSheet().orElse("Sheet1"));
            CellStyle wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            for (int r = 0; r < g.rowCount(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < g.columnCount(); c++) {
                    GridCell cell = g.ownCell(r, c);
                    if (cell.isBlank() && cell.getNumber().isEmpty()) {
                        continue;
                    }
                    Cell x = row.createCell(c);
                    if (cell.getNumber().isPresent()) {
                        x.setCellValue(cell.getNumber().get().doubleValue());
                    } else {
                        x.setCellValue(cell.getText());
                        x.setCellStyle(wrapped);
                    }
                }
            }
            for (CellRange m : g.getMergedRegions()) {
                sheet.addMergedRegion(new CellRangeAddress(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every form of {@link UnseenForms} to {@code args[0]} as {@code NAME.xlsx}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, java.util.function.Supplier<Grid>> e : UnseenForms.all().entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".xlsx"), xlsx(e.getValue().get()));
        }
    }
}
