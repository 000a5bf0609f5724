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
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
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
        unparseable(s.getAuthorized(), MessageArgument.message("basicData.field.authorized", MessageArgument.text(section)));
        unparseable(s.getActual(), MessageArgument.message("basicData.field.actualHeadcount", MessageArgument.text(section)));
        unparseable(s.getDeclaredRate(), MessageArgument.message("basicData.field.controlRate", MessageArgument.text(section)));
        blank(s.getAuthorized(), below(s.getAuthorizedHeading(), at), MessageArgument.message("basicData.blank.authorized", MessageArgument.text(section)));
        blank(s.getActual(), below(s.getActualHeading(), at), MessageArgument.message("basicData.blank.actualHeadcount", MessageArgument.text(section)));
        rate(s.getDeclaredRate(), s.getActual(), s.getAuthorized(), below(s.getRateHeading(), at), "控制率", "实际在职人数/编制数");
    }

    // ----- spending

    private void spending(SpendingControl s) {
        for (SpendingLine line : s.getLines()) {
            for (SpendingColumn c : SpendingColumn.values()) {
                if (s.column(c).isEmpty() && line.figure(c).isEmpty()) {
                    continue;
                }
                MessageArgument label = MessageArgument.text(line.getLabel().strip());
                MessageArgument column = MessageArgument.text(columnName(s, c));
                unparseable(line.figure(c), MessageArgument.message("fragment.labelColumn", label, column));
                if (line.getItem().isRequired() && s.column(c).isPresent()) {
                    blank(line.figure(c), cellOf(s, line, c), MessageArgument.message("fragment.labelledColumn", label, column));
                }
            }
            overspent(s, line);
        }
        for (SpendingItem item : SpendingItem.values()) {
            if (item.isRequired() && !item.isRepeatable() && s.line(item).isEmpty()) {
                out.add(Diagnostic.variant(StandardCode.MISSING_PART, "spendingRow", s.getSource().orElse(fallback),
                        MessageArgument.text(item.label())));
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
        out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_OVERSPENT, cellOf(s, line, SpendingColumn.ACTUAL), MessageArgument.text(label),
                MessageArgument.text(a), MessageArgument.number(actual.get()), MessageArgument.text(b), MessageArgument.number(budget.get()),
                MessageArgument.number(excess), MessageArgument.text(s.getUnit().label())));
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
            List<MessageArgument> terms = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                SpendingLine p = parts.get(i);
                Optional<BigDecimal> v = p.figure(c).flatMap(Figure::getValue);
                blanks |= v.isEmpty();
                sum = sum.add(v.orElse(BigDecimal.ZERO));
                if (i < MAX_PARTS_SHOWN) {
                    terms.add(MessageArgument.message("fragment.term", MessageArgument.text(p.name()),
                            v.map(MessageArgument::number).orElse(MessageArgument.message("fragment.blankTerm"))));
                } else if (i == MAX_PARTS_SHOWN) {
                    terms.add(MessageArgument.text("…"));
                }
            }
            if (sum.subtract(t.get()).abs().compareTo(tolerance) <= 0) {
                continue;
            }
            String label = total.getLabel().strip();
            String col = columnName(s, c);
            MessageArgument shown = parts.isEmpty() ? MessageArgument.message("fragment.noPartRows") : MessageArgument.list("list.plus", terms);
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_SUM_MISMATCH, cellOf(s, total, c), MessageArgument.text(label),
                    MessageArgument.text(col), MessageArgument.number(t.get()), MessageArgument.number(sum), shown,
                    blanks ? MessageArgument.message("fragment.blanksAsZero") : MessageArgument.text("")));
        }
    }

    // ----- buildings

    private void buildings(BuildingControl b) {
        Location at = b.getSource().orElse(fallback);
        String section = b.getLabel().strip();
        unparseable(b.getApprovedScale(), MessageArgument.message("basicData.field.approvedScale", MessageArgument.text(section)));
        unparseable(b.getActualScale(), MessageArgument.message("basicData.field.actualScale", MessageArgument.text(section)));
        unparseable(b.getDeclaredScaleRate(), MessageArgument.message("basicData.field.scaleRate", MessageArgument.text(section)));
        unparseable(b.getBudgetInvestment(), MessageArgument.message("basicData.field.budgetInvestment", MessageArgument.text(section)));
        unparseable(b.getActualInvestment(), MessageArgument.message("basicData.field.actualInvestment", MessageArgument.text(section)));
        unparseable(b.getDeclaredInvestmentRate(), MessageArgument.message("basicData.field.investmentRate", MessageArgument.text(section)));
        blank(b.getApprovedScale(), below(b.getApprovedScaleHeading(), at), MessageArgument.message("basicData.blank.approvedScale", MessageArgument.text(section)));
        blank(b.getActualScale(), below(b.getActualScaleHeading(), at), MessageArgument.message("basicData.blank.actualScale", MessageArgument.text(section)));
        blank(b.getBudgetInvestment(), below(b.getBudgetInvestmentHeading(), at), MessageArgument.message("basicData.blank.budgetInvestment", MessageArgument.text(section)));
        blank(b.getActualInvestment(), below(b.getActualInvestmentHeading(), at), MessageArgument.message("basicData.blank.actualInvestment", MessageArgument.text(section)));
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
            out.add(Diagnostic.variant(BasicDataCode.BASIC_DATA_YEAR_MISMATCH, "prior", prior.get().getSource().orElse(fallback),
                    MessageArgument.number(prior.get().getYear().get()), MessageArgument.number(year.get())));
        }
        if (budget.flatMap(ColumnHeader::getYear).isPresent() && !budget.get().getYear().equals(year)) {
            out.add(Diagnostic.variant(BasicDataCode.BASIC_DATA_YEAR_MISMATCH, "budget", budget.get().getSource().orElse(fallback),
                    MessageArgument.number(budget.get().getYear().get()), MessageArgument.number(year.get())));
        }
        Optional<Integer> staffingYear = table.getStaffing().flatMap(Staffing::getActualHeading).map(h -> yearIn(h.getLabel()));
        if (staffingYear.isPresent() && !staffingYear.equals(year)) {
            out.add(Diagnostic.variant(BasicDataCode.BASIC_DATA_YEAR_MISMATCH, "staffing",
                    table.getStaffing().flatMap(Staffing::getSource).orElse(fallback), MessageArgument.number(staffingYear.get()),
                    MessageArgument.number(year.get())));
        }
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
                out.add(Diagnostic.variant(BasicDataCode.BASIC_DATA_BLANK, "rate", declared.flatMap(Figure::getSource).orElse(section),
                        MessageArgument.text(what), MessageArgument.text(formula), MessageArgument.number(n.get().divide(d.get(), MathContext.DECIMAL64)
                                .setScale(BasicDataChecker.RATE_SCALE, RoundingMode.HALF_UP).movePointRight(2))));
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
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_RATE_MISMATCH, declared.get().getSource().orElse(section), MessageArgument.text(what),
                    MessageArgument.number(v.get().movePointRight(2)), MessageArgument.text(formula),
                    MessageArgument.number(exact.setScale(BasicDataChecker.RATE_SCALE, RoundingMode.HALF_UP).movePointRight(2))));
        }
    }

    private void unparseable(Optional<Figure> f, MessageArgument what) {
        if (f.isPresent() && !f.get().isParsed() && !isPlaceholder(f.get())) {
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_FIGURE, f.get().getSource().orElse(fallback), what,
                    MessageArgument.text(f.get().getRaw())));
        }
    }

    private void blank(Optional<Figure> f, Location at, MessageArgument what) {
        if (f.isEmpty() || isPlaceholder(f.get())) {
            out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_BLANK, f.flatMap(Figure::getSource).orElse(at), what,
                    f.isEmpty() ? MessageArgument.text("") : MessageArgument.message("fragment.rawInBrackets", MessageArgument.text(f.get().getRaw()))));
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
}
