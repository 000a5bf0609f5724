package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in checks of one basic-data table; see {@link BasicDataChecker}. Not thread-safe: one per table. */
final class TableChecks {

    /** What a template leaves in a cell nobody filled: blank, not a wrong number. */
    private static final Set<String> PLACEHOLDERS = Set.of("", "%", "％", "/", "／", "-", "－", "—", "——", "–", "\\");
    private static final int MAX_PARTS_SHOWN = 8;

    private final BasicData table;
    private final BigDecimal tolerance;
    private final List<Diagnostic> out;
    private final Location fallback;

    TableChecks(BasicData table, BigDecimal tolerance, List<Diagnostic> out) {
        this.table = table;
        this.tolerance = tolerance;
        this.out = out;
        this.fallback = table.getSource().orElse(table.getSheet().map(Location::sheet).orElse(null));
    }

    void run() {
        table.getStaffing().ifPresent(this::staffing);
        table.getSpending().ifPresent(this::spending);
        table.getBuildings().ifPresent(this::buildings);
        years();
    }

    // ----- staffing

    private void staffing(Staffing s) {
        Location at = s.getSource().orElse(fallback);
        String section = s.getLabel().strip();
        unparseable(s.getAuthorized(), section + "编制数", "authorised headcount");
        unparseable(s.getActual(), section + "实际在职人数", "actual headcount");
        unparseable(s.getDeclaredRate(), section + "控制率", "control rate");
        blank(s.getAuthorized(), below(s.getAuthorizedHeading(), at), "“" + section + "”的编制数为空",
                "\"" + section + "\": 编制数 (authorised headcount) is blank");
        blank(s.getActual(), below(s.getActualHeading(), at), "“" + section + "”的实际在职人数为空",
                "\"" + section + "\": 实际在职人数 (actual headcount) is blank");
        rate(s.getDeclaredRate(), s.getActual(), s.getAuthorized(), below(s.getRateHeading(), at), "控制率", "实际在职人数/编制数");
    }

    // ----- spending

    private void spending(SpendingControl s) {
        for (SpendingLine line : s.getLines()) {
            for (SpendingColumn c : SpendingColumn.values()) {
                if (s.column(c).isEmpty() && line.figure(c).isEmpty()) {
                    continue;
                }
                String name = "“" + line.getLabel().strip() + "”的" + columnName(s, c);
                unparseable(line.figure(c), name, "\"" + line.getLabel().strip() + "\" " + columnName(s, c));
                if (line.getItem().isRequired() && s.column(c).isPresent()) {
                    blank(line.figure(c), cellOf(s, line, c), name + "为空",
                            "\"" + line.getLabel().strip() + "\": " + columnName(s, c) + " is blank");
                }
            }
            overspent(s, line);
        }
        for (SpendingItem item : SpendingItem.values()) {
            if (item.isRequired() && !item.isRepeatable() && s.line(item).isEmpty()) {
                out.add(Diagnostic.of(StandardCode.MISSING_PART, s.getSource().orElse(fallback),
                        "基础数据表的经费控制情况中没有“" + item.label() + "”行",
                        "the basic-data table's spending control has no \"" + item.label() + "\" row"));
            }
        }
        for (SpendingItem item : SpendingItem.values()) {
            if (item.isSumOfParts()) {
                s.line(item).ifPresent(total -> sum(s, total));
            }
        }
    }

    private void overspent(SpendingControl s, SpendingLine line) {
        Optional<BigDecimal> budget = line.getBudget().flatMap(Figure::getValue);
        Optional<BigDecimal> actual = line.getActual().flatMap(Figure::getValue);
        if (budget.isEmpty() || actual.isEmpty() || actual.get().compareTo(budget.get()) <= 0) {
            return;
        }
        BigDecimal excess = actual.get().subtract(budget.get());
        String label = line.getLabel().strip();
        String b = columnName(s, SpendingColumn.BUDGET);
        String a = columnName(s, SpendingColumn.ACTUAL);
        out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_OVERSPENT, cellOf(s, line, SpendingColumn.ACTUAL),
                "“" + label + "”" + a + plain(actual.get()) + "超过" + b + plain(budget.get()) + "，超出" + plain(excess)
                        + s.getUnit().label(),
                "\"" + label + "\": " + a + " " + plain(actual.get()) + " exceeds " + b + " " + plain(budget.get()) + " by "
                        + plain(excess) + " " + s.getUnit().label()));
    }

    /** A total against the sum of its parts, column by column. */
    private void sum(SpendingControl s, SpendingLine total) {
        SpendingItem item = total.getItem();
        for (SpendingItem part : SpendingItem.values()) {
            if (part.parent().orElse(null) == item && !part.isRepeatable() && s.line(part).isEmpty()) {
                return;   // a row of the template is missing: MISSING_PART says so, a sum would only guess
            }
        }
        List<SpendingLine> parts = s.parts(item);
        for (SpendingColumn c : SpendingColumn.values()) {
            Optional<BigDecimal> t = total.figure(c).flatMap(Figure::getValue);
            if (t.isEmpty() || parts.stream().anyMatch(p -> p.figure(c).isPresent() && !filled(p.figure(c)).isPresent()
                    && !isPlaceholder(p.figure(c).get()))) {
                continue;   // blank total, or a part that is not a number (reported as such)
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean blanks = false;
            StringBuilder terms = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                SpendingLine p = parts.get(i);
                Optional<BigDecimal> v = p.figure(c).flatMap(Figure::getValue);
                blanks |= v.isEmpty();
                sum = sum.add(v.orElse(BigDecimal.ZERO));
                if (i < MAX_PARTS_SHOWN) {
                    terms.append(i == 0 ? "" : " + ").append(p.name()).append(' ').append(v.map(TableChecks::plain).orElse("(空)"));
                } else if (i == MAX_PARTS_SHOWN) {
                    terms.append(" + …");
                }
            }
            if (sum.subtract(t.get()).abs().compareTo(tolerance) <= 0) {
                continue;
            }
            String label = total.getLabel().strip();
            String col = columnName(s, c);
            String shown = parts.isEmpty() ? "无分项行" : terms.toString();
            String shownEn = parts.isEmpty() ? "no part rows" : terms.toString().replace("(空)", "(blank)");
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_SUM_MISMATCH, cellOf(s, total, c),
                    "“" + label + "”的" + col + plain(t.get()) + "不等于其分项之和" + plain(sum) + "（" + shown + "）"
                            + (blanks ? "，空白按0计" : ""),
                    "\"" + label + "\" " + col + " " + plain(t.get()) + " is not the sum of its parts " + plain(sum) + " (" + shownEn
                            + ")" + (blanks ? "; blanks counted as 0" : "")));
        }
    }

    // ----- buildings

    private void buildings(BuildingControl b) {
        Location at = b.getSource().orElse(fallback);
        String section = b.getLabel().strip();
        unparseable(b.getApprovedScale(), section + "批复规模", "approved scale");
        unparseable(b.getActualScale(), section + "实际规模", "actual scale");
        unparseable(b.getDeclaredScaleRate(), section + "规模控制率", "scale control rate");
        unparseable(b.getBudgetInvestment(), section + "预算投资", "budgeted investment");
        unparseable(b.getActualInvestment(), section + "实际投资", "actual investment");
        unparseable(b.getDeclaredInvestmentRate(), section + "投资概算控制率", "investment control rate");
        blank(b.getApprovedScale(), below(b.getApprovedScaleHeading(), at), "“" + section + "”的批复规模为空",
                "\"" + section + "\": 批复规模 (approved scale) is blank");
        blank(b.getActualScale(), below(b.getActualScaleHeading(), at), "“" + section + "”的实际规模为空",
                "\"" + section + "\": 实际规模 (actual scale) is blank");
        blank(b.getBudgetInvestment(), below(b.getBudgetInvestmentHeading(), at), "“" + section + "”的预算投资为空",
                "\"" + section + "\": 预算投资 (budgeted investment) is blank");
        blank(b.getActualInvestment(), below(b.getActualInvestmentHeading(), at), "“" + section + "”的实际投资为空",
                "\"" + section + "\": 实际投资 (actual investment) is blank");
        rate(b.getDeclaredScaleRate(), b.getActualScale(), b.getApprovedScale(), below(b.getScaleRateHeading(), at),
                "规模控制率", "实际规模/批复规模");
        rate(b.getDeclaredInvestmentRate(), b.getActualInvestment(), b.getBudgetInvestment(), below(b.getInvestmentRateHeading(), at),
                "投资概算控制率", "实际投资/预算投资");
    }

    // ----- years

    private void years() {
        Optional<SpendingControl> s = table.getSpending();
        Optional<ColumnHeader> prior = s.flatMap(x -> x.column(SpendingColumn.PRIOR_ACTUAL));
        Optional<ColumnHeader> budget = s.flatMap(x -> x.column(SpendingColumn.BUDGET));
        Optional<ColumnHeader> actual = s.flatMap(x -> x.column(SpendingColumn.ACTUAL));
        Optional<Integer> year = actual.flatMap(ColumnHeader::getYear).or(() -> budget.flatMap(ColumnHeader::getYear));
        if (year.isEmpty()) {
            return;
        }
        if (prior.flatMap(ColumnHeader::getYear).isPresent() && prior.get().getYear().get() != year.get() - 1) {
            yearMismatch(prior.get(), "上年决算数标为" + prior.get().getYear().get() + "年，本年为" + year.get() + "年",
                    "上年决算数 is labelled " + prior.get().getYear().get() + " while the year is " + year.get());
        }
        if (budget.flatMap(ColumnHeader::getYear).isPresent() && !budget.get().getYear().equals(year)) {
            yearMismatch(budget.get(), "本年预算数标为" + budget.get().getYear().get() + "年，本年决算数为" + year.get() + "年",
                    "本年预算数 is labelled " + budget.get().getYear().get() + ", 本年决算数 " + year.get());
        }
        Optional<Integer> staffingYear = table.getStaffing().flatMap(Staffing::getActualHeading).map(h -> yearIn(h.getLabel()));
        if (staffingYear.isPresent() && !staffingYear.equals(year)) {
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_YEAR_MISMATCH, table.getStaffing().flatMap(Staffing::getSource).orElse(fallback),
                    "在职人数标为" + staffingYear.get() + "年，经费控制情况为" + year.get() + "年",
                    "the headcount is labelled " + staffingYear.get() + ", the spending control " + year.get()));
        }
    }

    private void yearMismatch(ColumnHeader h, String zh, String en) {
        out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_YEAR_MISMATCH, h.getSource().orElse(fallback), zh, en));
    }

    private static Integer yearIn(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if ((s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                return Integer.parseInt(s.substring(i, i + 4));
            }
        }
        return null;
    }

    // ----- shared

    /** A declared rate against numerator / denominator; a zero denominator is left to the derived figures. */
    private void rate(Optional<Figure> declared, Optional<Figure> numerator, Optional<Figure> denominator, Location section,
                      String what, String formula) {
        Optional<BigDecimal> n = numerator.flatMap(Figure::getValue);
        Optional<BigDecimal> d = denominator.flatMap(Figure::getValue);
        boolean computable = n.isPresent() && d.isPresent() && d.get().signum() != 0;
        if (declared.isEmpty() || isPlaceholder(declared.get())) {
            if (computable) {
                out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_BLANK, declared.flatMap(Figure::getSource).orElse(section),
                        what + "为空（" + formula + "可算得" + plain(n.get().divide(d.get(), MathContext.DECIMAL64)
                                .setScale(BasicDataChecker.RATE_SCALE, RoundingMode.HALF_UP).movePointRight(2)) + "%）",
                        what + " is blank (" + formula + " gives " + plain(n.get().divide(d.get(), MathContext.DECIMAL64)
                                .setScale(BasicDataChecker.RATE_SCALE, RoundingMode.HALF_UP).movePointRight(2)) + "%)"));
            }
            return;
        }
        Optional<BigDecimal> v = declared.get().getValue();
        if (v.isEmpty() || !computable) {
            return;
        }
        BigDecimal exact = n.get().divide(d.get(), MathContext.DECIMAL64);
        int scale = Math.max(v.get().scale(), 2);
        boolean ok = exact.setScale(scale, RoundingMode.HALF_UP).compareTo(v.get()) == 0
                || exact.setScale(scale, RoundingMode.DOWN).compareTo(v.get()) == 0;
        if (!ok) {
            String computed = plain(exact.setScale(BasicDataChecker.RATE_SCALE, RoundingMode.HALF_UP).movePointRight(2)) + "%";
            String given = plain(v.get().movePointRight(2)) + "%";
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_RATE_MISMATCH, declared.get().getSource().orElse(section),
                    what + "填报" + given + "，" + formula + "为" + computed,
                    what + " declared " + given + ", " + formula + " is " + computed));
        }
    }

    private void unparseable(Optional<Figure> f, String zh, String en) {
        if (f.isPresent() && !f.get().isParsed() && !isPlaceholder(f.get())) {
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_FIGURE, f.get().getSource().orElse(fallback),
                    zh + "“" + f.get().getRaw() + "”不是数字", en + " \"" + f.get().getRaw() + "\" is not a number"));
        }
    }

    private void blank(Optional<Figure> f, Location at, String zh, String en) {
        if (f.isEmpty() || isPlaceholder(f.get())) {
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_BLANK, f.flatMap(Figure::getSource).orElse(at),
                    f.isEmpty() ? zh : zh + "（“" + f.get().getRaw() + "”）", f.isEmpty() ? en : en + " (\"" + f.get().getRaw() + "\")"));
        }
    }

    private static boolean isPlaceholder(Figure f) {
        return !f.isParsed() && PLACEHOLDERS.contains(f.getRaw().strip());
    }

    private static Optional<BigDecimal> filled(Optional<Figure> f) {
        return f.flatMap(Figure::getValue);
    }

    /** A column as the table labels it ({@code 2023 决算数}), else the template's name. */
    private static String columnName(SpendingControl s, SpendingColumn c) {
        return s.column(c).map(h -> h.getLabel().strip()).filter(l -> !l.isEmpty()).orElse(c.label());
    }

    /**
     * Where a line's figure of a column is: the figure's own place, else the cell at the line's row and the
     * column's header column (a blank cell has no figure to carry its place), else the line's place.
     */
    private Location cellOf(SpendingControl s, SpendingLine line, SpendingColumn c) {
        Optional<Location> own = line.figure(c).flatMap(Figure::getSource);
        if (own.isPresent()) {
            return own.get();
        }
        Location row = line.getSource().orElse(null);
        Location column = s.column(c).flatMap(ColumnHeader::getSource).orElse(null);
        if (row == null) {
            return column != null ? column : s.getSource().orElse(fallback);
        }
        if (column == null) {
            return row;
        }
        if (row.getSheet().isPresent() && row.getCell().isPresent() && column.getCell().isPresent()) {
            return Location.cell(row.getSheet().get(), letters(column.getCell().get()) + digits(row.getCell().get()));
        }
        if (row.getTable().isPresent() && row.getRow().isPresent() && column.getColumn().isPresent()) {
            return Location.tableCell(row.getTable().getAsInt(), row.getRow().getAsInt(), column.getColumn().getAsInt())
                    .withContext(row.getContext().orElse(null));
        }
        return row;
    }

    /** The cell under a heading (where its figure is, blank or not), else the fallback. */
    private static Location below(Optional<Heading> heading, Location fallback) {
        Optional<Location> h = heading.flatMap(Heading::getSource);
        if (h.isEmpty()) {
            return fallback;
        }
        Location l = h.get();
        if (l.getSheet().isPresent() && l.getCell().isPresent()) {
            return Location.cell(l.getSheet().get(), letters(l.getCell().get()) + (Integer.parseInt(digits(l.getCell().get())) + 1));
        }
        if (l.getTable().isPresent() && l.getRow().isPresent() && l.getColumn().isPresent()) {
            return Location.tableCell(l.getTable().getAsInt(), l.getRow().getAsInt() + 1, l.getColumn().getAsInt())
                    .withContext(l.getContext().orElse(null));
        }
        return fallback;
    }

    private static String letters(String a1) {
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            i++;
        }
        return a1.substring(0, i);
    }

    private static String digits(String a1) {
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            i++;
        }
        return a1.substring(i);
    }

    static String plain(BigDecimal v) {
        return Decimals.normalize(v).toPlainString();
    }
}
