package io.github.perfeval.grid.layout;

import io.github.perfeval.core.form.LabelledText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns that a table's extras (the indicators' or the budget lines' {@code getExtras()}) take when a form is
 * written as a table, a sheet or a Word table, after the table's own columns: one per header, a header that a row
 * repeats gets a column per repetition. The columns keep every row's order (a topological order of "comes before",
 * ties by first appearance), so that reading the written table gives each row its extras back in its order; rows
 * that order the same headers differently read back in column order.
 *
 * <pre>{@code
 * ExtraColumns columns = ExtraColumns.of(indicators.stream().map(Indicator::getExtras).toList());
 * columns.headers();                       // e.g. [偏差原因, 备注]: the header row's texts
 * int[] at = columns.indexesOf(indicator.getExtras());   // each extra's column, 0 = the first extra column
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExtraColumns {

    /** A column's key: its header and which repetition of it on a row. */
    private final List<String> keys;

    private ExtraColumns(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * The columns of these rows' extras.
     *
     * @param rows each row's extras, in the row's order
     * @return the columns, none when no row has an extra
     */
    public static ExtraColumns of(List<List<LabelledText>> rows) {
        List<String> seenOrder = new ArrayList<>();
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (List<LabelledText> extras : rows) {
            Map<String, Integer> seen = new HashMap<>();
            String previous = null;
            for (LabelledText extra : extras) {
                String key = key(extra.getLabel(), seen);
                if (!before.containsKey(key)) {
                    seenOrder.add(key);
                    before.put(key, 0);
                    after.put(key, new LinkedHashSet<>());
                }
                if (previous != null && after.get(previous).add(key)) {
                    before.merge(key, 1, Integer::sum);
                }
                previous = key;
            }
        }
        List<String> keys = new ArrayList<>();
        while (keys.size() < seenOrder.size()) {
            String next = null;
            for (String k : seenOrder) {
                if (!keys.contains(k) && before.get(k) == 0) {
                    next = k;
                    break;
                }
            }
            if (next == null) { // a cycle: rows order the same headers differently
                for (String k : seenOrder) {
                    if (!keys.contains(k)) {
                        next = k;
                        break;
                    }
                }
            }
            keys.add(next);
            for (String k : after.get(next)) {
                before.merge(k, -1, Integer::sum);
            }
        }
        return new ExtraColumns(keys);
    }

    private static String key(String header, Map<String, Integer> seen) {
        return header + "\u0000" + seen.merge(header, 1, Integer::sum);
    }

    /** How many columns. */
    public int size() {
        return keys.size();
    }

    /** The columns' headers, in column order (a repeated header stands once for each repetition). */
    public List<String> headers() {
        List<String> headers = new ArrayList<>(keys.size());
        for (String k : keys) {
            headers.add(k.substring(0, k.indexOf('\u0000')));
        }
        return headers;
    }

    /**
     * The column of each of a row's extras.
     *
     * @param extras the row's extras, one of the rows these columns were made of
     * @return for each extra, in its order, its column (0 = the first extra column)
     * @throws IllegalArgumentException when an extra has no column here (the row was not among the rows)
     */
    public int[] indexesOf(List<LabelledText> extras) {
        int[] at = new int[extras.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < at.length; i++) {
            String label = extras.get(i).getLabel();
            at[i] = keys.indexOf(key(label, seen));
            if (at[i] < 0) {
                throw new IllegalArgumentException("no column for the extra headed " + label
                        + " (its row was not among the rows these columns were made of)");
            }
        }
        return at;
    }

    /** The column of a header's first repetition (0 = the first extra column), or -1 when no column has it. */
    public int indexOfHeader(String header) {
        return keys.indexOf(header + "\u00001");
    }
}
