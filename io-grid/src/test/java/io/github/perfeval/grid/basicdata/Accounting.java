package io.github.perfeval.grid.basicdata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nothing unaccounted for: every non-empty cell of a grid is in a table read from it (a figure's or a
 * part's place, or a text as written) or is named by one of its diagnostics.
 */
final class Accounting {

    private Accounting() {
    }

    /** The cells of a grid that no table read from it accounts for, as {@code place: text}. */
    static List<String> unaccounted(Grid g, List<ValueWithDiagnostics<BasicData>> tables) {
        Set<Location> places = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<String> departments = new ArrayList<>();
        for (ValueWithDiagnostics<BasicData> t : tables) {
            t.getValue().getDepartment().ifPresent(departments::add);
            JsonNode tree = PerfevalJson.mapper().valueToTree(t.getValue());
            collect(tree, places, texts);
            for (Diagnostic d : t.getDiagnostics()) {
                d.getLocation().ifPresent(places::add);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (!g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
                    continue;
                }
                String text = g.cell(r, c).getText().strip();
                boolean department = departments.stream().anyMatch(text::endsWith);   // 单位名称：X gives the department X
                if (!places.contains(g.place(r, c)) && !texts.contains(text) && !department) {
                    missing.add(g.place(r, c).describe() + ": " + g.cell(r, c).getText());
                }
            }
        }
        return missing;
    }

    private static void collect(JsonNode n, Set<Location> places, Set<String> texts) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("source")) {
                    try {
                        places.add(PerfevalJson.mapper().convertValue(e.getValue(), Location.class));
                    } catch (IllegalArgumentException x) {
                        throw new IllegalArgumentException(e.getValue().toString(), x);
                    }
                } else {
                    collect(e.getValue(), places, texts);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, places, texts));
        } else if (n.isTextual()) {
            texts.add(n.asText().strip());
        }
    }
}
