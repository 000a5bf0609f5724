package io.github.perfeval.report.html;

import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.testkit.FormBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Escaping: whatever a stranger typed comes back as the same text, and never as markup. */
class MarkupTest {

    /** Characters that matter to HTML, controls, CJK, astral characters, halves of surrogate pairs. */
    private static final String[] PIECES = {"<", ">", "&", "\"", "'", "=", "/", "script", "<!--", "-->", "]]>", "&amp;",
        "&#x3C;", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\r", "\n", "\r\n", "\t", " ", "\u3000", "\uFEFF",
        "\uFFFE", "\uFDD0", "\uD800", "\uDC00", "😀", "𠀋", "≥", "≦", "产出指标", "a", "1", "onerror", "javascript:", "`"};

    static LongStream seeds() {
        return LongStream.range(0, 60).map(i -> 0x5EEDL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTextRoundTripsThroughTheParsedPage(long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("x");
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = sb.toString();
        FormReport report = FormReport.of(Scorer.create().evaluate(FormBuilder.project("p", 2024)
                .level1("产出指标").level2("数量指标").indicator(text, text, "1次", 100, "100").build()), List.of(), Locale.CHINESE);
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of(text, List.of(report))))));
        String expected = expected(text);
        String why = "seed " + seed + ", text " + text.codePoints().mapToObj(Integer::toHexString).toList();
        Element section = page.selectFirst("section.form");
        assertThat(section.attr("data-file")).as(why).isEqualTo(expected);
        assertThat(page.select("script, img, iframe")).as(why).isEmpty();
        Element nameCell = page.select("table.paper tr").stream().filter(tr -> tr.childrenSize() >= 9)
                .skip(1).findFirst().orElseThrow().select("td.t .v").first();
        assertThat(nameCell.wholeText()).as(why).isEqualTo(expected);
    }

    /** What the page must show for a text: characters HTML forbids replaced, line ends as line feeds. */
    private static String expected(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            boolean control = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
            boolean nonChar = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            boolean lone = Character.isSurrogate((char) cp) && Character.charCount(cp) == 1;
            sb.appendCodePoint(control || nonChar || lone ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @Test
    void theFiveCharactersAreReferencesAndForbiddenOnesReplaced() {
        assertThat(Markup.escape("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
        assertThat(Markup.escape("a\u0000b\u0007c\uD800d\r\ne\rf\u0085g")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\ne\nf\uFFFDg");
        assertThat(Markup.escape("😀𠀋\t\n")).isEqualTo("😀𠀋\t\n");
        assertThat(Markup.escape(null)).isEmpty();
    }
}
