package io.github.perfeval.report.html;

import io.github.perfeval.core.fixtures.Annotated;
import io.github.perfeval.core.fixtures.FormTexts;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.form.EveryGridForm;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.testkit.SampleForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable form shows every value the form holds: for every grid, published and testkit form, as read and
 * with a comment on every cell and a 原因 on every budget line ({@link Annotated}), each text of the model
 * ({@link FormTexts}) is on the page, in Chinese and in English, and the table stays a rectangle (the budget
 * lines' extra columns beside the indicators'). The page has no reader, so this is its
 * lossless check. Hostile texts (markup, formulas) stay text: the page holds no element they would make.
 */
class EveryValueOnThePageTest {

    static Stream<Arguments> forms() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<String, Form> e : EveryGridForm.all()) {
            all.add(Arguments.of(e.getKey(), e.getValue()));
        }
        SampleForms.everyForm().forEach((name, form) -> all.add(Arguments.of(name, form)));
        List<Arguments> annotated = new ArrayList<>();
        for (Arguments a : all) {
            annotated.add(Arguments.of(a.get()[0] + " + Annotated", Annotated.everyCellCommented((Form) a.get()[1])));
        }
        all.addAll(annotated);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyValueOfTheFormIsOnThePage(String name, Form form) {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Document page = page(form, locale);
            GeneratedFormsPageTest.assertRectangle(page.selectFirst("table.paper"), name + " (" + locale + ")");
            Element section = page.selectFirst("table.paper").parent();
            String shown = FormTexts.flat(section.wholeText());
            for (FormTexts.Text t : FormTexts.of(form)) {
                assertThat(shown).as(name + " (" + locale + "): " + t.where()).contains(FormTexts.flat(t.text()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void hostileTextsStayText(String name, Form form) {
        Document page = page(form, Locale.CHINESE);
        assertThat(page.select("script")).as(name).isEmpty();
        Element table = page.selectFirst("table.paper");
        assertThat(table.select("b, i, script, img, iframe")).as(name).isEmpty();
        for (Element comment : table.select(".comment")) {
            assertThat(comment.children()).as(name).isEmpty();
        }
        if (name.endsWith("Annotated") && !form.getIndicators().isEmpty()) {
            assertThat(table.select(".comment").eachText()).as(name).anyMatch(t -> t.contains("<script>alert('批注')</script>"))
                    .anyMatch(t -> t.contains("=cmd|' /C calc'!A0"));
        }
    }

    private static Document page(Form form, Locale locale) {
        FormReport report = FormReport.of(Scorer.create().evaluate(form), List.of(), locale);
        HtmlReportWriter writer = locale == Locale.CHINESE ? HtmlReportWriter.create() : HtmlReportWriter.of(locale);
        return Jsoup.parse(writer.toHtml(Report.of(List.of(FileReport.of("every.xlsx", List.of(report))))));
    }
}
