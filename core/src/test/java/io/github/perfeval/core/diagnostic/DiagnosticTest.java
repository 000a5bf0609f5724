package io.github.perfeval.core.diagnostic;

import io.github.perfeval.core.source.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticTest {

    private static final Diagnostic D = Diagnostic.of(StandardCode.SCORE_EXCEEDS_WEIGHT, Location.indicator("产出指标/数量指标/a"),
            "得分超过分值", "score above weight");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-HK", "zh-Hant-TW", "zh-Hans-SG"})
    void everyChineseLocaleGetsChinese(String tag) {
        assertThat(D.message(Locale.forLanguageTag(tag))).isEqualTo("得分超过分值");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "fr-FR", "ja", "bo-CN", "ug-CN"})
    void everyOtherLanguageGetsEnglish(String tag) {
        assertThat(D.message(Locale.forLanguageTag(tag))).isEqualTo("score above weight");
    }

    @org.junit.jupiter.api.Test
    void noLocaleGetsTheFormsLanguage() {
        assertThat(D.message(null)).isEqualTo("得分超过分值");
    }
}
