package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each indicator keeps the place of its level-1 and level-2 labels: the label's own cell (the first cell of the
 * merge spanning the rows under it), not the row's name. Checked on every form of {@link ProvinceForms} and
 * {@link ReviewForms} (provinces the reader was not tuned on), whatever their layout, and kept by JSON.
 */
class LevelLabelPlacesTest {

    /** Every published form rebuilt in the tests, by name. */
    static Stream<Arguments> forms() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {ProvinceForms.class, ReviewForms.class}) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Grid.class
                        && m.getParameterCount() == 0) {
                    all.add(Arguments.of(c.getSimpleName() + "." + m.getName(), m.invoke(null)));
                }
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyLevelLabelIsPlacedAtItsOwnCell(String name, Grid g) throws Exception {
        for (Form f : FormParser.create().parse(g).forms()) {
            for (Indicator i : f.getIndicators()) {
                assertLabelAt(g, i.getLevel1Label(), i.getLevel1LabelSource(), i);
                assertLabelAt(g, i.getLevel2Label(), i.getLevel2LabelSource(), i);
            }
            Form back = PerfevalJson.readForm(PerfevalJson.write(f));
            for (int k = 0; k < f.getIndicators().size(); k++) {
                Indicator i = f.getIndicators().get(k);
                Indicator j = back.getIndicators().get(k);
                assertThat(j.getLevel1LabelSource()).as("JSON keeps the level-1 label's place").isEqualTo(i.getLevel1LabelSource());
                assertThat(j.getLevel2LabelSource()).as("JSON keeps the level-2 label's place").isEqualTo(i.getLevel2LabelSource());
            }
        }
    }

    /** Yunnan's 产出指标 spans A13:A15 beside three names: each of the three points at A13, not at its name. */
    @Test
    void aMergedLabelIsPlacedAtTheMergesFirstCellForEveryRowItSpans() {
        Form f = FormParser.create().parse(ProvinceForms.yunnanLijiang2020()).forms().get(0);
        List<Indicator> output = f.getIndicators().subList(0, 3);
        assertThat(output).extracting(i -> i.getLevel1LabelSource().orElseThrow().getCell().orElseThrow()).containsOnly("A13");
        assertThat(output).extracting(i -> i.getLevel2LabelSource().orElseThrow().getCell().orElseThrow()).containsExactly("B13", "B14", "B15");
        assertThat(output).extracting(i -> i.getSource().orElseThrow().getCell().orElseThrow()).containsExactly("C13", "C14", "C15");
        assertThat(output.get(1).labelLocation(1)).isEqualTo(Location.cell("2020年度项目支出绩效自评表", "A13").withIndicator(output.get(1).getPath()));
    }

    /** In a document's table (Word, HTML) the place is the table's row and column. */
    @Test
    void aDocumentTablesLabelIsPlacedAtItsRowAndColumn() {
        Grid g = GridSketch.table(2, "2023年度项目支出绩效自评表")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训场次", "≥4次", "4次", "50", "50")
                .row("", "质量指标", "合格率", "≥90%", "95%", "40", "40").merge("A2:A3")
                .row("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "10", "10")
                .build();
        Form f = FormParser.create().parse(g).forms().get(0);
        Indicator second = f.getIndicators().get(1);
        assertThat(second.getLevel1LabelSource()).contains(Location.tableCell(2, 2, 1).withContext("2023年度项目支出绩效自评表"));
        assertThat(second.getLevel2LabelSource()).contains(Location.tableCell(2, 3, 2).withContext("2023年度项目支出绩效自评表"));
    }

    private static void assertLabelAt(Grid g, String label, Optional<Location> place, Indicator i) {
        if (label.isBlank()) {
            return;
        }
        assertThat(place).as("%s: the place of \"%s\"", i.getPath(), label).isPresent();
        int[] rc = position(g, place.get());
        assertThat(g.isOrigin(rc[0], rc[1])).as("%s is a merge's first cell", place.get()).isTrue();
        assertThat(g.cell(rc[0], rc[1]).getText()).as("the text at %s", place.get()).isEqualTo(label);
    }

    /** A grid position (from 0) of a place on a sheet. */
    private static int[] position(Grid g, Location l) {
        String a1 = l.getCell().orElseThrow();
        int c = 0;
        int k = 0;
        while (Character.isLetter(a1.charAt(k))) {
            c = c * 26 + (a1.charAt(k) - 'A' + 1);
            k++;
        }
        int r = Integer.parseInt(a1.substring(k)) - 1;
        assertThat(Grid.a1(r, c - 1)).isEqualTo(a1);
        return new int[] {r, c - 1};
    }
}
