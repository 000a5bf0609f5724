package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.testkit.FormBuilder;
import io.github.perfeval.testkit.SampleForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's structure, parsed as a browser parses it (jsoup): runs everywhere, no browser needed. */
class HtmlReportWriterTest {

    private static FileReport yueyang;
    private static FileReport liuhe;
    private static Document yueyangPage;

    @BeforeAll
    static void read() {
        yueyang = Fixtures.file(SampleForms.YUEYANG_2024, Locale.CHINESE);
        liuhe = Fixtures.file(SampleForms.LIUHE_2024, Locale.CHINESE);
        yueyangPage = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(yueyang))));
    }

    private static FormReport yueyangForm() {
        return yueyang.getForms().get(0);
    }

    @Test
    void theFindingsOfThePublishedFormAreMarkedOnTheCellsTheyName() {
        Element form = yueyangPage.selectFirst("section.form");
        // the declared total 97.99 is not the sum of the scores (92.99); the total row says 100 for weights of 96
        Element total = form.selectFirst("td[data-cell=H38]");
        assertThat(total.selectFirst(".v").text()).isEqualTo("97.99");
        assertThat(total.classNames()).contains("mark", "sev-error");
        assertThat(footnotesOf(form, total)).contains("DECLARED_TOTAL_MISMATCH");
        Element weights = form.selectFirst("td[data-cell=G38]");
        assertThat(weights.selectFirst(".v").text()).isEqualTo("100");
        assertThat(footnotesOf(form, weights)).containsExactly("WEIGHT_TOTAL_MISMATCH");
        // 应急救援装备水平 declared 2 where the actual (显著提升 against 提升) earns 3, and gives no reason
        Element declared = form.selectFirst("td[data-cell=H34]");
        assertThat(declared.selectFirst(".v").text()).isEqualTo("2");
        assertThat(declared.classNames()).contains("mark", "sev-warning");
        assertThat(footnotesOf(form, declared)).containsExactly("DECLARED_SCORE_MISMATCH");
        Element name = form.selectFirst("td[data-cell=D34]");
        assertThat(name.selectFirst(".v").text()).isEqualTo("应急救援装备水平");
        assertThat(footnotesOf(form, name)).containsExactly("MISSING_DEVIATION_REASON");
        // cells without a finding are not marked
        assertThat(form.selectFirst("td[data-cell=D14]").classNames()).doesNotContain("mark");
    }

    @Test
    void everyDiagnosticIsOneNumberedFootnoteAndEveryPlacedOneIsMarkedWhereItsLocationSays() {
        for (FileReport file : List.of(yueyang, liuhe)) {
            Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(file))));
            Elements sections = page.select("section.form");
            assertThat(sections).hasSize(file.getForms().size());
            for (int k = 0; k < sections.size(); k++) {
                Element section = sections.get(k);
                List<Diagnostic> diagnostics = file.getForms().get(k).getDiagnostics();
                Elements notes = section.select("ol.findings > li");
                assertThat(notes).hasSize(diagnostics.size());
                for (int i = 0; i < diagnostics.size(); i++) {
                    Diagnostic d = diagnostics.get(i);
                    Element note = notes.get(i);
                    assertThat(note.attr("data-code")).isEqualTo(d.getCode());
                    assertThat(note.selectFirst(".msg").text()).isEqualTo(d.getMessageZh());
                    assertThat(note.id()).isEqualTo(section.id() + "-f" + (i + 1));
                    Elements badges = section.select("a.badge[href=#" + note.id() + "]");
                    String cell = d.getLocation().flatMap(Location::getCell).orElse(null);
                    if (note.attr("data-placement").equals("CELL")) {
                        assertThat(badges).hasSize(1);
                        Element marked = badges.first().closest("td");
                        assertThat(marked.attr("data-cell")).isEqualTo(cell);
                        assertThat(marked.classNames()).contains("mark");
                        assertThat(marked.attr("aria-describedby").split(" ")).contains(note.id());
                        assertThat(note.selectFirst("a.back").attr("href")).isEqualTo("#" + marked.id());
                    } else if (note.attr("data-placement").equals("FORM")) {
                        assertThat(badges).isEmpty();
                        assertThat(cell == null || section.select("td[data-cell=" + cell + "]").isEmpty()).isTrue();
                    }
                }
            }
        }
        // the liuhe project form has no 分值/得分 columns: the finding names the header cell, which is not drawn
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(liuhe))));
        Element noScores = page.selectFirst("section.form li[data-code=NO_SCORE_COLUMNS]");
        assertThat(noScores.attr("data-placement")).isEqualTo("FORM");
        assertThat(noScores.selectFirst(".placed")).isNotNull();
        // its targets stored as formulas are marked on the target cells
        Element formula = page.selectFirst("section.form td[data-cell=E14]");
        assertThat(formula.selectFirst(".v").text()).isEqualTo("=30000元");
        assertThat(formula.classNames()).contains("mark", "sev-info");
    }

    private static List<String> footnotesOf(Element section, Element cell) {
        List<String> codes = new ArrayList<>();
        for (Element badge : cell.select("a.badge")) {
            codes.add(section.selectFirst("li" + badge.attr("href")).attr("data-code"));
        }
        return codes;
    }

    @Test
    void declaredAndComputedScoresAreSideBySide() {
        Element row = yueyangPage.selectFirst("td[data-cell=D34]").parent();
        Element declared = row.selectFirst("td[data-cell=H34]");
        Element computed = declared.nextElementSibling();
        assertThat(computed.classNames()).contains("c", "differs");
        assertThat(computed.selectFirst(".v").text()).isEqualTo("3");
        assertThat(computed.attr("title")).contains("显著提升");
        // agreeing scores are not flagged
        Element agreeing = yueyangPage.selectFirst("td[data-cell=H14]").nextElementSibling();
        assertThat(agreeing.selectFirst(".v").text()).isEqualTo("5");
        assertThat(agreeing.classNames()).doesNotContain("differs");
        // the total row: declared 97.99, computed 93.99, the grade
        Element totalRow = yueyangPage.selectFirst("td[data-cell=H38]").parent();
        assertThat(totalRow.selectFirst("td[data-cell=H38]").nextElementSibling().selectFirst(".v").text()).isEqualTo("93.99");
        assertThat(totalRow.text()).contains("等级：优");
        // the budget: declared 9.99, computed 9.99, the declared rate with the computed one
        Element budgetTotal = yueyangPage.select("td").stream().filter(td -> td.text().equals("年度资金总额")).findFirst().orElseThrow();
        assertThat(budgetTotal.parent().select("td.c .v").text()).isEqualTo("9.99");
        assertThat(budgetTotal.parent().select(".note").text()).isEqualTo("计算 99.86%");
    }

    @Test
    void theSummaryGivesTheTotalGradeAndCountsBySeverity() {
        Element overview = yueyangPage.selectFirst("section.form .overview");
        assertThat(overview.selectFirst("dd.score").text()).isEqualTo("93.99");
        assertThat(overview.selectFirst("dd.grade").text()).isEqualTo("优");
        assertThat(overview.selectFirst("dd.declared-total").text()).isEqualTo("97.99");
        assertThat(overview.selectFirst("dd.weights").text()).isEqualTo("96");
        FormReport f = yueyangForm();
        for (Element li : overview.select("ul.counts li")) {
            long expected = f.getDiagnostics().stream().filter(d -> d.getSeverity().name().equals(li.attr("data-severity"))).count();
            assertThat(li.attr("data-count")).isEqualTo(String.valueOf(expected));
        }
        // 提示 3: the directions of the bare targets 90%, 90天 and 0起, each said (DIRECTION_INFERRED)
        assertThat(overview.select("ul.counts li").eachText()).containsExactly("✖ 错误 3", "▲ 警告 5", "● 提示 3");
    }

    @Test
    void theChartShowsEachLevel1AndTheBudgetAgainstTheirWeights() {
        Elements bars = yueyangPage.select("section.form figure.chart svg g.bar");
        List<String> shown = bars.stream().map(g -> g.selectFirst("text.bar-label").text() + " " + g.attr("data-score")
                + "/" + g.attr("data-weight")).collect(Collectors.toList());
        assertThat(shown).containsExactly("产出指标 50/50", "效益指标 28/30", "满意度指标 6/6", "预算执行 9.99/10");
        // the satisfaction label says 10 points where its indicators carry 6: a tick marks what it says
        Element satisfaction = bars.get(2);
        assertThat(satisfaction.selectFirst("line.label-says")).isNotNull();
        assertThat(satisfaction.selectFirst("text.bar-value").text()).isEqualTo("6 / 6（标注10）");
        assertThat(bars.get(0).selectFirst("line.label-says")).isNull();
        // bars are drawn to scale: the score bar of 效益 is 28/50 of the longest weight bar
        double full = Double.parseDouble(bars.get(0).selectFirst("rect.weight").attr("width"));
        double effect = Double.parseDouble(bars.get(1).selectFirst("rect.score").attr("width"));
        assertThat(effect / full).isCloseTo(28.0 / 50, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void levelsSpanTheirIndicatorsAsOnPaperAndEveryRowFillsTheTenColumns() {
        for (FileReport file : List.of(yueyang, liuhe)) {
            Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(file))));
            for (int k = 0; k < file.getForms().size(); k++) {
                Form form = file.getForms().get(k).getForm();
                Element table = page.select("section.form").get(k).selectFirst("table.paper");
                assertRectangular(table);
                // each run of the same level-1 label is one cell spanning its indicators
                List<String> runs = new ArrayList<>();
                List<Integer> spans = new ArrayList<>();
                for (Indicator i : form.getIndicators()) {
                    if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(i.getLevel1Label())) {
                        runs.add(i.getLevel1Label());
                        spans.add(1);
                    } else {
                        spans.set(spans.size() - 1, spans.get(spans.size() - 1) + 1);
                    }
                }
                Element first = table.select("td[data-cell]").stream()
                        .filter(td -> td.selectFirst(".v").text().equals(form.getIndicators().get(0).getName()))
                        .findFirst().orElseThrow();
                List<Element> level1Cells = new ArrayList<>();
                for (Element tr = first.parent(); tr != null; tr = tr.nextElementSibling()) {
                    Element c = tr.child(0);
                    if (tr.childrenSize() == 9 + table.select("th.extra").size()) {
                        level1Cells.add(c);
                    }
                }
                assertThat(level1Cells.stream().map(c -> c.selectFirst(".v").wholeText()).collect(Collectors.toList()))
                        .isEqualTo(runs);
                assertThat(level1Cells.stream().map(c -> c.hasAttr("rowspan") ? Integer.parseInt(c.attr("rowspan")) : 1)
                        .collect(Collectors.toList())).isEqualTo(spans);
            }
        }
        // the published yueyang level-1 label keeps its line breaks and points as written
        assertThat(yueyangPage.select("td.l .v").eachText()).contains("产出指标 （50分）");
    }

    /**
     * Every row of the table covers its columns (the ten of every form and its extra columns) exactly once,
     * counting rowspans and colspans.
     */
    private static void assertRectangular(Element table) {
        Elements rows = table.select("tbody > tr");
        int columns = table.select("colgroup > col").size();
        assertThat(columns).isGreaterThanOrEqualTo(PaperForm.COLUMNS);
        int[] busyUntil = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                while (col < columns && busyUntil[col] > r) {
                    col++;
                }
                int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                int down = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                assertThat(col + span).as("row %d overflows", r).isLessThanOrEqualTo(columns);
                for (int c = col; c < col + span; c++) {
                    busyUntil[c] = r + down;
                }
                col += span;
            }
            for (int c = 0; c < columns; c++) {
                assertThat(busyUntil[c]).as("row %d, column %d is empty", r, c).isGreaterThan(r);
            }
        }
    }

    /** A form holding what the reader keeps beyond the standard table, each part at a sheet cell of its own. */
    private static Form fullForm() {
        String sheet = "自评表";
        Indicator first = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训次数")
                .target(IndicatorValue.parse("≥4次", Location.cell(sheet, "E8")))
                .actual(IndicatorValue.parse("4次", Location.cell(sheet, "F8")))
                .weight(Figure.parse("50", Location.cell(sheet, "G8")))
                .declaredScore(Figure.parse("50", Location.cell(sheet, "H8")))
                .source(Location.cell(sheet, "D8"))
                .addExtras(LabelledText.builder().label("评分标准").text("每少1次扣<5>分").source(Location.cell(sheet, "J8")).build())
                .addExtras(LabelledText.builder().label("备注").text("").source(Location.cell(sheet, "K8")).build())
                .build();
        Indicator second = Indicator.builder().level1Label("产出指标").level2Label("质量指标").name("合格率")
                .target(IndicatorValue.parse("≥90%", Location.cell(sheet, "E9")))
                .actual(IndicatorValue.parse("95%", Location.cell(sheet, "F9")))
                .weight(Figure.parse("50", Location.cell(sheet, "G9")))
                .declaredScore(Figure.parse("50", Location.cell(sheet, "H9")))
                .source(Location.cell(sheet, "D9"))
                .addExtras(LabelledText.builder().label("备注").text("<b>抽检</b>").source(Location.cell(sheet, "K9")).build())
                .build();
        return Form.builder().kind(FormKind.PROJECT).projectName("培训项目").sheet(sheet)
                .addHeaderFields(LabelledText.builder().label("资金用途").text("培训<script>x</script>")
                        .source(Location.cell(sheet, "C3")).build())
                .addIndicators(first, second)
                .declaredWeightTotal(Figure.parse("100", Location.cell(sheet, "G10")))
                .declaredTotal(Figure.parse("100", Location.cell(sheet, "H10")))
                .declaredGrade(LabelledText.builder().label("自评等级").text("良").source(Location.cell(sheet, "I10")).build())
                .addTextSections(TextSection.builder().kind(SectionKind.CAPTION).text("附件2").source(Location.cell(sheet, "A1")).build())
                .addTextSections(TextSection.builder().kind(SectionKind.CONCLUSION).label("评价结论").text("较好完成</td><td>")
                        .source(Location.cell(sheet, "B12")).build())
                .addTextSections(TextSection.builder().kind(SectionKind.NOTE).text("备注：本表金额单位为万元")
                        .source(Location.cell(sheet, "A13")).build())
                .footer(Footer.parse("填表人：张三  联系电话：0730-1234567"))
                .build();
    }

    @Test
    void headerFieldsExtraColumnsTheDeclaredGradeTextSectionsAndTheFooterAreDrawnWhereTheFormHasThem() {
        Form form = fullForm();
        String sheet = form.getSheet().orElseThrow();
        List<Diagnostic> read = List.of(
                Diagnostic.of(StandardCode.NOT_KEPT, Location.cell(sheet, "C3"), "资金用途未保留", "not kept"),
                Diagnostic.of(StandardCode.NOT_KEPT, Location.cell(sheet, "J8"), "评分标准未保留", "not kept"),
                Diagnostic.of(StandardCode.NOT_KEPT, Location.cell(sheet, "B12"), "评价结论未保留", "not kept"));
        FormReport report = FormReport.of(Scorer.create().evaluate(form), read, Locale.CHINESE);
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("full.xlsx", List.of(report))))));
        Element table = page.selectFirst("table.paper");
        assertRectangular(table);
        Elements rows = table.select("tbody > tr");

        // the caption of the title block first, then the header fields
        assertThat(rows.get(0).selectFirst("td.section.caption .v").text()).isEqualTo("附件2");
        Element fieldRow = table.selectFirst("td[data-cell=C3]").parent();
        assertThat(fieldRow.selectFirst("th.header-field").text()).isEqualTo("资金用途");
        assertThat(table.selectFirst("td[data-cell=C3] .v").text()).isEqualTo("培训<script>x</script>");
        assertThat(fieldRow.elementSiblingIndex()).isLessThan(table.selectFirst("td[data-cell=D8]").parent().elementSiblingIndex());

        // extra columns after the form's own, headed as written; each row's value under its header
        assertThat(table.select("th.extra").eachText()).containsExactly("评分标准", "备注");
        assertThat(table.select("colgroup > col")).hasSize(PaperForm.COLUMNS + 2);
        Element criterion = table.selectFirst("td[data-cell=J8]");
        assertThat(criterion.selectFirst(".v").text()).isEqualTo("每少1次扣<5>分");
        assertThat(criterion.elementSiblingIndex()).isEqualTo(criterion.parent().childrenSize() - 2);
        Element secondRow = table.selectFirst("td[data-cell=K9]").parent();
        assertThat(secondRow.child(secondRow.childrenSize() - 2).classNames()).contains("extra");
        assertThat(secondRow.child(secondRow.childrenSize() - 2).selectFirst(".v").text()).isEmpty();
        assertThat(table.selectFirst("td[data-cell=K9] .v").text()).isEqualTo("<b>抽检</b>");

        // the declared grade on the total row, beside the declared and computed totals; 良 against 100 is an error
        Element grade = table.selectFirst("td[data-cell=I10]");
        assertThat(grade.selectFirst(".v").text()).isEqualTo("自评等级：良");
        assertThat(grade.parent()).isEqualTo(table.selectFirst("td[data-cell=H10]").parent());
        assertThat(footnotesOf(page.selectFirst("section.form"), grade)).containsExactly("DECLARED_GRADE_MISMATCH");
        assertThat(grade.classNames()).contains("mark", "sev-error");

        // the text sections and the footer below the table, as written
        int totalRow = grade.parent().elementSiblingIndex();
        Element conclusion = table.selectFirst("td[data-cell=B12]");
        assertThat(conclusion.parent().elementSiblingIndex()).isGreaterThan(totalRow);
        assertThat(conclusion.parent().selectFirst("th").text()).isEqualTo("评价结论");
        assertThat(conclusion.selectFirst(".v").text()).isEqualTo("较好完成</td><td>");
        assertThat(conclusion.classNames()).contains("section", "conclusion");
        Element note = table.selectFirst("td[data-cell=A13]");
        assertThat(note.attr("colspan")).isEqualTo(String.valueOf(PaperForm.COLUMNS + 2));
        assertThat(note.selectFirst(".v").text()).isEqualTo("备注：本表金额单位为万元");
        Element footer = rows.last().selectFirst("td.footer");
        assertThat(footer.selectFirst(".v").wholeText()).isEqualTo("填表人：张三  联系电话：0730-1234567");

        // the findings naming the header field, the extra column and the section are marked on them
        for (String cell : List.of("C3", "J8", "B12")) {
            Element marked = table.selectFirst("td[data-cell=" + cell + "]");
            assertThat(marked.classNames()).as(cell).contains("mark", "sev-warning");
            assertThat(footnotesOf(page.selectFirst("section.form"), marked)).as(cell).containsExactly("NOT_KEPT");
        }
        // nothing of a stranger's text became markup
        assertThat(page.select("table.paper script, table.paper b")).isEmpty();

        FormReport en = FormReport.of(Scorer.create().evaluate(Form.builder().from(form).declaredGrade(LabelledText.of("", "良")).build()), List.of(),
                Locale.ENGLISH);
        Document english = Jsoup.parse(HtmlReportWriter.of(Locale.ENGLISH).toHtml(Report.of(List.of(FileReport.of("f", List.of(en))))));
        assertThat(english.selectFirst("td.declared-grade .v").text()).isEqualTo("Declared grade: 良");
    }

    @Test
    void thePageIsSelfContainedAndMayLoadNothing() {
        Document page = yueyangPage;
        assertThat(page.select("script, link, img, iframe, object, embed, base, form")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        for (Element a : page.select("[href]")) {
            assertThat(a.attr("href")).startsWith("#");
        }
        String css = page.select("style").html();
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(css).contains("@page { size: A4 landscape;");
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp.attr("content")).startsWith("default-src 'none';").doesNotContain("script-src");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        // ids are unique (footnote links must land on one element)
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
        }
        for (Element a : page.select("a[href]")) {
            assertThat(ids).contains(a.attr("href").substring(1));
        }
    }

    @Test
    void strangersTextIsEscapedEverywhere() {
        String name = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" '&amp;</td></tr></table><img src=x onerror=alert(3)>";
        String reason = "原因</span><a href=\"http://evil.example/\">点我</a>";
        Form form = FormBuilder.project("项目<b>粗</b>", 2024).unit("单位\"'<>&")
                .budget("10", "5", 10, "=1+1")
                .level1("产出指标<i>").level2("数量指标")
                .indicator(name, "≥4次", "2次<br>", 10, "9", reason)
                .indicator("第二个", "<=3天", "@SUM(A1)", 80, "80")
                .declaredTotal("100")
                .build();
        FormReport report = FormReport.of(Scorer.create().evaluate(form), List.of(), Locale.CHINESE);
        String html = HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("<b>x</b>.xlsx\"", List.of(report)))));
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, b, i, br, a[href^=http]")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWith("on");
            }
        }
        // the texts themselves survive exactly
        assertThat(page.select("td.t .v").eachText()).contains(name, reason, "2次<br>", "@SUM(A1)");
        assertThat(page.select("td.l .v").eachText()).contains("产出指标<i>");
        assertThat(page.selectFirst("section.form").attr("data-file")).isEqualTo("<b>x</b>.xlsx\"");
        Element nameCell = page.select("td.t").stream().filter(td -> td.selectFirst(".v").text().equals(name)).findFirst().orElseThrow();
        // its finding (declared 9 where 2 of 4 earns 5) quotes it, in the footnote and on hover
        assertThat(page.select("ol.findings .msg").eachText()).anyMatch(m -> m.contains(name));
        assertThat(nameCell.attr("title")).contains(name);
    }

    @Test
    void aFormBuiltInCodeHasItsFindingsOnTheIndicatorsTheyName() {
        Form form = FormBuilder.department("某局", 2024)
                .budget("100", "100", 10, "10")
                .level1("产出指标").level2("数量指标")
                .indicator("培训次数", "≥4次", "2次", 50, "25")
                .level1("效益指标").level2("社会效益指标")
                .indicator("群众满意度", "≥90%", "95%", 40, "40")
                .declaredTotal("75")
                .build();
        FormReport report = FormReport.of(Scorer.create().evaluate(form), List.of(), Locale.CHINESE);
        assertThat(report.getDiagnostics()).anyMatch(d -> d.is(StandardCode.MISSING_DEVIATION_REASON));
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("api", List.of(report))))));
        Element note = page.selectFirst("li[data-code=MISSING_DEVIATION_REASON]");
        assertThat(note.attr("data-placement")).isEqualTo("INDICATOR");
        Element marked = page.selectFirst("a.badge[href=#" + note.id() + "]").closest("td");
        assertThat(marked.selectFirst(".v").text()).isEqualTo("培训次数");
        assertThat(note.selectFirst(".placed")).isNull();
    }

    @Test
    void aFormFromADocumentTableHasItsFindingsOnTheTableCellsTheyName() {
        // as the Word and HTML readers place values: table 2 of the document, row and column of its grid
        Location name = Location.tableCell(2, 7, 3).withContext("2024年度项目支出绩效自评表");
        Indicator.Builder ind = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训次数")
                .target(io.github.perfeval.core.value.IndicatorValue.parse("≥4次", Location.tableCell(2, 7, 4)))
                .actual(io.github.perfeval.core.value.IndicatorValue.parse("2次", Location.tableCell(2, 7, 5)))
                .weight(io.github.perfeval.core.quantity.Figure.parse("100", Location.tableCell(2, 7, 6)))
                .declaredScore(io.github.perfeval.core.quantity.Figure.parse("80", Location.tableCell(2, 7, 7)))
                .source(name);
        Form form = Form.builder().kind(io.github.perfeval.core.form.FormKind.PROJECT).projectName("培训").addIndicators(ind.build()).build();
        FormReport report = FormReport.of(Scorer.create().evaluate(form), List.of(), Locale.CHINESE);
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("p.docx", List.of(report))))));
        Element mismatch = page.selectFirst("li[data-code=DECLARED_SCORE_MISMATCH]");
        assertThat(mismatch.attr("data-placement")).isEqualTo("CELL");
        Element declared = page.selectFirst("a.badge[href=#" + mismatch.id() + "]").closest("td");
        assertThat(declared.attr("data-table-cell")).isEqualTo("2,7,7");
        assertThat(declared.selectFirst(".v").text()).isEqualTo("80");
        Element reason = page.selectFirst("li[data-code=MISSING_DEVIATION_REASON]");
        assertThat(page.selectFirst("a.badge[href=#" + reason.id() + "]").closest("td").attr("data-table-cell")).isEqualTo("2,7,3");
    }

    @Test
    void aFindingOnACellThatIsNotDrawnMarksTheDrawnCellOfItsRow() {
        FormReport published = yueyangForm();
        // a reading finding on the level-2 label of the first indicator (C14): labels carry no place in the model
        Diagnostic onLabel = Diagnostic.of(StandardCode.UNKNOWN_LEVEL_LABEL, Location.cell(published.getSheet().orElseThrow(), "C14"),
                "未识别的二级指标", "unknown level 2");
        FormReport report = FormReport.of(Scorer.create().evaluate(published.getForm()), List.of(onLabel), Locale.CHINESE);
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("y.xlsx", List.of(report))))));
        Element note = page.selectFirst("li[data-code=UNKNOWN_LEVEL_LABEL]");
        assertThat(note.attr("data-placement")).isEqualTo("SAME_ROW");
        assertThat(note.selectFirst(".placed")).isNotNull();
        Element marked = page.selectFirst("a.badge[href=#" + note.id() + "]").closest("td");
        assertThat(marked.attr("data-cell")).isEqualTo("D14");
    }

    @Test
    void englishPagesSpeakEnglish() {
        FileReport en = Fixtures.file(SampleForms.YUEYANG_2024, Locale.ENGLISH);
        Document page = Jsoup.parse(HtmlReportWriter.of(Locale.ENGLISH).toHtml(Report.of(List.of(en))));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Budget performance self-evaluation: check report");
        assertThat(page.select("table.paper th").eachText()).contains("Level 1", "Target", "Actual", "Score (declared)", "Score (computed)");
        assertThat(page.selectFirst("dd.grade").text()).isEqualTo("excellent");
        Element note = page.selectFirst("li[data-code=DECLARED_TOTAL_MISMATCH]");
        Diagnostic d = en.getForms().get(0).getDiagnostics().stream().filter(x -> x.getCode().equals("DECLARED_TOTAL_MISMATCH"))
                .findFirst().orElseThrow();
        assertThat(note.selectFirst(".msg").text()).isEqualTo(d.getMessageEn());
        assertThat(note.selectFirst(".sev").text()).isEqualTo("error");
        // the form's own texts stay as written
        assertThat(page.select("td.t .v").eachText()).contains("应急救援装备水平");
    }

    @Test
    void manyFilesGiveOnePageWithAnIndex() throws Exception {
        FileReport broken = FileReport.unreadable("坏<表>.xlsx", "坏<表>.xlsx: not an Excel workbook");
        Report report = Report.of(List.of(yueyang, broken, liuhe));
        StringWriter out = new StringWriter();
        HtmlReportWriter.create().write(report, out);
        Document page = Jsoup.parse(out.toString());
        Elements links = page.select("nav.index tbody a[href]");
        assertThat(links).hasSize(1 + 1 + liuhe.getForms().size());
        for (Element a : links) {
            assertThat(page.getElementById(a.attr("href").substring(1))).isNotNull();
        }
        assertThat(page.select("section.form")).hasSize(1 + liuhe.getForms().size());
        Element unreadable = page.selectFirst("section.unreadable");
        assertThat(unreadable.text()).contains("坏<表>.xlsx: not an Excel workbook");
        Elements rows = page.select("nav.index tbody tr");
        assertThat(rows.get(0).text()).contains("岳阳市应急管理局", "93.99", "优");
        assertThat(rows.get(1).classNames()).contains("unreadable");
        assertThat(page.selectFirst(".page-summary").text()).isEqualTo("3个文件，3张表，1张表有错误，1个文件无法读取");
        // one form alone needs no index
        assertThat(yueyangPage.select("nav.index")).isEmpty();
        // written to a file, the page is UTF-8
        Path file = Files.createTempFile("perfeval", ".html");
        try {
            HtmlReportWriter.create().write(report, file);
            assertThat(Files.readString(file)).isEqualTo(out.toString());
        } finally {
            Files.delete(file);
        }
    }
}
