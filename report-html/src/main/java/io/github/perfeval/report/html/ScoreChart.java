package io.github.perfeval.report.html;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.IndicatorReport;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small inline SVG bar chart: for each level 1, in the form's order, and for budget execution, the
 * computed score (filled) against the weight (outlined), with the numbers written beside; where a level-1
 * label states points that differ from its indicators' weights ({@code 满意度指标（10分）} over 6), a
 * dashed tick marks what the label says.
 */
final class ScoreChart {

    private static final int WIDTH = 520;
    private static final int LABEL = 130;
    private static final int BAR = 250;
    private static final int ROW = 26;

    /** One bar: a level 1 or the budget. */
    record Bar(String label, BigDecimal weight, BigDecimal score, BigDecimal labelSays) {
    }

    private ScoreChart() {
    }

    /** The bars of a form: its level 1s in order of first appearance, then budget execution. */
    static List<Bar> bars(FormReport report, boolean english) {
        Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<IndicatorReport> lines = report.getIndicators();
        List<Indicator> inds = report.getForm().getIndicators();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorReport line = lines.get(i);
            String key = line.getLevel1().map(Enum::name).orElse("?" + Labels.normalize(line.getLevel1Label()));
            labels.putIfAbsent(key, line.getLevel1().map(l -> english ? l.english() : l.label())
                    .orElse(Labels.normalize(line.getLevel1Label())));
            BigDecimal[] acc = groups.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, null});
            acc[0] = acc[0].add(line.getWeight());
            acc[1] = acc[1].add(line.getScore());
            if (acc[2] == null && i < inds.size()) {
                acc[2] = inds.get(i).getDeclaredLevel1Weight().orElse(null);
            }
        }
        List<Bar> bars = new ArrayList<>(groups.size() + 1);
        for (Map.Entry<String, BigDecimal[]> g : groups.entrySet()) {
            BigDecimal[] acc = g.getValue();
            bars.add(new Bar(labels.get(g.getKey()), acc[0], acc[1], acc[2]));
        }
        report.getBudget().ifPresent(b -> bars.add(new Bar(Word.CHART_BUDGET.in(english), b.getWeight(), b.getScore(), null)));
        return bars;
    }

    /** Writes the chart. */
    static void write(FormReport report, boolean english, Markup html) {
        List<Bar> bars = bars(report, english);
        if (bars.isEmpty()) {
            return;
        }
        BigDecimal max = BigDecimal.ONE;
        for (Bar b : bars) {
            max = max.max(b.weight()).max(b.score());
            if (b.labelSays() != null) {
                max = max.max(b.labelSays());
            }
        }
        int height = bars.size() * ROW + 8;
        String title = Word.CHART.in(english);
        html.open("figure", "class", "chart");
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "width", String.valueOf(WIDTH),
                "height", String.valueOf(height), "viewBox", "0 0 " + WIDTH + " " + height, "aria-label", title);
        html.element("title", title);
        int y = 4;
        for (Bar b : bars) {
            int weightWidth = scale(b.weight(), max);
            int scoreWidth = scale(b.score(), max);
            html.open("g", "class", "bar", "data-weight", PaperForm.plain(b.weight()), "data-score", PaperForm.plain(b.score()));
            html.element("text", clip(b.label()), "x", String.valueOf(LABEL - 6), "y", String.valueOf(y + 16),
                    "text-anchor", "end", "class", "bar-label");
            html.open("rect", "class", "weight", "x", String.valueOf(LABEL), "y", String.valueOf(y + 3),
                    "width", String.valueOf(Math.max(weightWidth, 1)), "height", "16").close("rect");
            html.open("rect", "class", "score", "x", String.valueOf(LABEL), "y", String.valueOf(y + 7),
                    "width", String.valueOf(scoreWidth), "height", "8").close("rect");
            String numbers = PaperForm.plain(b.score()) + " / " + PaperForm.plain(b.weight());
            if (b.labelSays() != null && b.labelSays().compareTo(b.weight()) != 0) {
                int x = LABEL + scale(b.labelSays(), max);
                html.open("line", "class", "label-says", "x1", String.valueOf(x), "x2", String.valueOf(x),
                        "y1", String.valueOf(y), "y2", String.valueOf(y + 22)).close("line");
                numbers += english ? " (" + Word.CHART_LABEL_SAYS.in(true) + " " + PaperForm.plain(b.labelSays()) + ")"
                        : "（" + Word.CHART_LABEL_SAYS.in(false) + PaperForm.plain(b.labelSays()) + "）";
            }
            html.element("text", numbers, "x", String.valueOf(LABEL + BAR + 8), "y", String.valueOf(y + 16), "class", "bar-value");
            html.close("g");
            y += ROW;
        }
        html.close("svg");
        html.element("figcaption", title);
        html.close("figure");
    }

    private static int scale(BigDecimal v, BigDecimal max) {
        if (v.signum() <= 0) {
            return 0;
        }
        return v.multiply(BigDecimal.valueOf(BAR)).divide(max, MathContext.DECIMAL64).intValue();
    }

    /** A label short enough for the chart's label column (a CJK character counts two); the whole label is on the form. */
    static String clip(String label) {
        int width = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            width += cp >= 0x2E80 ? 2 : 1;
            if (width > 18) {
                return label.substring(0, i) + "…";
            }
            i += Character.charCount(cp);
        }
        return label;
    }
}
