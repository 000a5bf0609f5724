package io.github.perfeval.core.diagnostic;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyed diagnostic's messages come from the bundles, in any language a bundle is added for. */
class DiagnosticMessagesTest {

    private static final Location AT = Location.cell("基础数据表", "A1");

    private static Diagnostic yearMismatch() {
        Form form = Form.builder().kind(FormKind.DEPARTMENT).sheet("部门整体支出绩效自评表").year(2024).build();
        BasicData table = BasicData.builder().year(2023).source(AT).build();
        return DepartmentFiling.linkProblem(form, table).orElseThrow();
    }

    @Test
    void aKeyedDiagnosticCarriesItsKeyAndArguments() {
        Diagnostic d = yearMismatch();
        assertThat(d.getKey()).contains("BASIC_DATA_NOT_LINKED.year");
        assertThat(d.getArguments()).containsExactly(MessageArgument.number(2023),
                MessageArgument.message("fragment.formOnSheet", MessageArgument.text("部门整体支出绩效自评表")), MessageArgument.number(2024));
        assertThat(d.getMessageZh()).isEqualTo("基础数据表为2023年度，自评表“部门整体支出绩效自评表”为2024年度");
        assertThat(d.getMessageEn()).isEqualTo("the basic-data table is for 2023, the form on \"部门整体支出绩效自评表\" for 2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-HK", "zh-Hant-TW", "zh-Hans-SG"})
    void everyChineseLocaleGetsTheChineseBundle(String tag) {
        assertThat(yearMismatch().message(Locale.forLanguageTag(tag))).isEqualTo(yearMismatch().getMessageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "ja", "de-DE"})
    void aLanguageWithNoBundleGetsEnglish(String tag) {
        assertThat(yearMismatch().message(Locale.forLanguageTag(tag))).isEqualTo(yearMismatch().getMessageEn());
    }

    @Test
    void aBundleAddedForALanguageAnswersInIt() {
        // src/test/resources/io/github/perfeval/core/diagnostic/Messages_fr.properties, as an application adds it
        assertThat(yearMismatch().message(Locale.FRENCH))
                .isEqualTo("le tableau de base est de 2023, le formulaire de la feuille « 部门整体支出绩效自评表 » de 2024");
        assertThat(yearMismatch().message(Locale.CANADA_FRENCH)).startsWith("le tableau de base est de 2023");
    }

    @Test
    void theApplicationsTextsComeFirstAndPerfevalsFillTheRest() {
        Map<String, String> mine = Map.of("BASIC_DATA_NOT_LINKED.year", "Tabelle {0}, {1}: {2}");
        MessageTexts texts = (key, locale) -> "de".equals(locale.getLanguage()) ? Optional.ofNullable(mine.get(key)) : Optional.empty();
        assertThat(yearMismatch().message(Locale.GERMAN, texts)).isEqualTo("Tabelle 2023, the form on \"部门整体支出绩效自评表\": 2024");
        assertThat(yearMismatch().message(Locale.CHINESE, texts)).isEqualTo(yearMismatch().getMessageZh());
        Diagnostic literal = Diagnostic.of(StandardCode.VALUE_REMARK, AT, "说明", "remark");
        assertThat(literal.message(Locale.GERMAN, texts)).isEqualTo("remark");
    }

    @Test
    void numbersAreWrittenPlainlyWhateverTheLocale() {
        MessageTexts texts = (key, locale) -> Optional.of("{0} / {1}");
        Diagnostic d = Diagnostic.variant(StandardCode.VALUE_REMARK, "test", AT, MessageArgument.number(new BigDecimal("12345.6789000")),
                MessageArgument.number(new BigDecimal("1E+3")));
        assertThat(d.message(Locale.GERMANY, texts)).isEqualTo("12345.6789 / 1000");
    }

    @Test
    void aKeyNoBundleHasShowsTheKeyAndArgumentsNeverFails() {
        Diagnostic d = Diagnostic.variant(StandardCode.VALUE_REMARK, "fromANewerVersion", AT, MessageArgument.text("x"), MessageArgument.number(3));
        assertThat(d.getMessageEn()).isEqualTo("VALUE_REMARK.fromANewerVersion: x, 3");
        assertThat(d.message(Locale.FRENCH)).isEqualTo("VALUE_REMARK.fromANewerVersion: x, 3");
        MessageTexts broken = (key, locale) -> Optional.of("{0");
        assertThat(yearMismatch().message(Locale.ITALIAN, broken)).isEqualTo(yearMismatch().getMessageEn());
    }

    @Test
    void jsonCarriesKeyAndArgumentsAndOldJsonStillReads() throws Exception {
        Diagnostic d = yearMismatch();
        String json = PerfevalJson.mapper().writeValueAsString(d);
        assertThat(json).contains("\"message\":\"基础数据表为2023年度").contains("\"key\":\"BASIC_DATA_NOT_LINKED.year\"")
                .contains("\"arguments\":[{\"number\":2023},{\"key\":\"fragment.formOnSheet\",\"arguments\":[{\"text\":\"部门整体支出绩效自评表\"}]},{\"number\":2024}]");
        Diagnostic back = PerfevalJson.mapper().readValue(json, Diagnostic.class);
        assertThat(back).isEqualTo(d);
        assertThat(back.message(Locale.FRENCH)).startsWith("le tableau de base est de 2023");

        String old = "{\"code\":\"BASIC_DATA_NOT_LINKED\",\"severity\":\"ERROR\",\"message\":\"旧\",\"messageEn\":\"old\"}";
        Diagnostic read = PerfevalJson.mapper().readValue(old, Diagnostic.class);
        assertThat(read.getKey()).isEmpty();
        assertThat(read.getArguments()).isEmpty();
        assertThat(read.message(Locale.FRENCH)).isEqualTo("old");
        assertThat(read.message(Locale.CHINA)).isEqualTo("旧");

        String keyOnly = "{\"code\":\"BASIC_DATA_NOT_LINKED\",\"severity\":\"ERROR\",\"key\":\"fragment.formOnSheet\",\"arguments\":[{\"text\":\"表\"}]}";
        assertThat(PerfevalJson.mapper().readValue(keyOnly, Diagnostic.class).getMessageZh()).isEqualTo("自评表“表”");
    }

    @Test
    void anArgumentIsExactlyOneKind() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerfevalJson.mapper().readValue("{\"text\":\"a\",\"number\":1}", MessageArgument.class))
                .hasMessageContaining("one of");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerfevalJson.mapper().readValue("{}", MessageArgument.class))
                .hasMessageContaining("one of");
        assertThat(MessageArgument.list(List.of(MessageArgument.text("a"), MessageArgument.text("b"))).render(Locale.CHINESE, MessageTexts.bundled()))
                .isEqualTo("a、b");
        assertThat(MessageArgument.list(List.of(MessageArgument.text("a"), MessageArgument.text("b"))).render(Locale.ENGLISH, MessageTexts.bundled()))
                .isEqualTo("a, b");
        MessageArgument joined = MessageArgument.list(MessageArgument.LIST_JOINED, List.of(MessageArgument.text("a；"), MessageArgument.text("b；")));
        assertThat(joined.render(Locale.CHINESE, MessageTexts.bundled())).isEqualTo("a；b；");
        assertThat(joined.getSeparator()).contains(MessageArgument.LIST_JOINED);
        assertThat(MessageArgument.list(List.of()).getSeparator()).isEmpty();
    }
}
