package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the reader sees cells: a row's own cells, figures and values as the person filing the form wrote
 * them, and the claiming of what it reads.
 */
final class Cells {

    /** Marks that say a cell does not apply: {@code /}, {@code —}, {@code -}. */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/／\\\\—－\\-–_]+|无|不适用");
    /** Template placeholders: {@code 指标1:}, {@code 指标二}, {@code ……}, and a numbered slot marked not applicable ({@code 指标1：/}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("(指标[0-9一二三四五六七八九十]+:?)?[…．.。/／\\\\—－\\-–_~～、]*");

    private final Grid g;
    private final Vocabulary v;
    private final Claims claims;
    private final List<Location> placeholders = new ArrayList<>();
    private final List<String> placeholderTexts = new ArrayList<>();
    /** Units a template prints after the blank where a figure goes. */
    private static final java.util.Set<String> UNIT_ONLY = java.util.Set.of("分", "%", "万元", "元");
    /** Cells whose formula the model keeps, and cells whose comment it keeps (row * 2^20 + column). */
    private final java.util.Set<Long> keptFormulas = new java.util.HashSet<>();
    private final java.util.Set<Long> keptComments = new java.util.HashSet<>();

    Cells(Grid g, Vocabulary v, Claims claims) {
        this.g = g;
        this.v = v;
        this.claims = claims;
    }

    /** The columns of row r that hold text of their own (the first cell of a merged region, not blank). */
    List<Integer> own(int r) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                cols.add(c);
            }
        }
        return cols;
    }

    /** Whether (r, c) has text of its own on row r (not a merged region continuing from above, not blank). */
    boolean ownText(int r, int c) {
        return c >= 0 && c < g.columnCount() && !g.continuesFromAbove(r, c) && !g.cell(r, c).isBlank();
    }

    GridCell at(int r, int c) {
        return g.cell(r, c);
    }

    String text(int r, int c) {
        return c < 0 ? "" : g.cell(r, c).getText();
    }

    void claim(int r, int c) {
        claims.claim(r, c);
    }

    boolean claimed(int r, int c) {
        return claims.isClaimed(r, c);
    }

    /** Marks that the model keeps the comment of the cell at (r, c) (a cell's own position, not through merges). */
    void keepComment(int r, int c) {
        keptComments.add(((long) r << 20) | c);
    }

    /** Whether the model keeps the comment of the cell at (r, c). */
    boolean commentKept(int r, int c) {
        return keptComments.contains(((long) r << 20) | c);
    }

    /** Marks that the model keeps the formula of the cell at (r, c) (a cell's own position). */
    void keepFormula(int r, int c) {
        keptFormulas.add(((long) r << 20) | c);
    }

    /** Whether the model keeps the formula of the cell at (r, c). */
    boolean formulaKept(int r, int c) {
        return keptFormulas.contains(((long) r << 20) | c);
    }

    /** The figure with the formula of its cell, when the cell holds the cached value of one (not its own text). */
    private Figure withFormula(Figure f, GridCell t, int r, int c) {
        if (t.getFormula().isEmpty() || t.getFormula().get().equals(t.getText())) {
            return f;
        }
        keptFormulas.add(((long) g.originRow(r, c) << 20) | g.originColumn(r, c));
        return f.withFormula(t.getFormula().get());
    }

    /**
     * Claims the labels of a band the vocabulary knows: they are structure. A label it does not know is
     * claimed only when a value of its column is kept with it ({@link #claimHeader}); otherwise it is
     * reported, not dropped.
     */
    void claimBand(Band b) {
        for (int r = b.top; r <= b.bottom; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (!g.cell(r, c).isBlank() && Band.columnRole(v, g.cell(r, c)) != null) {
                    claims.claim(r, c);
                }
            }
        }
    }

    /** Claims the labels over a column, now that a value is kept with them as its header. */
    void claimHeader(Band b, int c) {
        for (int r = b.top; r <= b.bottom; r++) {
            if (!g.cell(r, c).isBlank()) {
                claims.claim(r, c);
            }
        }
    }

    /** The role a cell's text names, when it is a label the vocabulary knows. */
    Optional<Role> role(int r, int c) {
        String t = g.cell(r, c).getText();
        return t.length() > 40 ? Optional.empty() : v.roleOf(t);
    }

    /**
     * A number as written: a numeric cell's number; text read leniently (full-width digits, thousands
     * separators, a trailing {@code 分} or the block's money unit); a mark of not applicable ({@code /}) or
     * other text kept unparsed. Claims the cell.
     */
    Figure figure(int r, int c, String... suffixes) {
        GridCell t = g.cell(r, c);
        Location at = g.place(r, c);
        claims.claim(r, c);
        if (t.getNumber().isPresent()) {
            // a number shown through a format keeps what it shows as its raw text (1,908.59, 99.86%)
            return withFormula(Figure.of(t.getShown(), t.getNumber().get(), at), t, r, c);
        }
        String raw = t.getText();
        Optional<BigDecimal> value = Decimals.parse(raw);
        if (value.isEmpty()) {
            String s = raw.strip();
            for (String suffix : suffixes) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    value = Decimals.parse(s.substring(0, s.length() - suffix.length()));
                    if (value.isPresent()) {
                        break;
                    }
                }
            }
        }
        return withFormula(Figure.of(raw, value.orElse(null), at), t, r, c);
    }

    /**
     * A rate: a percent-formatted number, a fraction, or text with {@code %}; a number above 1.5 without
     * {@code %} is read as a percentage (with a remark). Claims the cell.
     */
    Figure rate(int r, int c, List<io.github.perfeval.core.diagnostic.Diagnostic> out) {
        return withFormula(rateOf(r, c, out), g.cell(r, c), r, c);
    }

    private Figure rateOf(int r, int c, List<io.github.perfeval.core.diagnostic.Diagnostic> out) {
        GridCell t = g.cell(r, c);
        Location at = g.place(r, c);
        claims.claim(r, c);
        BigDecimal n = t.getNumber().orElse(null);
        // a number shown through a format keeps what it shows as its raw text: 0.9986 formatted 0.00% was filed as 99.86%
        String raw = n != null ? t.getShown() : t.getText();
        if (n == null && !raw.strip().endsWith("%") && !raw.strip().endsWith("％")) {
            n = Decimals.parse(raw).orElse(null);
            if (n == null) {
                return Figure.parsePercent(raw, at);
            }
        }
        if (n != null) {
            if (!t.getFormat().isPercent() && n.compareTo(new BigDecimal("1.5")) > 0) {
                out.add(io.github.perfeval.core.diagnostic.Diagnostic.variant(io.github.perfeval.core.diagnostic.StandardCode.VALUE_REMARK,
                        "rateWithoutSign", at, io.github.perfeval.core.diagnostic.MessageArgument.text(raw.strip())));
                return Figure.of(raw, n.movePointLeft(2), at);
            }
            return Figure.of(raw, n, at);
        }
        return Figure.parsePercent(raw, at);
    }

    /**
     * A target or actual as the person filing the form sees it: a percent-formatted number (0.95 shown as
     * 95%) as {@code 95%}; a number whose format carries a unit ({@code 0"天"}) with that unit
     * ({@code 90天}); text as written.
     */
    static String shown(GridCell t) {
        if (t.getNumber().isPresent()) {
            if (t.getFormat().isPercent()) {
                return Decimals.normalize(t.getNumber().get().movePointRight(2)).toPlainString() + "%";
            }
            if (t.getFormat().getUnit().isPresent()) {
                return t.getText() + t.getFormat().getUnit().get();
            }
        }
        return t.getText();
    }

    /**
     * Whether a cell is an unfilled placeholder: only a unit the template printed for the figure to go
     * before it ({@code   分}, {@code %}, {@code 万元}). Not a figure, not a zero; the first time, the cell
     * is claimed and remembered, to be reported once for the form ({@link #placeholders()}).
     */
    boolean unfilledPlaceholder(int r, int c) {
        if (!unitOnly(g.cell(r, c).getText()) || g.cell(r, c).getNumber().isPresent()) {
            return false;
        }
        if (!claims.isClaimed(r, c)) {
            claims.claim(r, c);
            placeholders.add(g.place(r, c));
            placeholderTexts.add(g.cell(r, c).getText().strip());
        }
        return true;
    }

    /** The text of an unfilled placeholder met ({@code 分}). */
    String placeholderText(Location at) {
        return placeholderTexts.get(placeholders.indexOf(at));
    }

    /** The unfilled placeholders met so far, in order. */
    List<Location> placeholders() {
        return placeholders;
    }

    /** Whether a text is only a unit a figure would go before: 分, %, 万元, 元. */
    static boolean unitOnly(String text) {
        String s = Labels.normalize(text);
        return UNIT_ONLY.contains(s);
    }

    /** Whether a text only says "does not apply" ({@code /}, {@code —}, {@code 无}). */
    static boolean notApplicable(String text) {
        String s = Labels.normalize(text);
        return !s.isEmpty() && NOT_APPLICABLE.matcher(s).matches();
    }

    /** Whether a text is a template placeholder ({@code 指标1:}, {@code ……}, {@code /}). */
    static boolean placeholder(String text) {
        String s = Vocabulary.key(text);
        return s.isEmpty() || PLACEHOLDER.matcher(s).matches();
    }
}
