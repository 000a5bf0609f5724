package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms the page was never tuned on, generated from a seed: any number of level-1 and level-2 groups
 * (known, unknown, with points, with line breaks), missing weights and scores, scores above weights,
 * budgets and goals or none, extra columns, header fields, a declared grade, text sections and a footer or
 * none, placed on a sheet or built in code. The page stays a rectangle (ten columns and the extra ones),
 * everything the form holds is drawn, each run of a level label is one cell spanning its rows, and every finding is one footnote,
 * marked on the cell it names when that cell is drawn.
 */
class GeneratedFormsPageTest {

    private static final String[] LEVEL1 = {"产出指标", "产出指标 （40分）", "效益指标", "满意度\n指标\n（10分）", "成本指标",
        "自定义指标", "效益指标（30分）"};
    private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "经济效\n\n益指标",
        "服务对象满意度指标", "可持续影响指标", "其他"};
    private static final String[] TARGETS = {"≥4次", ">=90%", "≤2小时", "=12月", "提升", "100%", "0起", "", "≦5天", "≥1,244人"};
    private static final String[] EXTRAS = {"指标解释", "评分标准", "备注"};
    private static final String[] ACTUALS = {"4次", "95%", "3小时", "12月", "显著提升", "98%", "1起", "", "完成", "1200人"};

    static LongStream seeds() {
        return LongStream.range(0, 40).map(i -> 0xF0F0L + i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyFormIsDrawnAsARectangleWithItsFindingsWhereTheySay(long seed) {
        Random random = new Random(seed);
        boolean placed = random.nextBoolean();
        Form form = generate(random, placed);
        FormReport report = FormReport.of(Scorer.create().evaluate(form), List.of(), Locale.CHINESE);
        Document page = Jsoup.parse(HtmlReportWriter.create().toHtml(Report.of(List.of(FileReport.of("g.xlsx", List.of(report))))));
        String why = "seed " + seed;
        Element table = page.selectFirst("table.paper");
        assertRectangle(table, why);

        // level labels: each run of the same label is one cell spanning the run
        List<Indicator> inds = form.getIndicators();
        List<String> level1Runs = new ArrayList<>();
        List<String> level2Runs = new ArrayList<>();
        for (int i = 0; i < inds.size(); i++) {
            boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(inds.get(i).getLevel1Label());
            if (new1) {
                level1Runs.add(inds.get(i).getLevel1Label());
            }
            if (new1 || !inds.get(i - 1).getLevel2Label().equals(inds.get(i).getLevel2Label())) {
                level2Runs.add(inds.get(i).getLevel2Label());
            }
        }
        List<String> drawn = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        for (Element l : table.select("td.level1, td.level2")) {
            drawn.add(l.selectFirst(".v").wholeText());
            spans.add(l.hasAttr("rowspan") ? Integer.parseInt(l.attr("rowspan")) : 1);
        }
        List<String> expected = new ArrayList<>();
        List<Integer> expectedSpans = new ArrayList<>();
        int r1 = 0;
        int r2 = 0;
        for (int i = 0; i < inds.size(); i++) {
            boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(inds.get(i).getLevel1Label());
            boolean new2 = new1 || !inds.get(i - 1).getLevel2Label().equals(inds.get(i).getLevel2Label());
            if (new1) {
                expected.add(level1Runs.get(r1++));
                expectedSpans.add(run(inds, i, false));
            }
            if (new2) {
                expected.add(level2Runs.get(r2++));
                expectedSpans.add(run(inds, i, true));
            }
        }
        assertThat(drawn).as(why + ": level labels in order, once a run").isEqualTo(expected);
        assertThat(spans).as(why + ": each spans its run").isEqualTo(expectedSpans);
        assertThat(table.select("td.name")).as(why + ": one row an indicator").hasSize(inds.size());

        // nothing the form holds beyond the standard table is left out
        List<String> texts = new ArrayList<>();
        for (Element v : table.select("td > .v")) {
            texts.add(v.wholeText());
        }
        for (Indicator ind : inds) {
            for (LabelledText extra : ind.getExtras()) {
                assertThat(texts).as(why).contains(extra.getText());
            }
        }
        for (TextSection t : form.getTextSections()) {
            assertThat(texts).as(why).contains(t.getText());
        }
        for (LabelledText f : form.getHeaderFields()) {
            assertThat(texts).as(why).contains(f.getText());
        }
        form.getDeclaredGrade().ifPresent(g -> assertThat(table.select("td.declared-grade .v").text()).as(why).endsWith(g.getText()));
        form.getFooter().flatMap(Footer::getRaw).ifPresent(f -> assertThat(texts).as(why).contains(f));

        // findings: one footnote each, in order; marked on the cell they name when it is drawn
        List<Diagnostic> diagnostics = report.getDiagnostics();
        Elements notes = page.select("ol.findings > li");
        assertThat(notes).as(why).hasSize(diagnostics.size());
        Set<String> drawnCells = new HashSet<>(page.select("td[data-cell]").eachAttr("data-cell"));
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            Element note = notes.get(i);
            assertThat(note.attr("data-code")).as(why).isEqualTo(d.getCode());
            String cell = d.getLocation().flatMap(Location::getCell).orElse(null);
            Elements badges = page.select("a.badge[href=#" + note.id() + "]");
            if (cell != null && drawnCells.contains(cell)) {
                assertThat(note.attr("data-placement")).as(why + " " + d).isEqualTo("CELL");
                assertThat(badges.first().closest("td").attr("data-cell")).as(why + " " + d).isEqualTo(cell);
            } else if (d.getLocation().flatMap(Location::getIndicator).isPresent()) {
                assertThat(badges).as(why + " " + d + ": on its indicator").hasSize(1);
            }
        }
    }

    /** How many indicators from {@code i} share its level-1 label (and level-2 label, when asked). */
    private static int run(List<Indicator> inds, int i, boolean level2) {
        int n = 1;
        while (i + n < inds.size() && inds.get(i + n).getLevel1Label().equals(inds.get(i).getLevel1Label())
                && (!level2 || inds.get(i + n).getLevel2Label().equals(inds.get(i).getLevel2Label()))) {
            n++;
        }
        return n;
    }

    private static Form generate(Random random, boolean placed) {
        String sheet = "自评表";
        int row = 12;
        List<Indicator> inds = new ArrayList<>();
        int groups = 1 + random.nextInt(4);
        for (int g = 0; g < groups; g++) {
            String l1 = LEVEL1[random.nextInt(LEVEL1.length)];
            int subgroups = 1 + random.nextInt(3);
            for (int s = 0; s < subgroups; s++) {
                String l2 = LEVEL2[random.nextInt(LEVEL2.length)];
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    row++;
                    int t = random.nextInt(TARGETS.length);
                    var b = Indicator.builder().level1Label(l1).level2Label(l2).name("指标" + row)
                            .target(IndicatorValue.parse(TARGETS[t], placed ? Location.cell(sheet, "E" + row) : null))
                            .actual(IndicatorValue.parse(ACTUALS[random.nextBoolean() ? t : random.nextInt(ACTUALS.length)],
                                    placed ? Location.cell(sheet, "F" + row) : null));
                    if (placed) {
                        b.source(Location.cell(sheet, "D" + row));
                    }
                    if (random.nextInt(5) > 0) {
                        int w = 1 + random.nextInt(10);
                        b.weight(Figure.parse(String.valueOf(w), placed ? Location.cell(sheet, "G" + row) : null));
                        if (random.nextInt(4) > 0) {
                            b.declaredScore(Figure.parse(String.valueOf(random.nextInt(w + 2)),
                                    placed ? Location.cell(sheet, "H" + row) : null));
                        }
                    }
                    if (random.nextInt(3) == 0) {
                        b.deviationReason("原因" + row);
                    }
                    // extra columns, some rows without them, a header repeated on one row
                    for (int x = 0; x < random.nextInt(3) * random.nextInt(2); x++) {
                        String label = EXTRAS[random.nextInt(EXTRAS.length)];
                        b.addExtras(LabelledText.builder().label(label).text(label + row + "<" + x + ">")
                                .source(Optional.ofNullable(placed ? Location.cell(sheet, String.valueOf((char) ('J' + x)) + row) : null)).build());
                    }
                    inds.add(b.build());
                }
            }
        }
        var form = Form.builder().kind(random.nextBoolean() ? FormKind.PROJECT : FormKind.DEPARTMENT).year(2024)
                .projectName("项目").department("某局").addAllIndicators(inds);
        if (placed) {
            form.sheet(sheet);
        }
        if (random.nextBoolean()) {
            var line = BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                    .adjusted(Figure.parse("100", placed ? Location.cell(sheet, "E6") : null))
                    .executed(Figure.parse(String.valueOf(80 + random.nextInt(30)), placed ? Location.cell(sheet, "F6") : null))
                    .declaredRate(Figure.parse(random.nextBoolean() ? "0.9" : "95%", placed ? Location.cell(sheet, "H6") : null));
            if (placed) {
                line.source(Location.cell(sheet, "B6"));
            }
            var budget = Budget.builder().addLines(line.build())
                    .weight(Figure.parse("10", placed ? Location.cell(sheet, "G6") : null));
            if (random.nextBoolean()) {
                budget.declaredScore(Figure.parse(String.valueOf(7 + random.nextInt(5)), placed ? Location.cell(sheet, "I6") : null));
            }
            form.budget(budget.build());
        }
        if (random.nextBoolean()) {
            form.goals(Goals.builder().expected("目标\n1、完成").achieved("已完成").build());
        }
        if (random.nextBoolean()) {
            form.addHeaderFields(LabelledText.builder().label("资金用途").text("用途<i>").source(Optional.ofNullable(placed ? Location.cell(sheet, "C4") : null)).build());
        }
        if (random.nextBoolean()) {
            form.declaredGrade(LabelledText.builder().label(random.nextBoolean() ? "" : "自评等级").text("优")
                    .source(Optional.ofNullable(placed ? Location.cell(sheet, "I" + (row + 1)) : null)).build());
        }
        for (SectionKind kind : SectionKind.values()) {
            if (random.nextInt(3) == 0) {
                boolean labelled = kind != SectionKind.NOTE && kind != SectionKind.CAPTION;
                form.addTextSections(TextSection.builder().kind(kind).label(labelled ? kind.label() : "").text(kind.name() + "：文字")
                        .source(Optional.ofNullable(placed ? Location.cell(sheet, "B" + (row + 3 + kind.ordinal())) : null)).build());
            }
        }
        if (random.nextBoolean()) {
            form.footer(Footer.parse("填表人：某某  填表日期：2025年3月1日"));
        }
        if (random.nextBoolean()) {
            form.declaredTotal(Figure.parse(String.valueOf(60 + random.nextInt(45)), placed ? Location.cell(sheet, "H" + (row + 1)) : null));
        }
        return form.build();
    }

    static void assertRectangle(Element table, String why) {
        Elements rows = table.select("tbody > tr");
        int columns = table.select("colgroup > col").size();
        int[] busyUntil = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                while (col < columns && busyUntil[col] > r) {
                    col++;
                }
                int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                int down = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                assertThat(col + span).as("%s: row %d overflows", why, r).isLessThanOrEqualTo(columns);
                assertThat(r + down).as("%s: row %d spans past the table", why, r).isLessThanOrEqualTo(rows.size());
                for (int c = col; c < col + span; c++) {
                    busyUntil[c] = r + down;
                }
                col += span;
            }
            for (int c = 0; c < columns; c++) {
                assertThat(busyUntil[c]).as("%s: row %d, column %d is empty", why, r, c).isGreaterThan(r);
            }
        }
    }
}
