package io.github.perfeval.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.testkit.SampleForms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of each published form, rendered by a real browser (headless Chromium through the DevTools
 * protocol): the cells it marks are the cells the diagnostics name (their text is the text of that cell
 * in the source workbook, on the row of the indicator named), the marks render with their outline style
 * and readable contrast, the page logs no error, and it prints on A4 landscape. Each page is saved as a
 * PNG in {@code target/browser/}; with {@code -Dperfeval.docs.screenshot=true} the yueyang page is also
 * written to {@code docs/report-html-yueyang.png} for the README.
 *
 * <p>Skipped, saying so, where no Chromium is installed ({@code apt-get install chromium}).
 */
class ReportInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "browser");
    private static final int WIDTH = 1280;
    /** Codes whose location names a place the page does not draw as a cell (the indicator table's header). */
    private static final Set<String> NAMES_AN_UNDRAWN_PLACE = Set.of(StandardCode.NO_SCORE_COLUMNS.name());

    /** For each footnote: its finding, the cell it marks, where that cell is drawn and how it looks. */
    private static final String MARKS = String.join("\n",
            "(() => {",
            "  const box = e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y + scrollY, w: r.width, h: r.height}; };",
            "  const out = [];",
            "  for (const li of document.querySelectorAll('section.form ol.findings > li')) {",
            "    const section = li.closest('section.form');",
            "    const badge = section.querySelector('a.badge[href=\"#' + li.id + '\"]');",
            "    const td = badge ? badge.closest('td') : null;",
            "    const o = {form: section.id, number: li.value, code: li.dataset.code, placement: li.dataset.placement,",
            "      footnoteShown: li.getBoundingClientRect().height > 0};",
            "    if (td) {",
            "      const cs = getComputedStyle(td), bs = getComputedStyle(badge);",
            "      Object.assign(o, {cell: td.dataset.cell || null, text: td.querySelector('.v').textContent, box: box(td),",
            "        inTable: !!td.closest('table.paper'), background: cs.backgroundColor, color: cs.color,",
            "        outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth),",
            "        badgeBackground: bs.backgroundColor, badgeColor: bs.color, badgeBox: box(badge),",
            "        title: td.title});",
            "    }",
            "    out.push(o);",
            "  }",
            "  const cells = {};",
            "  for (const td of document.querySelectorAll('section.form td[data-cell]')) {",
            "    cells[td.closest('section.form').id + '!' + td.dataset.cell] = box(td);",
            "  }",
            "  return JSON.stringify({marks: out, cells: cells, pageWidth: document.documentElement.scrollWidth});",
            "})()");

    private static final String PRINTED = String.join("\n",
            "(() => JSON.stringify({",
            "  findings: [...document.querySelectorAll('ol.findings')].every(e => e.getBoundingClientRect().height > 0),",
            "  badges: [...document.querySelectorAll('a.badge')].every(e => e.getBoundingClientRect().width > 0),",
            "  backLinks: [...document.querySelectorAll('a.back')].every(e => getComputedStyle(e).display === 'none')",
            "}))()");

    private static HeadlessChromium browser;

    private static final String NO_CHROMIUM = "No Chromium installed (looked at " + HeadlessChromium.whereLooked()
            + "): the browser test of the HTML report is skipped. Install it (Debian: apt-get install chromium) to run it.";

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        if (chromium.isEmpty()) {
            System.err.println(NO_CHROMIUM);
            return;
        }
        browser = HeadlessChromium.launch(chromium.get());
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> workbooks() {
        return Fixtures.WORKBOOKS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void theBrowserShowsEachFindingOnTheCellItNames(String workbook) throws Exception {
        Assumptions.assumeTrue(browser != null, NO_CHROMIUM);
        FileReport file = Fixtures.file(workbook, Locale.CHINESE);
        Path page = OUT.resolve(workbook + ".html");
        HtmlReportWriter.create().write(Report.of(List.of(file)), page);
        HeadlessChromium.Tab tab = browser.open(page.toAbsolutePath().toUri(), WIDTH, 900);
        try {
            JsonNode seen = JSON.readTree(tab.evaluate(MARKS));
            assertThat(seen.path("pageWidth").asInt()).as("nothing wider than the window").isLessThanOrEqualTo(WIDTH);
            List<JsonNode> marks = new ArrayList<>();
            seen.path("marks").forEach(marks::add);
            try (Workbook source = workbook(workbook)) {
                int k = 0;
                for (FormReport form : file.getForms()) {
                    k++;
                    String id = "form-" + k;
                    List<JsonNode> ofForm = marks.stream().filter(m -> m.path("form").asText().equals(id)).toList();
                    assertThat(ofForm).hasSize(form.getDiagnostics().size());
                    for (int i = 0; i < ofForm.size(); i++) {
                        checkMark(form, form.getDiagnostics().get(i), ofForm.get(i), seen.path("cells"), id, source);
                    }
                }
            }
            assertThat(tab.problems()).as("console errors, exceptions and log errors").isEmpty();

            byte[] png = tab.screenshot();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(pngWidth(png)).isEqualTo(WIDTH);
            assertThat(pngHeight(png)).isGreaterThan(900);
            Files.write(OUT.resolve(workbook + ".png"), png);
            if (workbook.equals(SampleForms.YUEYANG_2024) && Boolean.getBoolean("perfeval.docs.screenshot")) {
                Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/report-html-yueyang.png").normalize();
                Files.write(docs, png);
            }

            tab.send("Emulation.setEmulatedMedia", "media", "print");
            JsonNode printed = JSON.readTree(tab.evaluate(PRINTED));
            assertThat(printed.path("findings").asBoolean()).as("footnotes print").isTrue();
            assertThat(printed.path("badges").asBoolean()).as("footnote numbers on the cells print").isTrue();
            assertThat(printed.path("backLinks").asBoolean()).as("links back to cells do not print").isTrue();
            tab.send("Emulation.setEmulatedMedia", "media", "");
            byte[] pdf = tab.pdf();
            List<double[]> pages = mediaBoxes(pdf);
            assertThat(pages).as("printed pages").isNotEmpty();
            for (double[] box : pages) {
                assertThat(box[0]).as("A4 landscape width in points").isCloseTo(841.9, org.assertj.core.data.Offset.offset(2.0));
                assertThat(box[1]).as("A4 landscape height in points").isCloseTo(595.3, org.assertj.core.data.Offset.offset(2.0));
            }
            assertThat(tab.problems()).as("console errors after printing").isEmpty();
        } finally {
            tab.close();
        }
    }

    private static void checkMark(FormReport form, Diagnostic d, JsonNode mark, JsonNode cells, String formId, Workbook source) {
        String why = d.getCode() + " at " + d.getWhere();
        assertThat(mark.path("code").asText()).as(why).isEqualTo(d.getCode());
        assertThat(mark.path("footnoteShown").asBoolean()).as(why).isTrue();
        Optional<String> cell = d.getLocation().flatMap(Location::getCell);
        if (cell.isEmpty()) {
            assertThat(mark.path("placement").asText()).as(why).isIn("FORM", "INDICATOR");
            return;
        }
        if (NAMES_AN_UNDRAWN_PLACE.contains(d.getCode())) {
            assertThat(mark.path("placement").asText()).as(why).isIn("FORM", "SAME_ROW");
            return;
        }
        // marked on a drawn cell that shows what the named cell of the source workbook holds
        assertThat(mark.path("placement").asText()).as(why).isEqualTo("CELL");
        assertThat(mark.path("cell").asText()).as(why).isEqualTo(cell.get());
        assertThat(mark.path("inTable").asBoolean()).as(why).isTrue();
        assertThat(squeeze(mark.path("text").asText())).as(why + ": the page shows the workbook's cell")
                .isEqualTo(squeeze(shown(source, form.getSheet().orElseThrow(), cell.get())));
        assertThat(mark.path("title").asText()).as(why + " on hover").contains(d.getMessageZh());
        JsonNode box = mark.path("box");
        assertThat(box.path("w").asDouble()).as(why).isPositive();
        assertThat(box.path("h").asDouble()).as(why).isPositive();
        assertThat(box.path("x").asDouble() + box.path("w").asDouble()).as(why).isLessThanOrEqualTo(WIDTH);
        // on the rendered row of the indicator it names
        Optional<String> path = d.getLocation().flatMap(Location::getIndicator);
        if (path.isPresent()) {
            Indicator named = form.getForm().getIndicators().stream().filter(i -> i.getPath().equals(path.get()))
                    .findFirst().orElseThrow();
            JsonNode row = cells.path(formId + "!" + named.getSource().flatMap(Location::getCell).orElseThrow());
            double middle = box.path("y").asDouble() + box.path("h").asDouble() / 2;
            assertThat(middle).as(why + " on its indicator's row")
                    .isBetween(row.path("y").asDouble(), row.path("y").asDouble() + row.path("h").asDouble());
        }
        // its severity shows without colour (outline style) and its texts are readable (WCAG AA, 4.5:1)
        String style = switch (d.getSeverity()) {
            case ERROR -> "solid";
            case WARNING -> "dashed";
            case INFO -> "dotted";
        };
        String worst = form.getDiagnostics().stream()
                .filter(x -> x.getLocation().flatMap(Location::getCell).equals(cell)
                        && x.getLocation().flatMap(Location::getSheet).equals(d.getLocation().flatMap(Location::getSheet)))
                .map(x -> switch (x.getSeverity()) {
                    case ERROR -> "solid";
                    case WARNING -> "dashed";
                    case INFO -> "dotted";
                }).findFirst().orElse(style);
        assertThat(mark.path("outlineStyle").asText()).as(why).isEqualTo(worst);
        assertThat(mark.path("outlineWidth").asDouble()).as(why).isGreaterThanOrEqualTo(2);
        assertThat(contrast(mark.path("color").asText(), mark.path("background").asText())).as(why + ": text on its tint")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(mark.path("badgeColor").asText(), mark.path("badgeBackground").asText())).as(why + ": its number")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(mark.path("badgeBox").path("w").asDouble()).as(why).isPositive();
    }

    private static Workbook workbook(String name) throws IOException {
        try (InputStream in = SampleForms.workbook(name)) {
            return WorkbookFactory.create(in);
        }
    }

    /** What a cell of the source workbook shows: its formatted value, or its formula text when it has no value. */
    private static String shown(Workbook wb, String sheetName, String address) {
        Sheet sheet = wb.getSheet(sheetName);
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell == null) {
            return "";
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        if (cell.getCellType() == CellType.FORMULA) {
            String raw = cell instanceof XSSFCell ? ((XSSFCell) cell).getRawValue() : "";
            if (raw == null || raw.isEmpty() || cell.getCachedFormulaResultType() == CellType.ERROR) {
                return "=" + cell.getCellFormula();
            }
            if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            }
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance of a CSS {@code rgb(…)} or {@code rgba(…)} colour (WCAG 2). */
    private static double luminance(String css) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)").matcher(css);
        assertThat(m.matches()).as("a colour: " + css).isTrue();
        assertThat(m.group(4) == null || Double.parseDouble(m.group(4)) == 1).as("an opaque colour: " + css).isTrue();
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static int pngWidth(byte[] png) {
        return ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF);
    }

    private static int pngHeight(byte[] png) {
        return ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
    }

    /** The width and height of each page's MediaBox in a PDF (Chromium writes page dictionaries uncompressed). */
    private static List<double[]> mediaBoxes(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*]").matcher(text);
        List<double[]> boxes = new ArrayList<>();
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(3)) - Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(4)) - Double.parseDouble(m.group(2))});
        }
        return boxes;
    }
}
