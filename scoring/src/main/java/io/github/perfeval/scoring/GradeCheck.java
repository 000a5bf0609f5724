package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.policy.Grade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The grade a form declares beside its total ({@code 合计 | 100 | 96 | 优}) against the grade of the
 * computed total. The words forms use: 优/优秀, 良/良好, 中/一般/合格/及格, 差/较差/不合格/不及格.
 */
final class GradeCheck {

    private GradeCheck() {
    }

    /** The grade a declared word names, if it names one. */
    static Optional<Grade> of(String declared) {
        switch (Labels.normalize(declared)) {
            case "优": case "优秀":
                return Optional.of(Grade.EXCELLENT);
            case "良": case "良好":
                return Optional.of(Grade.GOOD);
            case "中": case "一般": case "合格": case "及格": case "中等":
                return Optional.of(Grade.FAIR);
            case "差": case "较差": case "不合格": case "不及格":
                return Optional.of(Grade.POOR);
            default:
                return Optional.empty();
        }
    }

    static void check(Form form, BigDecimal computed, Grade computedGrade, Location formPlace, List<Diagnostic> out) {
        Optional<LabelledText> declared = form.getDeclaredGrade();
        if (declared.isEmpty()) {
            return;
        }
        String text = declared.get().getText().strip();
        Location at = declared.get().getSource().orElse(formPlace);
        Optional<Grade> grade = of(text);
        if (grade.isEmpty()) {
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "unknownGrade", at, MessageArgument.text(text)));
            return;
        }
        if (grade.get() != computedGrade) {
            out.add(Diagnostic.of(StandardCode.DECLARED_GRADE_MISMATCH, at, MessageArgument.text(text),
                    MessageArgument.message("grade." + grade.get().name()), MessageArgument.number(computed),
                    MessageArgument.message("grade." + computedGrade.name())));
        }
    }
}
