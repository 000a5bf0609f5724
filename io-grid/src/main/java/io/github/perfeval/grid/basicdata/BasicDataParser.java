package io.github.perfeval.grid.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.grid.Grid;

import java.util.List;

/**
 * Reads the department's basic-data tables (部门整体支出绩效评价基础数据表) from a {@link Grid}, whatever
 * the grid came from (a sheet, a Word table, an HTML table), by their labels: any position, any
 * number of special lines and 其中 rows, columns labelled with years ({@code 2022 决算数}) or words
 * ({@code 上年决算数}), numbers as numbers or as text. {@link io.github.perfeval.grid.form.FormParser}
 * runs it on every grid, so every reader of grids finds these tables beside the forms.
 *
 * <pre>{@code
 * for (ValueWithDiagnostics<BasicData> t : BasicDataParser.create().parse(grid)) {
 *     BasicData table = t.getValue();
 *     table.getSpending().flatMap(s -> s.line(SpendingItem.THREE_PUBLIC));   // the 三公经费 row
 *     t.getDiagnostics();                                                   // rows and cells it could not place
 * }
 * }</pre>
 *
 * <p>A grid holds a table when it has the table's staffing header (编制数 beside 实际在职人数) or its
 * spending header (决算数 and 预算数 columns marked with a year or 上年/本年). Every non-empty cell of a
 * table's area ends in the table (figures, labels, texts, notes) or in a diagnostic naming it. Never
 * throws on a grid's content. Thread-safe: one parser may read many grids at once.
 */
public final class BasicDataParser {

    private static final BasicDataParser DEFAULT = new BasicDataParser();

    private BasicDataParser() {
    }

    /** The parser with perfeval's vocabulary of labels. */
    public static BasicDataParser create() {
        return DEFAULT;
    }

    /**
     * Reads every basic-data table on a grid.
     *
     * @param grid the grid
     * @return the tables, top to bottom, each with what was noticed reading it; empty when there is none
     */
    public List<ValueWithDiagnostics<BasicData>> parse(Grid grid) {
        return read(grid).getTables();
    }

    /**
     * Reads every basic-data table on a grid, and says which cells the tables account for, so that a
     * reader of the grid's other contents (its forms) does not report them as unread.
     *
     * @param grid the grid
     * @return the tables and the cells they account for
     */
    public Reading read(Grid grid) {
        GridBasicDataParser p = new GridBasicDataParser(grid);
        return new Reading(grid, p.parse(), p);
    }

    /** The tables read from a grid, and the cells they account for. Immutable once read; thread-safe. */
    public static final class Reading {
        private final Grid grid;
        private final List<ValueWithDiagnostics<BasicData>> tables;
        private final GridBasicDataParser parser;

        private Reading(Grid grid, List<ValueWithDiagnostics<BasicData>> tables, GridBasicDataParser parser) {
            this.grid = grid;
            this.tables = List.copyOf(tables);
            this.parser = parser;
        }

        /** The tables, top to bottom, each with what was noticed reading it. */
        public List<ValueWithDiagnostics<BasicData>> getTables() {
            return tables;
        }

        /**
         * Whether a table accounts for a cell: it is in a table (a figure, a label, a text, a note) or named
         * by a table's diagnostic.
         *
         * @param row the row, from 0
         * @param column the column, from 0
         * @return true when a table took the cell
         */
        public boolean accounts(int row, int column) {
            return row >= 0 && column >= 0 && row < grid.rowCount() && column < grid.columnCount() && parser.accounts(row, column);
        }
    }
}
