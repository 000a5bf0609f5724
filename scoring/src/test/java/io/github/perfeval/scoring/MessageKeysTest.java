package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.MessageBundlesTest;
import io.github.perfeval.scoring.basicdata.DerivedMeasure;
import io.github.perfeval.scoring.policy.Grade;
import org.junit.jupiter.api.Test;

/** The message keys named after scoring's enums ({@code grade.EXCELLENT}, {@code measure.STAFFING_RATE}) word their labels. */
class MessageKeysTest {

    @Test
    void everyGradeAndMeasureHasItsTextsInBothLanguages() {
        for (Grade g : Grade.values()) {
            MessageBundlesTest.assertSays("grade." + g.name(), g.label(), g.english());
        }
        for (DerivedMeasure m : DerivedMeasure.values()) {
            MessageBundlesTest.assertSays("measure." + m.name(), m.label(), m.english());
        }
    }
}
