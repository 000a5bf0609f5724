package io.github.perfeval.excel.read;

import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random workbooks written with POI (strings with spaces, line breaks and {@code _xHHHH_} escapes,
 * rich text, numbers under many formats (dates, percentages, units such as {@code 0"万元"}, sections,
 * built-in ids), booleans, errors, formulas with and without cached values ({@code =""} too), comments
 * (perfeval's findings among them), hidden rows, columns and sheets, merged regions, empty styled cells,
 * inline strings, 1904 dates, formulas filled down or across as shared formulas, their master anywhere in
 * the group's range): both paths give the same grids and diagnostics. A workbook the xlsx reader
 * declines must hold what it says it declines (numbers beyond 15 digits, scientific or scaling formats,
 * only generated when the seed draws them); the display name is the seed that replays a failure.
 */
class XlsxReaderRandomWorkbooksTest {

    private static final String[] TEXTS = {"产出指标", "  前后有空格  ", "换\n行", "_x0041_转义", "≥95%", "100%", "12月", "=不是公式",
        "", " ", "全角\u3000空格", "a&b<c>", "评审意见：请核实", "0.5", "TRUE", "#DIV/0!"};
    private static final String[] FORMATS = {"0", "0.00", "0.00%", "0%", "#,##0.00", "0\"天\"", "0.00\"万元\"", "#,##0.00_ ;[Red]-#,##0.00 ",
        "yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy", "hh:mm:ss", "0.00;-0.00;0", "[$-804]yyyy年m月", "@", "General", "\"￥\"#,##0.00",
        "0.0", "#,##0", "0_);[Red](0)", "0.000\"%\""};
    private static final short[] BUILT_IN = {0, 1, 2, 3, 4, 9, 10, 14, 22, 49};
    private static final String[] AWKWARD_FORMATS = {"0.0E+00", "#,##0,", "0.00,,\"百万\""};
    private static final String[] FORMULAS = {"A1+1", "SUM(B1:B3)", "\"\"", "IF(A1>0,\"是\",\"否\")", "ROUND(C2*0.5,2)", "$G$9-1"};
    private static final String[] AUTHORS = {"张三", "perfeval-findings", "", "reviewer"};
    /**
     * Formulas filled down a column or across a row (Excel writes them once, as a shared formula): relative,
     * absolute and mixed references, ranges, whole columns, other sheets (quoted and not), text, operators,
     * spacing and spelling POI writes its own way.
     */
    private static final String[] FILLED = {"SUM(B1:D1)", "A1*2", "$A$1+B1", "ROUND(C1*0.5,2)", "IF(B1>0,\"是\",\"否\")", "自评表!A1+1",
        "'表1 附'!B2*2", "A$1+$B1", "SUM($B$1:B1)", "B1&\"元\"", "A1 + 1", "sum(b1:b3)", "1.50*A1", "-A1", "A1%", "COUNTIF(A:A,\">0\")",
        "(A1+B1)/2", "MAX(A1,B1)-MIN(A1,B1)", "表2!$C$3*B1", "AVERAGE(B1:B3)*100%", "\"=\"&A1", "A1<>B1", "TRUE"};

    static Stream<Long> seeds() {
        return Seeds.of(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothPathsReadTheSame(long seed) throws IOException {
        Random r = new Random(seed);
        boolean awkward = r.nextInt(5) == 0;
        byte[] bytes = workbook(r, awkward);
        String declined = BothPaths.declined(bytes, ReadLimits.defaults());
        BothPaths.Outcome outcome = BothPaths.compare(bytes, ReadLimits.defaults(), "seed " + seed);
        if (awkward) {
            if (declined != null) {
                assertThat(declined).as("seed " + seed).containsAnyOf("beyond 15 digits", "scientific or scaling format");
            }
        } else {
            assertThat(declined).as("seed " + seed + " declined").isNull();
            assertThat(outcome).isEqualTo(BothPaths.Outcome.SAME_GRIDS);
        }
    }

    /**
     * Both paths take a filled formula's text from {@link SharedFormulaText}; POI's own move
     * ({@code XSSFCell.getCellFormula}) is the oracle for it wherever it keeps the formula (no reference to another
     * sheet, which POI's move turns into one to the formula's own sheet).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void filledFormulasAreMovedAsPoiMovesThem(long seed) throws IOException {
        Random r = new Random(seed);
        byte[] bytes = workbook(r, r.nextInt(5) == 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                io.github.perfeval.grid.Grid grid;
                try {
                    grid = SheetGrids.of(sheet, ReadLimits.defaults(), "wb.xlsx").getValue();
                } catch (RuntimeException beyondWhatPoiTakes) {
                    continue;
                }
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        CTCellFormula f = ((XSSFCell) c).getCTCell().getF();
                        if (f == null || f.getT() != STCellFormulaType.SHARED
                                || ((XSSFSheet) sheet).getSharedFormula((int) f.getSi()).getStringValue().contains("!")) {
                            continue;
                        }
                        assertThat(grid.ownCell(c.getRowIndex(), c.getColumnIndex()).getFormula()).as("seed %d %s", seed, c.getAddress())
                                .contains("=" + c.getCellFormula());
                    }
                }
            }
        }
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    static byte[] workbook(Random r, boolean awkward) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (r.nextInt(4) == 0) {
                (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr())
                        .setDate1904(true);
            }
            if (r.nextInt(8) == 0) {
                // a second workbookPr: POI (XMLBeans) reads the first
                wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            }
            List<CellStyle> styles = new ArrayList<>();
            for (String f : FORMATS) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                styles.add(s);
            }
            for (short id : BUILT_IN) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(id);
                styles.add(s);
            }
            List<CellStyle> awkwardStyles = new ArrayList<>();
            for (String f : AWKWARD_FORMATS) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                awkwardStyles.add(s);
            }
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            int sheets = 1 + r.nextInt(3);
            for (int i = 0; i < sheets; i++) {
                XSSFSheet s = wb.createSheet(i == 0 ? "自评表" : "表" + i + (r.nextBoolean() ? " 附" : ""));
                fill(s, r, styles, awkward ? awkwardStyles : List.of(), bold, awkward);
                if (i > 0 && r.nextInt(3) == 0) {
                    wb.setSheetHidden(i, r.nextBoolean());
                    if (r.nextBoolean()) {
                        wb.setSheetVisibility(i, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFSheet s, Random r, List<CellStyle> styles, List<CellStyle> awkwardStyles, XSSFFont bold,
                             boolean awkward) {
        int rows = r.nextInt(25);
        int cols = 1 + r.nextInt(9);
        XSSFDrawing drawing = null;
        for (int ri = 0; ri < rows; ri++) {
            if (r.nextInt(6) == 0) {
                continue;
            }
            XSSFRow row = s.createRow(ri);
            if (r.nextInt(8) == 0) {
                row.setZeroHeight(true);
            }
            for (int c = 0; c < cols; c++) {
                if (r.nextInt(4) == 0) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                value(cell, r, styles, awkwardStyles, bold, awkward);
                if (r.nextInt(12) == 0) {
                    if (drawing == null) {
                        drawing = s.createDrawingPatriarch();
                    }
                    ClientAnchor anchor = s.getWorkbook().getCreationHelper().createClientAnchor();
                    anchor.setRow1(ri);
                    anchor.setCol1(c);
                    anchor.setRow2(ri + 2);
                    anchor.setCol2(c + 2);
                    Comment note = drawing.createCellComment(anchor);
                    String author = pick(r, AUTHORS);
                    note.setAuthor(author);
                    String text = author.equals("perfeval-findings") && r.nextBoolean()
                            ? "原批注\n—— perfeval ——\n[错误] 得分超过分值" : pick(r, TEXTS) + "批注";
                    note.setString(new XSSFRichTextString(text));
                    cell.setCellComment(note);
                }
            }
        }
        for (int group = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; group > 0; group--) {
            fillDown(s, r, rows, cols, group);
        }
        for (int c = 0; c < cols + 2; c++) {
            if (r.nextInt(6) == 0) {
                s.setColumnHidden(c, true);
            }
        }
        BitSet used = new BitSet();
        for (int m = r.nextInt(4); m > 0 && rows > 1; m--) {
            int r0 = r.nextInt(rows);
            int c0 = r.nextInt(cols);
            int r1 = Math.min(r0 + r.nextInt(3), rows);
            int c1 = Math.min(c0 + r.nextInt(3), cols);
            if (r1 == r0 && c1 == c0) {
                continue;
            }
            boolean free = true;
            for (int a = r0; a <= r1; a++) {
                for (int b = c0; b <= c1; b++) {
                    free &= !used.get(a * 64 + b);
                }
            }
            if (free) {
                for (int a = r0; a <= r1; a++) {
                    for (int b = c0; b <= c1; b++) {
                        used.set(a * 64 + b);
                    }
                }
                s.addMergedRegionUnsafe(new CellRangeAddress(r0, r1, c0, c1));
            }
        }
    }

    /**
     * A formula filled down a column (or across a row) as Excel stores it: the master cell holds the text and
     * the group's range, the other cells only the group and their cached values.
     */
    private static void fillDown(XSSFSheet s, Random r, int rows, int cols, int group) {
        boolean down = r.nextInt(4) > 0;
        int length = 2 + r.nextInt(6);
        int r0 = r.nextInt(Math.max(1, rows));
        int c0 = r.nextInt(cols + 2);
        int r1 = down ? r0 + length - 1 : r0;
        int c1 = down ? c0 : c0 + length - 1;
        // now and then the range starts before its master (POI then starts it at the master, bug 51710)
        boolean early = r.nextInt(5) == 0 && (down ? r0 > 0 : c0 > 0);
        String range = new CellRangeAddress(early && down ? r0 - 1 : r0, r1, early && !down ? c0 - 1 : c0, c1).formatAsString();
        for (int i = 0; i < length; i++) {
            XSSFRow row = s.getRow(down ? r0 + i : r0);
            XSSFCell cell = row == null ? null : row.getCell(down ? c0 : c0 + i);
            if (cell != null && cell.getCTCell().isSetF() && cell.getCTCell().getF().getT() == STCellFormulaType.SHARED) {
                return;   // another group's: groups do not overlap
            }
        }
        for (int i = 0; i < length; i++) {
            int ri = down ? r0 + i : r0;
            int ci = down ? c0 : c0 + i;
            XSSFRow row = s.getRow(ri) != null ? s.getRow(ri) : s.createRow(ri);
            XSSFCell cell = row.getCell(ci) != null ? row.getCell(ci) : row.createCell(ci);
            CTCell ct = cell.getCTCell();
            if (ct.isSetF()) {
                ct.unsetF();
            }
            if (ct.isSetV()) {
                ct.unsetV();
            }
            if (ct.isSetT()) {
                ct.unsetT();
            }
            if (ct.isSetIs()) {
                ct.unsetIs();
            }
            CTCellFormula f = ct.addNewF();
            f.setT(STCellFormulaType.SHARED);
            f.setSi(group);
            if (i == 0) {
                f.setStringValue(pick(r, FILLED));
                f.setRef(range);
            }
            switch (r.nextInt(4)) {
                case 0:
                    break;
                case 1:
                    ct.setT(STCellType.STR);
                    ct.setV(pick(r, TEXTS));
                    break;
                default:
                    ct.setV(Double.toString(r.nextInt(10_000) / 8.0));
                    break;
            }
        }
    }

    private static void value(XSSFCell cell, Random r, List<CellStyle> styles, List<CellStyle> awkwardStyles, XSSFFont bold,
                              boolean awkward) {
        switch (r.nextInt(11)) {
            case 0:
            case 1:
                cell.setCellValue(pick(r, TEXTS));
                break;
            case 2: {
                XSSFRichTextString rich = new XSSFRichTextString("一级指标（50分）");
                rich.applyFont(0, 4, bold);
                cell.setCellValue(rich);
                break;
            }
            case 3:
            case 4:
            case 5: {
                cell.setCellValue(number(r, awkward));
                if (r.nextInt(5) > 0) {
                    List<CellStyle> from = !awkwardStyles.isEmpty() && r.nextInt(4) == 0 ? awkwardStyles : styles;
                    cell.setCellStyle(from.get(r.nextInt(from.size())));
                }
                break;
            }
            case 6:
                cell.setCellValue(r.nextBoolean());
                break;
            case 7:
                cell.setCellErrorValue(pick(r, new FormulaError[] {FormulaError.DIV0, FormulaError.NA, FormulaError.REF, FormulaError.VALUE}));
                break;
            case 8: {
                cell.setCellFormula(pick(r, FORMULAS));
                int cached = r.nextInt(5);
                if (cached == 1) {
                    cell.getCTCell().setV(Double.toString(r.nextInt(1000) / 4.0));
                    cell.setCellStyle(styles.get(r.nextInt(styles.size())));
                } else if (cached == 2) {
                    cell.getCTCell().setT(STCellType.STR);
                    cell.getCTCell().setV(r.nextBoolean() ? "" : pick(r, TEXTS));
                } else if (cached == 3) {
                    cell.getCTCell().setT(STCellType.E);
                    cell.getCTCell().setV("#DIV/0!");
                } else if (cached == 4) {
                    cell.getCTCell().setT(STCellType.B);
                    cell.getCTCell().setV(r.nextBoolean() ? "1" : "0");
                }
                break;
            }
            case 9:
                cell.setCellStyle(styles.get(r.nextInt(styles.size())));
                break;
            default:
                cell.getCTCell().setT(STCellType.INLINE_STR);
                cell.getCTCell().addNewIs().setT(pick(r, TEXTS));
                break;
        }
    }

    private static double number(Random r, boolean awkward) {
        switch (r.nextInt(awkward ? 8 : 6)) {
            case 0:
                return r.nextInt(200);
            case 1:
                return r.nextInt(100_000) / 100.0;
            case 2:
                return r.nextInt(10_000) / 10_000.0;
            case 3:
                return -r.nextInt(1000) / 8.0;
            case 4:
                return 40_000 + r.nextInt(10_000) + r.nextInt(24) / 24.0;
            case 5:
                return r.nextInt(50) * 0.5;
            case 6:
                return 0.1 * (1 + r.nextInt(9)) + 0.2;
            default:
                return r.nextDouble() * 1e17;
        }
    }
}
