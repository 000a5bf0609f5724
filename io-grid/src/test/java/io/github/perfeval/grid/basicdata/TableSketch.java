package io.github.perfeval.grid.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridSketch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a basic-data table on a grid in the published layout (seven columns: label, then figures), at
 * any offset, with figures as numbers or as text: the table a test states is the table it reads back.
 */
final class TableSketch {

    private final int column;
    private final boolean numbersAsText;
    private final boolean staffingAsColumn;

    private TableSketch(int column, boolean numbersAsText, boolean staffingAsColumn) {
        this.column = column;
        this.numbersAsText = numbersAsText;
        this.staffingAsColumn = staffingAsColumn;
    }

    /** Tables drawn from a column (0 for A), figures as number cells. */
    static TableSketch at(int column) {
        return new TableSketch(column, false, false);
    }

    /** The same, with every figure typed as text ({@code "59.17"} rather than the number). */
    TableSketch numbersAsText() {
        return new TableSketch(column, true, staffingAsColumn);
    }

    /** The same, with the staffing part written as a column of labels, each figure right of its label. */
    TableSketch staffingAsColumn() {
        return new TableSketch(column, numbersAsText, true);
    }

    /** Draws the table on the sketch from its next row. */
    GridSketch draw(BasicData t, GridSketch s) {
        t.getTitle().ifPresent(title -> row(s, true, title));
        t.getStaffing().ifPresent(st -> {
            if (staffingAsColumn) {
                int r = s.nextRow();
                row(s, false, st.getLabel(), heading(st.getAuthorizedHeading(), "编制数"), cell(st.getAuthorized()));
                row(s, false, "", heading(st.getActualHeading(), "实际在职人数"), cell(st.getActual()));
                row(s, false, "", heading(st.getRateHeading(), "控制率"), cell(st.getDeclaredRate()));
                s.merge(a1(r, column) + ":" + a1(r + 2, column));
                return;
            }
            row(s, false, st.getLabel(), heading(st.getAuthorizedHeading(), "编制数"), heading(st.getActualHeading(), "实际在职人数"),
                    heading(st.getRateHeading(), "控制率"));
            row(s, false, "", cell(st.getAuthorized()), cell(st.getActual()), cell(st.getDeclaredRate()));
        });
        t.getSpending().ifPresent(sp -> {
            List<Object> head = new ArrayList<>();
            head.add(sp.getLabel());
            sp.getColumns().stream().map(ColumnHeader::getLabel).forEach(head::add);
            row(s, false, head.toArray());
            for (SpendingLine l : sp.getLines()) {
                row(s, false, l.getLabel(), cell(l.getPriorActual()), cell(l.getBudget()), cell(l.getActual()));
            }
        });
        t.getBuildings().ifPresent(b -> {
            int r = s.nextRow();
            row(s, false, b.getLabel(), heading(b.getApprovedScaleHeading(), "批复规模"), heading(b.getActualScaleHeading(), "实际规模"),
                    heading(b.getScaleRateHeading(), "规模控制率"), heading(b.getBudgetInvestmentHeading(), "预算投资"),
                    heading(b.getActualInvestmentHeading(), "实际投资"), heading(b.getInvestmentRateHeading(), "投资概算控制率"));
            row(s, false, "", cell(b.getApprovedScale()), cell(b.getActualScale()), cell(b.getDeclaredScaleRate()),
                    cell(b.getBudgetInvestment()), cell(b.getActualInvestment()), cell(b.getDeclaredInvestmentRate()));
            s.merge(a1(r, column) + ":" + a1(r + 1, column));
        });
        t.getSavingMeasures().ifPresent(m -> {
            int r = s.nextRow();
            row(s, false, m.getLabel(), m.getText());
            s.merge(a1(r, column + 1) + ":" + a1(r, column + 6));
        });
        for (String note : t.getNotes()) {
            row(s, false, note);
        }
        return s;
    }

    private static String heading(Optional<Heading> h, String template) {
        return h.map(Heading::getLabel).orElse(template);
    }

    private void row(GridSketch s, boolean title, Object... cells) {
        int r = s.nextRow();
        s.rowAt(column, cells);
        if (title) {
            s.merge(a1(r, column) + ":" + a1(r, column + 6));
        }
    }

    private Object cell(Optional<Figure> f) {
        if (f.isEmpty()) {
            return "";
        }
        Optional<BigDecimal> v = f.get().getValue();
        if (numbersAsText || v.isEmpty() || !v.get().toPlainString().equals(f.get().getRaw())) {
            return f.get().getRaw();
        }
        return GridCell.number(v.get());
    }

    static String a1(int r, int c) {
        return io.github.perfeval.grid.Grid.a1(r, c);
    }

    static Staffing staffing(BasicData t) {
        return t.getStaffing().orElseThrow();
    }

    static SpendingControl spending(BasicData t) {
        return t.getSpending().orElseThrow();
    }

    static BuildingControl buildings(BasicData t) {
        return t.getBuildings().orElseThrow();
    }
}
