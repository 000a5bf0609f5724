package io.github.perfeval.examples;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.testkit.SampleForms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: read a workbook, fix what the checks found, and write it back as the official form.
 * The fixes here: the declared total becomes the sum of the declared scores, and an indicator that
 * lost points without a reason gets a placeholder reason for the unit to complete.
 */
public final class FixAndReexport {

    private FixAndReexport() {
    }

    /**
     * Fixes a form's arithmetic; the evaluation says what is wrong.
     *
     * @param form the form as filed
     * @return the form with its declared total corrected and missing reasons marked
     */
    public static Form fix(Form form) {
        Evaluation e = Scorer.create().evaluate(form);
        Form.Builder fixed = Form.builder().from(form);
        if (!e.diagnostics(StandardCode.DECLARED_TOTAL_MISMATCH).isEmpty() && e.getDeclaredScores().isPresent()) {
            fixed.declaredTotal(Figure.of(e.getDeclaredScores().get()));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : form.getIndicators()) {
            boolean missing = e.diagnostics(StandardCode.MISSING_DEVIATION_REASON).stream()
                    .anyMatch(d -> d.getLocation().flatMap(l -> l.getIndicator()).map(i.getPath()::equals).orElse(false));
            indicators.add(missing ? Indicator.builder().from(i).deviationReason("【待补充】偏差原因分析及改进措施").build() : i);
        }
        return fixed.indicators(indicators).build();
    }

    /** Reads the yueyang sample, fixes it and writes fixed.xlsx with declared and computed scores. */
    public static void main(String[] args) throws IOException {
        Form form;
        try (InputStream in = SampleForms.workbook(SampleForms.YUEYANG_2024)) {
            form = ExcelFormReader.create().read(in, SampleForms.YUEYANG_2024).forms().get(0);
        }
        Form fixed = fix(form);
        Path out = Path.of(args.length > 0 ? args[0] : "fixed.xlsx");
        ExcelFormWriter.create(WriteOptions.defaults().withScores(ScoreColumns.BOTH))
                .writeEvaluations(List.of(Scorer.create().evaluate(fixed)), out);
        System.out.println("written " + out.toAbsolutePath());
    }
}
