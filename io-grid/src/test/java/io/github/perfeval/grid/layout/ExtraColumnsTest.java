package io.github.perfeval.grid.layout;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The column layout the workbook and Word writers share for extras and targets' parts: every row's extras come back
 * in the row's order when the written table is read column by column.
 */
class ExtraColumnsTest {

    private static LabelledText t(String label, String text) {
        return LabelledText.of(label, text);
    }

    @Test
    void columnsKeepEveryRowsOrderAndRepeatAHeaderARowRepeats() {
        List<LabelledText> first = List.of(t("原因", "a"), t("备注", "b"));
        List<LabelledText> second = List.of(t("佐证", "c"), t("原因", "d"), t("备注", "e"), t("备注", "f"));
        ExtraColumns columns = ExtraColumns.of(List.of(first, second));

        assertThat(columns.headers()).containsExactly("佐证", "原因", "备注", "备注");
        assertThat(columns.size()).isEqualTo(4);
        assertThat(columns.indexesOf(first)).containsExactly(1, 2);
        assertThat(columns.indexesOf(second)).containsExactly(0, 1, 2, 3);
        assertThat(columns.indexOfHeader("备注")).isEqualTo(2);
        assertThat(columns.indexOfHeader("偏差原因")).isEqualTo(-1);
    }

    @Test
    void rowsThatContradictEachOtherGetColumnsInFirstAppearanceOrder() {
        List<LabelledText> first = List.of(t("甲", "1"), t("乙", "2"));
        List<LabelledText> second = List.of(t("乙", "3"), t("甲", "4"));
        ExtraColumns columns = ExtraColumns.of(List.of(first, second));

        assertThat(columns.headers()).containsExactly("甲", "乙");
        assertThat(columns.indexesOf(second)).containsExactly(1, 0);
    }

    @Test
    void aRowNotAmongTheRowsIsRefusedByName() {
        ExtraColumns columns = ExtraColumns.of(List.of(List.of(t("原因", "a"))));
        assertThat(ExtraColumns.of(List.of()).size()).isZero();
        assertThatThrownBy(() -> columns.indexesOf(List.of(t("备注", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("备注");
    }

    @Test
    void splitTargetColumnsAreThePartsSomeIndicatorHasUnderTheFormsHeaders() {
        Indicator plain = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训次数")
                .target(IndicatorValue.parse("≥4次")).build();
        Indicator split = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("覆盖人数")
                .target(IndicatorValue.parse("≥100人")).splitTarget(SplitTarget.builder().unit(t("", "人")).build()).build();
        SplitTargetColumns columns = SplitTargetColumns.of(List.of(plain, split));

        assertThat(columns.headers()).containsExactly("度量单位");
        assertThat(columns.partsOf(split)).containsExactly(Optional.of(t("", "人")));
        assertThat(columns.partsOf(plain)).containsExactly(Optional.empty());
        assertThat(SplitTargetColumns.of(List.of(plain)).size()).isZero();
    }
}
