package io.github.perfeval.grid.read;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What became of one part of a file: a sheet of a workbook or a table of a document (Word, HTML). A part
 * is read as forms, joined to the form before it (a table continued after a page break), or skipped,
 * and then {@link #getReason()} says why. Together the parts of a {@link FileReadResult} account for
 * everything the file holds: nothing is lost silently.
 *
 * <pre>{@code
 * for (PartReport p : read.getParts()) {
 *     System.out.println(p.describe(true));   // 表格2（10行×3列）中没有自评表…，已跳过；首行为“部门概况 | 专项名称 | 非税收入”
 * }
 * }</pre>
 *
 * <p>Invariants: a part read as forms has at least one; a continuation names the table it continues;
 * a skipped part has a reason, whose message names the part. Immutable and thread-safe.
 */
public final class PartReport {

    /** What became of a part. */
    public enum Outcome {
        /** Read as one or more forms (and perhaps basic-data tables beside them). */
        FORMS("读取为自评表", "read as forms"),
        /** Read as one or more basic-data tables (部门整体支出绩效评价基础数据表), with no form. */
        BASIC_DATA("读取为基础数据表", "read as basic-data tables"),
        /** Read as a project's self-evaluation report (自评报告), with no form and no basic-data table. */
        REPORT("读取为自评报告", "read as a self-evaluation report"),
        /** A table joined to the form of the table before it (the form continues after a page break). */
        CONTINUATION("作为续表并入上一表格", "joined to the form of the table before it"),
        /** Holds no form; the reason says what it seems to hold. */
        SKIPPED("已跳过", "skipped");

        private final String zh;
        private final String en;

        Outcome(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** The Chinese label. */
        public String labelZh() {
            return zh;
        }

        /** The English label. */
        public String labelEn() {
            return en;
        }
    }

    private final Location place;
    private final int rows;
    private final int columns;
    private final Outcome outcome;
    private final int forms;
    private final int basicData;
    private final int reports;
    private final Integer continues;
    private final Diagnostic reason;

    private PartReport(Location place, int rows, int columns, Outcome outcome, int forms, int basicData, Integer continues,
                       Diagnostic reason) {
        this(place, rows, columns, outcome, forms, basicData, 0, continues, reason);
    }

    private PartReport(Location place, int rows, int columns, Outcome outcome, int forms, int basicData, int reports, Integer continues,
                       Diagnostic reason) {
        this.place = Objects.requireNonNull(place, "place");
        this.rows = rows;
        this.columns = columns;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.forms = forms;
        this.basicData = basicData;
        this.reports = reports;
        this.continues = continues;
        this.reason = reason;
        if (outcome == Outcome.FORMS && forms < 1 || outcome != Outcome.FORMS && forms != 0) {
            throw new IllegalArgumentException("a part read as forms has some, any other none: " + outcome + " " + forms);
        }
        if (outcome == Outcome.BASIC_DATA && basicData < 1 || (outcome == Outcome.CONTINUATION || outcome == Outcome.SKIPPED) && basicData != 0) {
            throw new IllegalArgumentException("a part read as basic-data tables has some, a continuation or a skipped part none");
        }
        if (outcome == Outcome.REPORT && (reports < 1 || basicData != 0) || (outcome == Outcome.CONTINUATION || outcome == Outcome.SKIPPED) && reports != 0) {
            throw new IllegalArgumentException("a part read as a report has one, a continuation or a skipped part none");
        }
        if (outcome == Outcome.CONTINUATION && continues == null) {
            throw new IllegalArgumentException("a continuation names the table it continues");
        }
        if (outcome == Outcome.SKIPPED && reason == null) {
            throw new IllegalArgumentException("a skipped part has a reason");
        }
    }

    /**
     * A part read as forms.
     *
     * @param place the sheet, or the table with its context
     * @param rows the part's rows
     * @param columns the part's columns
     * @param forms how many forms were read from it (joined tables count with their first)
     * @return the report
     */
    public static PartReport forms(Location place, int rows, int columns, int forms) {
        return read(place, rows, columns, forms, 0);
    }

    /**
     * A part read: as forms when it holds any, else as basic-data tables.
     *
     * @param place the sheet, or the table with its context
     * @param rows the part's rows
     * @param columns the part's columns
     * @param forms how many forms were read from it
     * @param basicData how many basic-data tables were read from it
     * @return the report
     * @throws IllegalArgumentException when it holds neither
     */
    public static PartReport read(Location place, int rows, int columns, int forms, int basicData) {
        return new PartReport(place, rows, columns, forms > 0 ? Outcome.FORMS : Outcome.BASIC_DATA, forms, basicData, null, null);
    }

    /**
     * A part read: as forms when it holds any, else as basic-data tables when it holds any, else as a
     * self-evaluation report (自评报告).
     *
     * @param place the sheet, or the table with its context
     * @param rows the part's rows
     * @param columns the part's columns
     * @param forms how many forms were read from it
     * @param basicData how many basic-data tables were read from it
     * @param reports how many self-evaluation reports were read from it
     * @return the report of the part
     * @throws IllegalArgumentException when it holds none of them
     */
    public static PartReport read(Location place, int rows, int columns, int forms, int basicData, int reports) {
        Outcome outcome = forms > 0 ? Outcome.FORMS : basicData > 0 ? Outcome.BASIC_DATA : Outcome.REPORT;
        return new PartReport(place, rows, columns, outcome, forms, basicData, reports, null, null);
    }

    /**
     * A table joined to the form of an earlier table.
     *
     * @param place the table
     * @param rows the table's rows
     * @param columns the table's columns
     * @param continuesTable the number of the table whose form it continues (the first of the joined tables)
     * @param why the {@code TABLE_JOINED} diagnostic
     * @return the report
     */
    public static PartReport continuation(Location place, int rows, int columns, int continuesTable, Diagnostic why) {
        return new PartReport(place, rows, columns, Outcome.CONTINUATION, 0, 0, continuesTable, why);
    }

    /**
     * A part that holds no form.
     *
     * @param place the sheet, or the table with its context
     * @param rows the part's rows
     * @param columns the part's columns
     * @param why a diagnostic saying why, and what the part seems to hold
     * @return the report
     */
    public static PartReport skipped(Location place, int rows, int columns, Diagnostic why) {
        return new PartReport(place, rows, columns, Outcome.SKIPPED, 0, 0, null, Objects.requireNonNull(why, "why"));
    }

    /** The sheet, or the table with the text above it. */
    public Location getPlace() {
        return place;
    }

    /** Rows of the part. */
    public int getRows() {
        return rows;
    }

    /** Columns of the part. */
    public int getColumns() {
        return columns;
    }

    /** What became of it. */
    public Outcome getOutcome() {
        return outcome;
    }

    /** How many forms were read from it. */
    public int getForms() {
        return forms;
    }

    /** How many basic-data tables were read from it. */
    public int getBasicData() {
        return basicData;
    }

    /** How many self-evaluation reports (自评报告) were read from it. */
    public int getReports() {
        return reports;
    }

    /** For a continuation, the number of the table whose form it continues. */
    public OptionalInt getContinues() {
        return continues == null ? OptionalInt.empty() : OptionalInt.of(continues);
    }

    /** Why it was skipped or joined. */
    public Optional<Diagnostic> getReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * One line: {@code 表格3（12行×9列）：读取为自评表1份} / {@code table 3 (12×9): read as forms (1)}; for a
     * skipped part, its reason (which names the part).
     */
    public String describe(boolean chinese) {
        if (outcome == Outcome.SKIPPED) {
            return chinese ? reason.getMessageZh() : reason.getMessageEn();
        }
        String where = place.getSheet().map(s -> chinese ? "工作表“" + s + "”" : "sheet \"" + s + "\"")
                .orElseGet(() -> (chinese ? "表格" : "table ") + place.getTable().orElse(0));
        String size = chinese ? "（" + rows + "行×" + columns + "列）" : " (" + rows + "×" + columns + ")";
        String what;
        if (outcome == Outcome.CONTINUATION) {
            what = chinese ? "作为续表并入表格" + continues : "joined to the form of table " + continues;
        } else {
            String f = forms == 0 ? "" : chinese ? "自评表" + forms + "份" : "forms (" + forms + ")";
            String b = basicData == 0 ? "" : chinese ? "基础数据表" + basicData + "份" : "basic-data tables (" + basicData + ")";
            String r = reports == 0 ? "" : chinese ? "自评报告" + reports + "份" : "self-evaluation reports (" + reports + ")";
            List<String> all = new ArrayList<>();
            for (String x : new String[] {f, b, r}) {
                if (!x.isEmpty()) {
                    all.add(x);
                }
            }
            what = (chinese ? "读取为" : "read as ") + String.join(chinese ? "、" : " and ", all);
        }
        return where + size + (chinese ? "：" : ": ") + what;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartReport)) {
            return false;
        }
        PartReport p = (PartReport) o;
        return place.equals(p.place) && rows == p.rows && columns == p.columns && outcome == p.outcome && forms == p.forms
                && basicData == p.basicData && reports == p.reports && Objects.equals(continues, p.continues) && Objects.equals(reason, p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, rows, columns, outcome, forms, basicData, reports, continues, reason);
    }

    @Override
    public String toString() {
        return describe(false);
    }
}
