package io.github.perfeval.grid.form;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.basicdata.BasicDataParser;

import java.util.List;

/**
 * Reads self-evaluation forms from a {@link Grid}, whatever the grid came from (a sheet, a Word table,
 * an HTML table): one parser for every source. It also finds the department's basic-data tables
 * (部门整体支出绩效评价基础数据表, read by {@link BasicDataParser}), so every reader of grids gets both.
 *
 * <pre>{@code
 * GridReadResult read = FormParser.create().parse(grid);
 * if (read.holdsForm()) {
 *     Form form = read.forms().get(0);
 * }
 * read.getBasicData();                                                 // basic-data tables, if any
 * read.getSkipped().ifPresent(d -> log.info("{}", d.getMessageEn()));  // why the grid holds neither
 * }</pre>
 *
 * <p>Thread-safe: one parser may read many grids at once.
 */
public final class FormParser {

    private static final FormParser DEFAULT = new FormParser();

    private FormParser() {
    }

    /** The parser with perfeval's vocabulary of labels. */
    public static FormParser create() {
        return DEFAULT;
    }

    /**
     * Reads every form and every basic-data table on a grid.
     *
     * @param grid the grid
     * @return the forms and tables with what was noticed reading each; when there is neither, why
     */
    public GridReadResult parse(Grid grid) {
        List<ValueWithDiagnostics<Form>> forms = new GridFormParser(grid).parse();
        List<ValueWithDiagnostics<BasicData>> tables = BasicDataParser.create().parse(grid);
        if (forms.isEmpty() && tables.isEmpty()) {
            return GridReadResult.skipped(grid, Diagnostic.of(StandardCode.SHEET_SKIPPED, grid.place(),
                    grid.describe(true) + "中没有自评表（未找到三级指标/指标值/完成值表头），也没有基础数据表，已跳过",
                    grid.describe(false) + " holds no form (no 三级指标/指标值/完成值 header) and no basic-data table; skipped"));
        }
        return GridReadResult.of(grid, forms, tables);
    }
}
