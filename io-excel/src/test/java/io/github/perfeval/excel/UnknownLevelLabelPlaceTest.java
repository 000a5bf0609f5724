package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.ProvinceForms;
import io.github.perfeval.grid.form.ReviewForms;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UNKNOWN_LEVEL_LABEL sends a reviewer to the label's own cell, not to the name of the first indicator under it.
 * Published forms of provinces the reader was not tuned on, with a level-1 and a level-2 label each replaced by a
 * label perfeval does not know (as units retype their templates), read, then checked; and read back from JSON.
 */
class UnknownLevelLabelPlaceTest {

    private static List<Diagnostic> unknownLabels(Form form) {
        return Scorer.create().evaluate(form).getDiagnostics().stream().filter(d -> d.is(StandardCode.UNKNOWN_LEVEL_LABEL)).toList();
    }

    private static Map<String, String> cells(List<Diagnostic> ds) {
        return ds.stream().collect(java.util.stream.Collectors.toMap(d -> d.getArguments().get(0).getText().orElseThrow(),
                d -> d.getLocation().orElseThrow().getCell().orElseThrow()));
    }

    /** 云南 丽江: 产出指标 spans A13:A15 over three names (C13..C15); 时效指标 is B15. */
    @Test
    void yunnanLabelsArePointedAtTheirOwnCells() throws Exception {
        Grid g = relabelled(ProvinceForms.yunnanLijiang2020(), Map.of("A13", "项目实施", "B15", "进度安排"));
        Form form = FormParser.create().parse(g).forms().get(0);
        List<Diagnostic> found = unknownLabels(form);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(d -> assertThat(d.getLocation().orElseThrow().getSheet()).contains("2020年度项目支出绩效自评表"));
        assertThat(found).extracting(d -> d.getLocation().orElseThrow().getCell().orElseThrow()).containsExactlyInAnyOrder("A13", "B15");
        assertThat(found).filteredOn(d -> d.getLocation().orElseThrow().getCell().orElse("").equals("A13")).singleElement()
                .satisfies(d -> {
                    assertThat(d.getMessageZh()).contains("项目实施");
                    assertThat(d.getWhere()).isEqualTo("2020年度项目支出绩效自评表!A13");
                });
        assertThat(unknownLabels(PerfevalJson.readForm(PerfevalJson.write(form))))
                .as("read back from JSON, the finding points at the same cells").isEqualTo(found);
    }

    /** 四川 青神: the 一体化 export puts its levels one column right (B, C) of a band label; names in D. */
    @Test
    void sichuanLabelsArePointedAtTheirOwnCells() throws Exception {
        Grid g = relabelled(ProvinceForms.sichuanQingshen2023(), Map.of("B15", "履职目标", "C16", "社会影响"));
        Form form = FormParser.create().parse(g).forms().get(0);
        List<Diagnostic> found = unknownLabels(form);
        assertThat(found).extracting(d -> d.getLocation().orElseThrow().getCell().orElseThrow()).containsExactlyInAnyOrder("B15", "C16");
        assertThat(unknownLabels(PerfevalJson.readForm(PerfevalJson.write(form)))).isEqualTo(found);
    }

    /**
     * The reviewer's rebuilds of other provinces' forms (中江, 天长, 商务): the labels of the first indicator and of
     * the last are replaced, wherever the form puts them, and the findings point at those cells.
     */
    @Test
    void reviewFormsLabelsArePointedAtTheirOwnCells() throws Exception {
        int checked = 0;
        for (Grid original : List.of(ReviewForms.zhongjiang2022(), ReviewForms.tianchang2022(), ReviewForms.commerce2020())) {
            Form read = FormParser.create().parse(original).forms().get(0);
            String l1Cell = read.getIndicators().get(0).getLevel1LabelSource().orElseThrow().getCell().orElseThrow();
            String l2Cell = read.getIndicators().get(read.getIndicators().size() - 1).getLevel2LabelSource().orElseThrow().getCell().orElseThrow();
            String nameCell = read.getIndicators().get(0).getSource().orElseThrow().getCell().orElseThrow();
            assertThat(l1Cell).isNotEqualTo(nameCell);
            Form form = FormParser.create().parse(relabelled(original, Map.of(l1Cell, "任务完成", l2Cell, "长效机制"))).forms().get(0);
            // (a form may hold unknown labels of its own: 天长's "(30分)" is found too)
            assertThat(cells(unknownLabels(form))).as(original.getSheet().orElseThrow())
                    .containsEntry("任务完成", l1Cell).containsEntry("长效机制", l2Cell);
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    /** A copy of a sheet grid with the text of some cells (by A1 address) replaced; merges kept. */
    private static Grid relabelled(Grid g, Map<String, String> texts) {
        Grid.Builder b = Grid.sheetBuilder(g.getSheet().orElseThrow(), GridLimits.defaults());
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                String replaced = texts.get(Grid.a1(r, c));
                if (replaced != null) {
                    assertThat(g.isOrigin(r, c)).as("%s is a cell of its own", Grid.a1(r, c)).isTrue();
                    assertThat(g.cell(r, c).getText()).as("%s holds a label", Grid.a1(r, c)).isNotBlank();
                    b.put(r, c, replaced);
                } else {
                    b.put(r, c, g.ownCell(r, c));
                }
            }
        }
        for (CellRange m : g.getMergedRegions()) {
            b.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
        }
        return b.build();
    }
}
