package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.scoring.report.Summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Report} as one self-contained HTML page that people can look at: each form drawn as
 * the form (header, budget block, goals, the indicator table with level-1 and level-2 labels spanning
 * their rows as on paper), every cell a finding names marked by its severity (tint, border style and
 * symbol, never colour alone) with the finding on hover and as a numbered footnote under the form, the
 * declared and computed scores side by side, a summary (total, grade, counts by severity), and a small
 * chart of the scores by level 1 against their weights. Many files give one page with an index.
 *
 * <pre>{@code
 * ValueWithDiagnostics<Form> read = ExcelFormReader.create().read(path).getForms().get(0);
 * FormReport form = FormReport.of(Scorer.create().evaluate(read.getValue()), read.getDiagnostics(), Locale.CHINESE);
 * Report report = Report.of(List.of(FileReport.of("自评表.xlsx", List.of(form))));
 * HtmlReportWriter.create().write(report, Path.of("report.html"));          // Chinese
 * String html = HtmlReportWriter.of(Locale.ENGLISH).toHtml(report);          // English
 * }</pre>
 *
 * <p>The page needs nothing else: its stylesheet and chart (SVG) are inline, it loads no script, font or
 * image, and its Content-Security-Policy forbids it to load any. Every text of a form is escaped. It
 * prints on A4 landscape, one form a page, the findings as footnotes. A finding is marked on the drawn
 * cell that shows the place its {@code Location} names (the sheet cell, or the document table's cell);
 * a place that is not drawn (a header, a level label) is marked on the drawn cell of its row, and a
 * finding about the whole form is listed under it. What the form holds beyond the standard table is drawn
 * where the form has it: header fields the model keeps as written under the title, extra columns
 * ({@code 指标解释}, {@code 评分标准}) after the form's own with their headers, the declared grade beside the
 * total, and the text sections (评价结论, 存在问题, 备注…) and the footer line below the table, as filed.
 *
 * <p>The page's words, the grade and the findings' messages are in the writer's language (English for
 * {@code en*}, Chinese otherwise); the scores' explanations are in the language the {@link FormReport}s
 * were made in. Immutable and thread-safe.
 */
public final class HtmlReportWriter {

    private static final String STYLESHEET = stylesheet();

    private final Locale locale;
    private final boolean english;

    private HtmlReportWriter(Locale locale) {
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
    }

    /**
     * A writer of Chinese pages.
     *
     * @return the writer
     */
    public static HtmlReportWriter create() {
        return new HtmlReportWriter(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A writer of pages in a language.
     *
     * @param locale English for {@code en*}, Chinese otherwise
     * @return the writer
     */
    public static HtmlReportWriter of(Locale locale) {
        return new HtmlReportWriter(Objects.requireNonNull(locale, "locale"));
    }

    /** The language of the pages. */
    public Locale getLocale() {
        return locale;
    }

    /**
     * The page of a report.
     *
     * @param report the report
     * @return the whole HTML document
     */
    public String toHtml(Report report) {
        Objects.requireNonNull(report, "report");
        StringWriter out = new StringWriter(64 * 1024);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the page of a report, form by form (a page of many files never sits whole in memory).
     *
     * @param report the report
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public void write(Report report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        page(report, new Markup(64 * 1024), out);
        out.flush();
    }

    /**
     * Writes the page of a report to a file, in UTF-8, replacing it atomically: on any failure the
     * previous file is untouched.
     *
     * @param report the report
     * @param file the file
     * @throws IOException when writing fails
     */
    public void write(Report report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        AtomicFile.write(file, stream -> write(report, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    private String w(Word word) {
        return word.in(english);
    }

    private void page(Report report, Markup html, Writer sink) throws IOException {
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "lang", english ? "en" : "zh-CN");
        html.open("head");
        html.open("meta", "charset", "utf-8");
        html.open("meta", "http-equiv", "Content-Security-Policy",
                "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'");
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.open("meta", "name", "generator", "content", "perfeval");
        html.element("title", title(report));
        html.raw("<style>\n").raw(STYLESHEET).raw("</style>\n");
        html.close("head");
        html.open("body");
        html.open("header", "class", "page-head");
        html.element("h1", w(Word.PAGE_TITLE));
        html.element("p", summary(report.getSummary()), "class", "page-summary");
        html.close("header");
        legend(html);
        int forms = report.getSummary().getForms();
        if (forms > 1 || report.getFiles().size() > 1) {
            index(report, html);
        }
        int k = 0;
        int f = 0;
        for (FileReport file : report.getFiles()) {
            f++;
            if (!file.isReadable() || file.getForms().isEmpty()) {
                html.open("section", "class", "unreadable", "id", "file-" + f, "data-file", file.getFile());
                html.element("h2", file.getFile());
                html.element("p", file.getError().map(e -> w(Word.UNREADABLE) + ": " + e).orElse(w(Word.NO_FORMS)));
                html.close("section");
                continue;
            }
            for (FormReport form : file.getForms()) {
                new FormSection(form, file.getFile(), "form-" + (++k), locale).write(html);
                html.drainTo(sink);
            }
        }
        html.element("p", w(Word.GENERATED_BY), "class", "generated");
        html.close("body");
        html.close("html");
        html.raw("\n");
        html.drainTo(sink);
    }

    private String title(Report report) {
        if (report.getSummary().getForms() == 1) {
            for (FileReport file : report.getFiles()) {
                for (FormReport form : file.getForms()) {
                    return FormSection.title(form, english) + (form.getUnit().map(u -> " · " + u).orElse("")) + " — "
                            + w(Word.PAGE_TITLE);
                }
            }
        }
        return w(Word.PAGE_TITLE);
    }

    private String summary(Summary s) {
        if (english) {
            return s.getFiles() + " " + w(Word.FILES) + ", " + s.getForms() + " " + w(Word.FORMS) + ", "
                    + s.getFormsWithErrors() + " " + w(Word.FORMS_WITH_ERRORS) + ", " + s.getUnreadable() + " "
                    + w(Word.UNREADABLE_FILES);
        }
        return s.getFiles() + "个" + w(Word.FILES) + "，" + s.getForms() + w(Word.FORMS) + "，" + s.getFormsWithErrors()
                + w(Word.FORMS_WITH_ERRORS) + "，" + s.getUnreadable() + w(Word.UNREADABLE_FILES);
    }

    private void legend(Markup html) {
        html.open("div", "class", "legend");
        html.open("p");
        html.element("strong", w(Word.LEGEND) + (english ? ": " : "："));
        for (Severity s : Severity.values()) {
            html.element("span", FormSection.symbol(s) + " " + FormSection.severityWord(s, english),
                    "class", "sample " + FormSection.css(s));
        }
        html.close("p");
        html.element("p", w(Word.LEGEND_MARK));
        html.element("p", w(Word.LEGEND_ASSIGNED) + " " + w(Word.LEGEND_DIFFERS));
        html.close("div");
    }

    private void index(Report report, Markup html) {
        html.open("nav", "class", "index", "aria-label", w(Word.INDEX));
        html.element("h2", w(Word.INDEX));
        html.open("table");
        html.open("thead");
        html.open("tr");
        html.element("th", "#", "scope", "col");
        html.element("th", w(Word.FILE), "scope", "col");
        html.element("th", w(Word.FORM), "scope", "col");
        html.element("th", w(Word.UNIT), "scope", "col");
        html.element("th", w(Word.SCORE), "scope", "col");
        html.element("th", w(Word.GRADE), "scope", "col");
        for (Severity s : Severity.values()) {
            html.element("th", FormSection.symbol(s) + " " + FormSection.severityWord(s, english), "scope", "col",
                    "class", FormSection.css(s));
        }
        html.close("tr");
        html.close("thead");
        html.open("tbody");
        int k = 0;
        int f = 0;
        for (FileReport file : report.getFiles()) {
            f++;
            if (!file.isReadable() || file.getForms().isEmpty()) {
                html.open("tr", "class", "unreadable");
                html.element("td", "");
                html.element("td", file.getFile());
                html.open("td", "colspan", String.valueOf(4 + Severity.values().length));
                html.element("a", file.getError().map(e -> w(Word.UNREADABLE) + ": " + e).orElse(w(Word.NO_FORMS)),
                        "href", "#file-" + f);
                html.close("td");
                html.close("tr");
                continue;
            }
            for (FormReport form : file.getForms()) {
                String id = "form-" + (++k);
                html.open("tr");
                html.element("td", String.valueOf(k), "class", "num");
                html.element("td", file.getFile());
                html.open("td");
                String title = FormSection.title(form, english);
                html.element("a", title + form.getSheet().filter(s -> !s.equals(title)).map(s -> " (" + s + ")").orElse(""),
                        "href", "#" + id);
                html.close("td");
                html.element("td", form.getUnit().orElse("") + form.getProject().map(p -> " · " + p).orElse(""));
                html.element("td", PaperForm.plain(form.getTotals().getScore()), "class", "num");
                html.element("td", english ? form.getGrade().english() : form.getGrade().label());
                for (Map.Entry<Severity, Integer> e : FormSection.counts(form).entrySet()) {
                    html.element("td", String.valueOf(e.getValue()), "class", "num");
                }
                html.close("tr");
            }
        }
        html.close("tbody");
        html.close("table");
        html.close("nav");
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the perfeval-report-html jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
