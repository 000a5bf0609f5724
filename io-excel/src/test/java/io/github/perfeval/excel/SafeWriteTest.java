package io.github.perfeval.excel;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.excel.bulk.BulkIndicatorReader;
import io.github.perfeval.excel.bulk.BulkIndicatorWriter;
import io.github.perfeval.excel.bulk.IndicatorRow;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files the writers replace are either the previous file or the complete new one; a text too long is refused, not cut. */
class SafeWriteTest {

    private static Form withReason(String reason) {
        return Form.builder().kind(FormKind.PROJECT).projectName("培训项目")
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训")
                        .target(IndicatorValue.parse("≥4次")).actual(IndicatorValue.parse("3次"))
                        .weight(Figure.of("10")).declaredScore(Figure.of("7.5")).deviationReason(reason).build())
                .build();
    }

    @Test
    void aReasonLongerThanACellLeavesThePreviousWorkbook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.xlsx");
        ExcelFormWriter.create().write(List.of(withReason("天气原因")), out);
        byte[] previous = Files.readAllBytes(out);
        Form tooLong = withReason("原".repeat(40_000));
        assertThatThrownBy(() -> ExcelFormWriter.create().write(List.of(tooLong), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40000").hasMessageContaining("32767").hasMessageMatching("(?s)[^!]+![A-Z]+\\d+: .*");
        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        assertThatThrownBy(() -> ExcelFormWriter.create().writeEvaluations(List.of(Scorer.create().evaluate(tooLong)), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        assertThat(names(dir)).containsExactly("out.xlsx");
        assertThat(ExcelFormReader.create().read(out).forms().get(0).getIndicators().get(0).getDeviationReason()).contains("天气原因");
        // 32,767 characters still fit, and come back whole
        ExcelFormWriter.create().write(List.of(withReason("原".repeat(32_767))), out);
        assertThat(ExcelFormReader.create().read(out).forms().get(0).getIndicators().get(0).getDeviationReason().orElseThrow())
                .hasSize(32_767);
    }

    @Test
    void aBulkTableIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("indicators.xlsx");
        assertThat(BulkIndicatorWriter.write(out, w -> {
            for (int i = 0; i < 50; i++) {
                w.write(IndicatorRow.of("2024", "PROJECT", "单位", "项目", "产出指标", "数量指标", "指标" + i, "≥1次", "1次", "2", "2", ""));
            }
        })).isEqualTo(50);
        byte[] previous = Files.readAllBytes(out);
        assertThatThrownBy(() -> BulkIndicatorWriter.write(out, w -> {
            w.write(IndicatorRow.of("2024", "PROJECT", "单位", "项目", "产出指标", "数量指标", "新指标", "≥1次", "1次", "2", "2", ""));
            throw new IOException("the source database went away");
        })).hasMessage("the source database went away");
        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        assertThatThrownBy(() -> BulkIndicatorWriter.write(out, w ->
                w.write(IndicatorRow.of("2024", "PROJECT", "单位", "项目", "产出指标", "数量指标", "新指标", "≥1次", "1次", "2", "2",
                        "因".repeat(40_000)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2").hasMessageContaining("40000");
        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        assertThat(names(dir)).containsExactly("indicators.xlsx");
        assertThat(BulkIndicatorReader.read(out, row -> { }).getValue()).isEqualTo(50L);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
