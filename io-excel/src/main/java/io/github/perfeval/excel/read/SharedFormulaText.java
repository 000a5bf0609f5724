package io.github.perfeval.excel.read;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaRenderingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SharedFormula;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * The formula text of a cell of a shared formula, the way Excel stores a formula filled down a column or across
 * a row: the group's first cell holds {@code <f t="shared" ref="H5:H20" si="0">SUM(D5:G5)</f>}, the others
 * {@code <f t="shared" si="0"/>} and only their cached values. As {@code XSSFCell.getCellFormula} does, the
 * master's text is parsed by POI's {@link FormulaParser}, its relative references are moved by the cell's
 * distance from the first cell of the group's range ({@link SharedFormula}), and the tokens are rendered by
 * {@link FormulaRenderer}: the text is POI's (its spacing, its spelling of functions and numbers), with
 * neither XSSF nor XMLBeans; the master itself is rendered the same way. One difference, on purpose: POI's
 * move turns a reference to another sheet ({@code '预算 明细'!B2}) into one to the formula's own sheet
 * ({@code D2}), a formula that would compute something else if written back; here the reference keeps its
 * sheet. Both paths use this class ({@link SheetGrids} for POI's cells, {@link XlsxSheetGrid} for the xlsx
 * reader's), so they agree.
 *
 * <p>The parser asks the workbook about what a formula names; this one answers as POI's XSSF workbook does for
 * references to cells and ranges of this sheet or another sheet of the workbook, and refuses
 * ({@link XlsxDecline}) a defined name the formula might mean, a table (structured references), a function POI
 * does not know (add-in and newer functions), another workbook, and any text the parser refuses: the xlsx
 * reader then declines the workbook, and POI's path takes POI's own text. A master's tokens are parsed once.
 * Not thread-safe: one per workbook read.
 *
 * <pre>{@code
 * String text = formulas.text(master, row, column, sheetIndex);  // "SUM(D9:G9)" for SUM(D5:G5) at H5, in H9
 * }</pre>
 */
final class SharedFormulaText {

    private static final SharedFormula SHIFT = new SharedFormula(SpreadsheetVersion.EXCEL2007);

    /**
     * A shared formula's master: its text, and the first cell of the group's range, no earlier than the master's
     * own row and column (as POI's {@code XSSFSheet.onReadCell} keeps it, bug 51710).
     */
    static final class Master {
        final String text;
        final int firstRow;
        final int firstColumn;
        /** The text's tokens, once parsed. */
        private Ptg[] tokens;

        Master(String text, int firstRow, int firstColumn) {
            this.text = text;
            this.firstRow = firstRow;
            this.firstColumn = firstColumn;
        }
    }

    private final List<String> definedNames;
    private final Book book = new Book();

    /**
     * @param definedNames the names of the workbook's {@code <definedName>}s, as written
     */
    SharedFormulaText(List<String> definedNames) {
        this.definedNames = definedNames;
    }

    /**
     * The formula text of a cell of a shared formula, as POI gives it (without the {@code =}).
     *
     * @param master the group's master, null when the sheet has none (POI fails on such a cell: declined)
     * @param row the cell's row (from 0)
     * @param column the cell's column (from 0)
     * @param sheetIndex the sheet's index in the workbook (the scope of sheet-local names)
     * @return the text
     */
    String text(Master master, int row, int column, int sheetIndex) {
        if (master == null) {
            throw new XlsxDecline("a shared formula whose group has no master cell");
        }
        try {
            if (master.tokens == null) {
                master.tokens = FormulaParser.parse(master.text, book, FormulaType.CELL, sheetIndex, row);
            }
            Ptg[] moved = SHIFT.convertSharedFormulas(master.tokens, row - master.firstRow, column - master.firstColumn);
            for (int k = 0; k < moved.length; k++) {
                moved[k] = withSheet(master.tokens[k], moved[k]);
            }
            return FormulaRenderer.toFormulaString(book, moved);
        } catch (XlsxDecline d) {
            throw d;
        } catch (RuntimeException | StackOverflowError e) {
            throw new XlsxDecline("a shared formula POI's parser does not take as this reader does: " + e);
        }
    }

    /** A reference to another sheet, moved as POI moved it ({@code moved}) but still to its sheet. */
    private static Ptg withSheet(Ptg original, Ptg moved) {
        if (original instanceof Ref3DPxg && moved instanceof RefPtgBase) {
            RefPtgBase m = (RefPtgBase) moved;
            Ref3DPxg p = ((Ref3DPxg) original).copy();
            p.setRow(m.getRow());
            p.setColumn(m.getColumn());
            p.setRowRelative(m.isRowRelative());
            p.setColRelative(m.isColRelative());
            return p;
        }
        if (original instanceof Area3DPxg && moved instanceof AreaPtgBase) {
            AreaPtgBase m = (AreaPtgBase) moved;
            Area3DPxg p = ((Area3DPxg) original).copy();
            p.setFirstRow(m.getFirstRow());
            p.setLastRow(m.getLastRow());
            p.setFirstColumn(m.getFirstColumn());
            p.setLastColumn(m.getLastColumn());
            p.setFirstRowRelative(m.isFirstRowRelative());
            p.setLastRowRelative(m.isLastRowRelative());
            p.setFirstColRelative(m.isFirstColRelative());
            p.setLastColRelative(m.isLastColRelative());
            return p;
        }
        return moved;
    }

    /** The workbook as POI's parser and renderer see it, for what a filled formula may name. */
    private final class Book implements FormulaParsingWorkbook, FormulaRenderingWorkbook {

        @Override
        public EvaluationName getName(String name, int sheetIndex) {
            for (String defined : definedNames) {
                if (name.equalsIgnoreCase(defined)) {
                    throw new XlsxDecline("a shared formula that may name the defined name " + defined);
                }
            }
            return null;   // as XSSF: no such name (the parser then says what is wrong)
        }

        @Override
        public Name createName() {
            throw new XlsxDecline("a shared formula that would create a name");
        }

        @Override
        public Table getTable(String name) {
            throw new XlsxDecline("a shared formula naming a table");
        }

        @Override
        public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
            throw new XlsxDecline("a shared formula calling a function POI does not know: " + name);
        }

        @Override
        public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
            if (sheet.getBookName() != null) {
                throw new XlsxDecline("a shared formula referring to another workbook");
            }
            return new Ref3DPxg(sheet, cell);
        }

        @Override
        public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
            if (sheet.getBookName() != null) {
                throw new XlsxDecline("a shared formula referring to another workbook");
            }
            return new Area3DPxg(sheet, area);
        }

        @Override
        public int getExternalSheetIndex(String sheetName) {
            throw new XlsxDecline("a shared formula with an external sheet index");
        }

        @Override
        public int getExternalSheetIndex(String workbookName, String sheetName) {
            throw new XlsxDecline("a shared formula with an external sheet index");
        }

        @Override
        public SpreadsheetVersion getSpreadsheetVersion() {
            return SpreadsheetVersion.EXCEL2007;
        }

        @Override
        public EvaluationWorkbook.ExternalSheet getExternalSheet(int externSheetIndex) {
            throw new XlsxDecline("a shared formula with an external sheet");
        }

        @Override
        public String getSheetFirstNameByExternSheet(int externSheetIndex) {
            throw new XlsxDecline("a shared formula with an external sheet");
        }

        @Override
        public String getSheetLastNameByExternSheet(int externSheetIndex) {
            throw new XlsxDecline("a shared formula with an external sheet");
        }

        @Override
        public String resolveNameXText(NameXPtg ptg) {
            throw new XlsxDecline("a shared formula with an external name");
        }

        @Override
        public String getNameText(NamePtg namePtg) {
            throw new XlsxDecline("a shared formula with a defined name");
        }
    }
}
