package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ValueKind;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.read.WorkbookReadException;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.excel.read.SheetGrids;
import io.github.perfeval.grid.form.Accounting;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GridReadResult;
import io.github.perfeval.grid.read.ReadLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated fixture workbooks (cells emptied, swapped, retyped, rows deleted, merged regions broken): no
 * exception escapes but the documented one, scoring and validation never throw, every value that could
 * not be read is a diagnostic at its cell, and every non-empty cell of a sheet holding a form is in the
 * model or named by a diagnostic. Seeded generators, one seed an invocation (the display name shows it;
 * {@code -Dperfeval.seed=N} replays it).
 */
class WorkbookFuzzProperties {

    private static final ExcelFormReader READER = ExcelFormReader.create();
    private static final Scorer SCORER = Scorer.create();
    private static final FormValidator VALIDATOR = FormValidator.create();

    enum Kind { EMPTY, SWAP, TEXT, NUMBER, GARBAGE, FORMULA, DELETE_ROW, BREAK_MERGE }

    static final class Mutation {
        final Kind kind;
        final int row;
        final int col;
        final int row2;
        final int col2;

        Mutation(Kind kind, int row, int col, int row2, int col2) {
            this.kind = kind;
            this.row = row;
            this.col = col;
            this.row2 = row2;
            this.col2 = col2;
        }

        @Override
        public String toString() {
            return kind + "@" + new CellReference(row, col).formatAsString(false) + "/" + new CellReference(row2, col2).formatAsString(false);
        }
    }

    static Stream<Long> seeds() {
        return Seeds.of(150);
    }

    /** One to twelve mutations anywhere in the first 41 rows and 10 columns. */
    static List<Mutation> mutations(Random r) {
        List<Mutation> out = new ArrayList<>();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.add(new Mutation(Kind.values()[r.nextInt(Kind.values().length)], r.nextInt(41), r.nextInt(10), r.nextInt(41),
                    r.nextInt(10)));
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedWorkbooksReadWithDiagnosticsNotExceptions(long seed) throws IOException {
        Random random = new Random(seed);
        String fixture = random.nextBoolean() ? "yueyang-2024-department.xlsx" : "liuhe-2024.xlsx";
        List<Mutation> mutations = mutations(random);
        byte[] original = Files.readAllBytes(Fixtures.path(fixture));
        java.util.Map<Integer, String> retypedAt = new java.util.HashMap<>();
        boolean deleted = false;
        byte[] mutated;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            Sheet s = wb.getSheetAt(0);
            int[] table = table(s);
            for (Mutation m : mutations) {
                deleted |= m.kind == Kind.DELETE_ROW;
                if (m.kind != Kind.GARBAGE) {
                    apply(s, m);
                }
            }
            // garbage last, so that no later mutation moves it out of the table
            for (Mutation m : mutations) {
                if (m.kind == Kind.GARBAGE && table != null) {
                    Row r = s.getRow(table[0] + 1 + m.row % 8);
                    if (r != null) {
                        String t = "？？？" + "#".repeat(m.row % 3);
                        fresh(r, table[1]).setCellValue(t);
                        retypedAt.put(r.getRowNum(), t);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            mutated = out.toByteArray();
        }
        ExcelReadResult read;
        try {
            read = READER.read(new ByteArrayInputStream(mutated), fixture);
        } catch (WorkbookReadException documented) {
            assertThat(documented.getMessage()).startsWith(fixture + ": ");
            return;
        }
        assertEveryCellAccountedFor(mutated, "seed " + seed + ", " + fixture + ", mutations " + mutations);
        Set<String> raws = new HashSet<>();
        for (ValueWithDiagnostics<Form> f : read.getForms()) {
            Evaluation e = SCORER.evaluate(f.getValue());
            List<Diagnostic> all = new ArrayList<>(f.getDiagnostics());
            all.addAll(VALIDATOR.validate(f.getValue()));
            all.addAll(e.getDiagnostics());
            for (Indicator i : f.getValue().getIndicators()) {
                raws.add(i.getName());
                raws.add(i.getTarget().getRaw());
                raws.add(i.getActual().getRaw());
                i.getWeight().ifPresent(w -> {
                    raws.add(w.getRaw());
                    assertReported(w, all, StandardCode.UNPARSEABLE_FIGURE);
                });
                i.getDeclaredScore().ifPresent(w -> {
                    raws.add(w.getRaw());
                    assertReported(w, all, StandardCode.UNPARSEABLE_FIGURE);
                });
                assertReported(i.getTarget(), all, StandardCode.UNPARSEABLE_TARGET);
                assertReported(i.getActual(), all, StandardCode.UNPARSEABLE_ACTUAL);
                i.getDeviationReason().ifPresent(raws::add);
            }
        }
        // a value typed into a cell of the indicator table is kept as raw text, unless the table itself was broken
        if (!deleted && read.getForms().size() == (fixture.startsWith("liuhe") ? 2 : 1)) {
            for (String t : retypedAt.values()) {
                assertThat(raws.stream().anyMatch(r -> r.strip().equals(t.strip()) || r.contains(t.strip())))
                        .as("retyped text %s kept; mutations %s", t, mutations).isTrue();
            }
        }
    }

    /** Every non-empty cell of every sheet holding a form is in a form's model, structure, or named by a diagnostic. */
    static void assertEveryCellAccountedFor(byte[] workbook, String what) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                var grid = SheetGrids.of(sheet, ReadLimits.defaults(), "x.xlsx").getValue();
                GridReadResult read = FormParser.create().parse(grid);
                assertThat(Accounting.unaccounted(grid, read)).as("unaccounted cells of %s, sheet %s; read %s", what, sheet.getSheetName(),
                        read.getForms()).isEmpty();
            }
        }
    }

    private static void assertReported(Figure f, List<Diagnostic> all, StandardCode code) {
        if (!f.isParsed() && f.getSource().isPresent()) {
            Location at = f.getSource().get();
            assertThat(all).as("unreadable figure %s at %s is reported", f.getRaw(), at)
                    .anyMatch(d -> d.is(code) && d.getLocation().flatMap(Location::getCell).equals(at.getCell()));
        }
    }

    private static void assertReported(IndicatorValue v, List<Diagnostic> all, StandardCode code) {
        if (v.getKind() == ValueKind.UNPARSED && v.getSource().isPresent()) {
            assertThat(all).as("unreadable %s at %s is reported", v.getRaw(), v.getSource().get())
                    .anyMatch(d -> d.is(code) && d.getLocation().flatMap(Location::getCell).equals(v.getSource().get().getCell()));
        }
    }

    /** Applies one mutation to the sheet. */
    private static void apply(Sheet s, Mutation m) {
        switch (m.kind) {
            case EMPTY: {
                Cell c = cell(s, m.row, m.col);
                if (c != null) {
                    c.getRow().removeCell(c);
                }
                return;
            }
            case SWAP: {
                Cell a = cell(s, m.row, m.col);
                Cell b = cell(s, m.row2, m.col2);
                if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING) {
                    String ta = a.getStringCellValue();
                    String tb = b.getStringCellValue();
                    fresh(a.getRow(), a.getColumnIndex()).setCellValue(tb);
                    fresh(b.getRow(), b.getColumnIndex()).setCellValue(ta);
                }
                return;
            }
            case TEXT: {
                Cell c = cell(s, m.row, m.col);
                if (c != null && c.getCellType() == CellType.NUMERIC) {
                    double v = c.getNumericCellValue();
                    fresh(c.getRow(), c.getColumnIndex()).setCellValue("\u3000" + v + "\u3000");
                }
                return;
            }
            case NUMBER: {
                Cell c = cell(s, m.row, m.col);
                if (c != null) {
                    fresh(c.getRow(), c.getColumnIndex()).setCellValue(7.25);
                }
                return;
            }
            case FORMULA: {
                Cell c = cell(s, m.row, m.col);
                if (c != null) {
                    fresh(c.getRow(), c.getColumnIndex()).setCellFormula("1/0");
                }
                return;
            }
            case DELETE_ROW: {
                Row r = s.getRow(m.row);
                if (r != null) {
                    s.removeRow(r);
                }
                return;
            }
            case BREAK_MERGE: {
                if (s.getNumMergedRegions() > 0) {
                    s.removeMergedRegion(m.row % s.getNumMergedRegions());
                }
                return;
            }
            default:
                return;
        }
    }

    /** The row of the indicator header and the column of 年度指标值, before any mutation. */
    private static int[] table(Sheet s) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("年度指标值")) {
                    return new int[] {r.getRowNum(), c.getColumnIndex()};
                }
            }
        }
        return null;
    }

    /**
     * A new cell in place of the old one: POI keeps an inline string (the fixtures use them) when a value
     * is set on the existing cell, so the mutation would silently not happen.
     */
    private static Cell fresh(Row r, int col) {
        Cell old = r.getCell(col);
        if (old != null) {
            r.removeCell(old);
        }
        return r.createCell(col);
    }

    private static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        return r == null ? null : r.getCell(col);
    }
}
