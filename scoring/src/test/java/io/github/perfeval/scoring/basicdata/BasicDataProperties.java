package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.quantity.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables drawn at random whose sums and rates agree have no error; moving one part of a sum by more
 * than the tolerance gives exactly one sum mismatch, naming its total. Seeded: a failure prints its seed.
 */
class BasicDataProperties {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Amounts of two decimals, as tables write 万元. */
    private static BigDecimal amount(Random r) {
        return BigDecimal.valueOf(r.nextInt(r.nextBoolean() ? 10_000 : 10_000_000), 2);
    }

    private static final class Drawn {
        final List<SpendingLine> lines = new ArrayList<>();
        /** Indices of the lines that are parts of a sum and no sum themselves. */
        final List<Integer> leaves = new ArrayList<>();
        final Random r;

        Drawn(Random r) {
            this.r = r;
        }

        BigDecimal[] sum(BigDecimal[]... parts) {
            BigDecimal[] s = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (BigDecimal[] p : parts) {
                for (int c = 0; c < 3; c++) {
                    s[c] = s[c].add(p[c]);
                }
            }
            return s;
        }

        BigDecimal[] three() {
            return new BigDecimal[] {amount(r), amount(r), amount(r)};
        }

        int add(SpendingItem item, String label, BigDecimal[] v, boolean leaf) {
            lines.add(SpendingLine.builder().item(item).label(label).priorActual(Figure.of(v[0])).budget(Figure.of(v[1]))
                    .actual(Figure.of(v[2])).build());
            if (leaf) {
                leaves.add(lines.size() - 1);
            }
            return lines.size() - 1;
        }
    }

    static BasicData draw(long seed, List<Integer> leavesOut) {
        Random r = new Random(seed);
        Drawn d = new Drawn(r);
        BigDecimal[] purchase = d.three();
        BigDecimal[] running = d.three();
        BigDecimal[] vehicles = d.sum(purchase, running);
        BigDecimal[] overseas = d.three();
        BigDecimal[] reception = d.three();
        d.add(SpendingItem.THREE_PUBLIC, "三公经费", d.sum(vehicles, overseas, reception), false);
        d.add(SpendingItem.OFFICIAL_VEHICLES, "1、公务用车购置和维护经费", vehicles, false);
        d.add(SpendingItem.VEHICLE_PURCHASE, "其中：公车购置", purchase, true);
        d.add(SpendingItem.VEHICLE_OPERATION, "公车运行维护", running, true);
        d.add(SpendingItem.OVERSEAS_TRAVEL, "2、出国经费", overseas, true);
        d.add(SpendingItem.OFFICIAL_RECEPTION, "3、公务接待", reception, true);
        int k = r.nextInt(13);
        List<BigDecimal[]> specials = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            specials.add(d.three());
        }
        BigDecimal[] special = d.sum(specials.toArray(new BigDecimal[0][]));
        BigDecimal[] ops = d.three();
        BigDecimal[] maint = d.three();
        d.add(SpendingItem.PROJECT_SPENDING, "项目支出：", d.sum(ops, maint, special), false);
        d.add(SpendingItem.OPERATIONS_FUNDS, "1、业务经费", ops, true);
        d.add(SpendingItem.MAINTENANCE_FUNDS, "2、运行维护经费", maint, true);
        d.add(SpendingItem.SPECIAL_FUNDS, "3、专项资金（一个专项一行）", special, false);
        for (int i = 0; i < k; i++) {
            d.add(SpendingItem.SPECIAL_LINE, "专项" + (i + 1), specials.get(i), true);
        }
        d.add(SpendingItem.PUBLIC_FUNDS, "公用经费：", d.three(), false);
        for (int i = r.nextInt(4); i > 0; i--) {
            d.add(SpendingItem.PUBLIC_FUNDS_ITEM, "其中" + i, d.three(), false);
        }
        d.add(SpendingItem.GOVERNMENT_PROCUREMENT, "政府采购金额", d.three(), false);
        int authorized = 1 + r.nextInt(500);
        int actual = r.nextInt(authorized + authorized / 5 + 1);
        BigDecimal rate = BigDecimal.valueOf(actual).divide(BigDecimal.valueOf(authorized), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP);
        leavesOut.addAll(d.leaves);
        int year = 2015 + r.nextInt(10);
        return BasicData.builder().year(year)
                .staffing(Staffing.builder().authorized(Figure.of(authorized)).actualHeading(Heading.of(year + "年实际在职人数"))
                        .actual(Figure.of(actual)).declaredRate(Figure.parsePercent(rate.movePointRight(2).toPlainString() + "%")).build())
                .spending(SpendingControl.builder()
                        .addColumns(ColumnHeader.builder().column(SpendingColumn.PRIOR_ACTUAL).year(year - 1).build())
                        .addColumns(ColumnHeader.builder().column(SpendingColumn.BUDGET).year(year).build())
                        .addColumns(ColumnHeader.builder().column(SpendingColumn.ACTUAL).year(year).build())
                        .lines(d.lines).build())
                .build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tablesWhoseFiguresAgreeHaveNoError(long seed) {
        BasicData t = draw(seed, new ArrayList<>());
        BasicDataEvaluation e = BasicDataChecker.create().evaluate(t);
        assertThat(e.getDiagnostics()).as("seed " + seed).noneMatch(d -> d.getSeverity() == Severity.ERROR);
        Staffing s = t.getStaffing().orElseThrow();
        BigDecimal expected = s.getActual().orElseThrow().decimal()
                .divide(s.getAuthorized().orElseThrow().decimal(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        assertThat(e.derived(DerivedMeasure.STAFFING_RATE).orElseThrow()).as("seed " + seed).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void movingOnePartOfASumNamesItsTotal(long seed) {
        List<Integer> leaves = new ArrayList<>();
        BasicData t = draw(seed, leaves);
        Random r = new Random(seed * 31 + 7);
        int index = leaves.get(r.nextInt(leaves.size()));
        SpendingControl s = t.getSpending().orElseThrow();
        SpendingLine leaf = s.getLines().get(index);
        SpendingColumn column = SpendingColumn.values()[r.nextInt(3)];
        BigDecimal moved = leaf.figure(column).orElseThrow().decimal().add(BigDecimal.valueOf(2 + r.nextInt(100_000), 2));
        SpendingLine.Builder b = SpendingLine.builder().from(leaf);
        switch (column) {
            case PRIOR_ACTUAL:
                b.priorActual(Figure.of(moved));
                break;
            case BUDGET:
                b.budget(Figure.of(moved));
                break;
            default:
                b.actual(Figure.of(moved));
        }
        List<SpendingLine> lines = new ArrayList<>(s.getLines());
        lines.set(index, b.build());
        BasicData changed = BasicData.builder().from(t).spending(SpendingControl.builder().from(s).lines(lines).build()).build();
        List<Diagnostic> sums = BasicDataChecker.create().evaluate(changed).diagnostics(BasicDataCode.BASIC_DATA_SUM_MISMATCH);
        SpendingItem parent = leaf.getItem().parent().orElseThrow();
        String total = s.line(parent).orElseThrow().getLabel();
        assertThat(sums).as("seed " + seed + ", " + leaf.getLabel() + " " + column).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).startsWith("“" + total + "”的" + column.labelFor(column == SpendingColumn.PRIOR_ACTUAL
                        ? t.getYear().orElseThrow() - 1 : t.getYear().orElseThrow())));
    }
}
