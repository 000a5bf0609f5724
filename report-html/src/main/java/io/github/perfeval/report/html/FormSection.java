package io.github.perfeval.report.html;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.scoring.report.FormReport;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One form's section of the page: its heading, the overview (totals, grade, counts by severity, the
 * chart), the form as on paper with its findings marked, and the numbered findings.
 */
final class FormSection {

    private final FormReport report;
    private final String file;
    private final String id;
    private final Locale locale;
    private final boolean english;

    FormSection(FormReport report, String file, String id, Locale locale) {
        this.report = report;
        this.file = file;
        this.id = id;
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
    }

    /** The form's title as the page shows it: its own, else year and kind. */
    static String title(FormReport report, boolean english) {
        Form form = report.getForm();
        if (form.getTitle().isPresent() && !form.getTitle().get().isBlank()) {
            return form.getTitle().get();
        }
        String year = form.getYear().map(y -> english ? y + " " : y + "年度").orElse("");
        return year + (english ? "self-evaluation form, " + form.getKind().english() : form.getKind().label());
    }

    /** How many findings of each severity the form has. */
    static Map<Severity, Integer> counts(FormReport report) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Diagnostic d : report.getDiagnostics()) {
            counts.merge(d.getSeverity(), 1, Integer::sum);
        }
        return counts;
    }

    static String symbol(Severity s) {
        switch (s) {
            case ERROR:
                return "✖";
            case WARNING:
                return "▲";
            default:
                return "●";
        }
    }

    static String severityWord(Severity s, boolean english) {
        if (!english) {
            return s.label();
        }
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    static String css(Severity s) {
        return "sev-" + s.name().toLowerCase(Locale.ROOT);
    }

    void write(Markup html) {
        Placer placer = new Placer();
        PaperForm paper = PaperForm.of(report, english, placer);
        List<Finding> findings = placer.place(report.getDiagnostics());
        int n = 0;
        for (List<Cell> row : paper.rows) {
            for (Cell c : row) {
                if (!c.findings.isEmpty()) {
                    c.id = id + "-c" + (++n);
                }
            }
        }
        html.open("section", "class", "form", "id", id, "data-sheet", report.getSheet().orElse(null),
                "data-file", file);
        heading(html);
        overview(html);
        table(paper, html);
        findings(findings, html);
        html.close("section");
    }

    private void heading(Markup html) {
        html.open("header", "class", "form-head");
        html.element("h2", title(report, english));
        StringBuilder where = new StringBuilder(file);
        report.getSheet().ifPresent(s -> where.append(english ? ", sheet " : "，工作表 ").append(s));
        report.getUnit().ifPresent(u -> where.append(english ? " · " : " · ").append(u));
        report.getProject().ifPresent(p -> where.append(" · ").append(p));
        html.element("p", where.toString(), "class", "where");
        html.close("header");
    }

    private void overview(Markup html) {
        html.open("div", "class", "overview");
        html.open("div");
        html.open("dl", "class", "figures");
        html.element("dt", Word.SCORE.in(english));
        html.element("dd", PaperForm.plain(report.getTotals().getScore()), "class", "total score");
        html.element("dt", Word.GRADE.in(english));
        html.element("dd", english ? report.getGrade().english() : report.getGrade().label(), "class", "grade",
                "data-grade", report.getGrade().name());
        html.element("dt", Word.DECLARED_TOTAL.in(english));
        html.element("dd", report.getTotals().getDeclaredTotal().map(PaperForm::plain).orElse("—"), "class", "declared-total");
        html.element("dt", Word.WEIGHTS.in(english));
        html.element("dd", PaperForm.plain(report.getTotals().getWeights()), "class", "weights");
        html.close("dl");
        html.open("ul", "class", "counts", "aria-label", Word.COUNTS.in(english));
        for (Map.Entry<Severity, Integer> e : counts(report).entrySet()) {
            html.element("li", symbol(e.getKey()) + " " + severityWord(e.getKey(), english) + " " + e.getValue(),
                    "class", css(e.getKey()), "data-severity", e.getKey().name(), "data-count", String.valueOf(e.getValue()));
        }
        html.close("ul");
        html.close("div");
        ScoreChart.write(report, english, html);
        html.close("div");
    }

    private void table(PaperForm paper, Markup html) {
        html.open("table", "class", "paper");
        html.open("colgroup");
        for (int c = 0; c < paper.columns; c++) {
            html.open("col", "class", c < PaperForm.COLUMNS ? "c" + c : "cx");
        }
        html.close("colgroup");
        html.open("tbody");
        for (List<Cell> row : paper.rows) {
            html.open("tr");
            for (Cell c : row) {
                cell(c, html);
            }
            html.close("tr");
        }
        html.close("tbody");
        html.close("table");
    }

    private void cell(Cell c, Markup html) {
        String tag = c.kind == Cell.Kind.HEADER ? "th" : "td";
        StringBuilder cls = new StringBuilder();
        switch (c.kind) {
            case LABEL:
                cls.append('l');
                break;
            case TEXT:
                cls.append('t');
                break;
            case NUMBER:
                cls.append('n');
                break;
            case COMPUTED:
                cls.append('c');
                break;
            default:
                break;
        }
        if (c.role != null) {
            cls.append(' ').append(c.role);
        }
        if (c.assigned) {
            cls.append(" assigned");
        }
        if (c.differs) {
            cls.append(" differs");
        }
        String title = c.title;
        String describedBy = null;
        if (!c.findings.isEmpty()) {
            Severity worst = Severity.INFO;
            StringBuilder tip = new StringBuilder();
            StringBuilder ids = new StringBuilder();
            for (Finding f : c.findings) {
                Severity s = f.diagnostic().getSeverity();
                if (s.compareTo(worst) < 0) {
                    worst = s;
                }
                if (tip.length() > 0) {
                    tip.append('\n');
                    ids.append(' ');
                }
                tip.append(symbol(s)).append(f.number()).append(' ').append(severityWord(s, english)).append(' ')
                        .append(f.diagnostic().getCode()).append(": ").append(f.diagnostic().message(locale));
                ids.append(footnoteId(f));
            }
            cls.append(" mark ").append(css(worst));
            title = title == null ? tip.toString() : title + "\n" + tip;
            describedBy = ids.toString();
        }
        String cell = c.sheetCell().orElse(null);
        String tableCell = c.sources.isEmpty() || c.sources.get(0).getTable().isEmpty() ? null
                : c.sources.get(0).getTable().getAsInt() + "," + c.sources.get(0).getRow().orElse(0) + ","
                        + c.sources.get(0).getColumn().orElse(0);
        html.open(tag, "class", cls.length() == 0 ? null : cls.toString().strip(),
                "colspan", c.colspan > 1 ? String.valueOf(c.colspan) : null,
                "rowspan", c.rowspan > 1 ? String.valueOf(c.rowspan) : null,
                "scope", c.kind == Cell.Kind.HEADER && c.colspan == 1 && c.rowspan == 1 ? "col" : null,
                "id", c.id, "data-cell", cell, "data-table-cell", tableCell, "title", title,
                "aria-describedby", describedBy);
        if (c.differs) {
            html.element("span", "≠", "class", "ne", "title", Word.LEGEND_DIFFERS.in(english));
        }
        html.element("span", c.text, "class", "v");
        if (c.note != null) {
            html.element("span", c.note, "class", "note");
        }
        for (String comment : c.comments) {
            html.element("span", comment, "class", "comment");
        }
        if (!c.findings.isEmpty()) {
            html.open("span", "class", "badges");
            for (Finding f : c.findings) {
                Severity s = f.diagnostic().getSeverity();
                html.element("a", symbol(s) + f.number(), "class", "badge " + css(s), "href", "#" + footnoteId(f),
                        "aria-label", severityWord(s, english) + " " + f.number());
            }
            html.close("span");
        }
        html.close(tag);
    }

    private String footnoteId(Finding f) {
        return id + "-f" + f.number();
    }

    private void findings(List<Finding> findings, Markup html) {
        html.element("h3", Word.FINDINGS.in(english));
        if (findings.isEmpty()) {
            html.element("p", Word.NO_FINDINGS.in(english), "class", "no-findings");
            return;
        }
        html.open("ol", "class", "findings");
        for (Finding f : findings) {
            Diagnostic d = f.diagnostic();
            Severity s = d.getSeverity();
            html.open("li", "id", footnoteId(f), "class", css(s), "value", String.valueOf(f.number()),
                    "data-code", d.getCode(), "data-severity", s.name(), "data-placement", f.placement().name(),
                    "data-where", d.getWhere());
            html.element("span", symbol(s) + f.number(), "class", "num");
            html.element("span", severityWord(s, english), "class", "sev");
            html.raw(" ");
            html.element("code", d.getCode());
            html.raw(" ");
            html.element("span", d.getWhere().isEmpty() ? Word.WHOLE_FORM.in(english) : d.getWhere(), "class", "where");
            html.raw(" ");
            html.element("span", d.message(locale), "class", "msg");
            if (f.placement() != Finding.Placement.CELL && d.getLocation().flatMap(Placer::key).isPresent()) {
                html.raw(" ");
                html.element("span", Word.NOT_DRAWN.in(english), "class", "placed");
            }
            if (f.cell() != null) {
                html.element("a", "↩", "class", "back", "href", "#" + f.cell().id, "title", Word.BACK_TO_CELL.in(english),
                        "aria-label", Word.BACK_TO_CELL.in(english));
            }
            html.close("li");
        }
        html.close("ol");
    }
}
