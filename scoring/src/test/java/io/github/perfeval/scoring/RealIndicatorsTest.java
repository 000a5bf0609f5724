package io.github.perfeval.scoring;

import io.github.perfeval.core.form.DirectionRules;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ValueKind;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direction rules and the scorer judged by real rows from published forms of several provinces and
 * departments ({@code real-indicators.tsv}: each row's source, and the direction and score a careful reader
 * of the Ministry's rules gives it, decided by reading the rules). Every row must agree, except those whose
 * note starts with {@code KNOWN:}, which must still disagree (so that a stale explanation fails too). The
 * test prints how many agree.
 */
class RealIndicatorsTest {

    private static final String RESOURCE = "real-indicators.tsv";

    /** One row of the table. */
    private static final class Row {
        int line;
        String source;
        String level1;
        String level2;
        String name;
        String target;
        String actual;
        String weight;
        String declared;
        String direction;
        String score;
        String note;

        boolean known() {
            return note.startsWith("KNOWN:");
        }

        @Override
        public String toString() {
            return "line " + line + " " + name + " " + target + " / " + actual + " (" + source + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(RealIndicatorsTest.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("line %d has 12 columns", n).hasSize(12);
                Row row = new Row();
                row.line = n;
                row.source = f[0];
                row.level1 = f[2];
                row.level2 = f[3];
                row.name = f[4];
                row.target = f[5];
                row.actual = f[6];
                row.weight = f[7];
                row.declared = f[8];
                row.direction = f[9];
                row.score = f[10];
                row.note = f[11];
                rows.add(row);
            }
        }
        return rows;
    }

    /** A target listed with its unit only ({@code [%]}) becomes a bare value in that unit. */
    private static String target(String t) {
        if (!t.startsWith("[")) {
            return t;
        }
        String unit = t.substring(1, t.length() - 1);
        switch (unit) {
            case "%":
                return "95%";
            case "月":
                return "12月";
            default:
                return (unit.startsWith("元") ? "500" : "10") + unit;
        }
    }

    private static Indicator indicator(Row row) {
        var b = Indicator.builder().level1Label(row.level1).level2Label(row.level2).name(row.name)
                .target(IndicatorValue.parse(target(row.target)))
                .actual(IndicatorValue.parse(row.actual.equals("-") ? "" : row.actual))
                .weight(Figure.of(row.weight.equals("-") ? "10" : row.weight));
        if (!row.declared.equals("-") && !row.declared.isEmpty()) {
            b.declaredScore(Figure.of(row.declared));
        }
        return b.build();
    }

    @Test
    void realRowsScoreAsACarefulReaderScoresThem() throws IOException {
        List<Row> rows = rows();
        Scorer scorer = Scorer.create();
        int directions = 0;
        int directionsAgree = 0;
        int scores = 0;
        int scoresAgree = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> known = new ArrayList<>();
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (Row row : rows) {
            sources.add(row.source);
            Indicator ind = indicator(row);
            boolean agrees = true;
            String got = "";
            if (!row.direction.equals("-")) {
                directions++;
                // a target the reader does not take for a quantity has no direction to compare: a disagreement
                String d = ind.getTarget().getKind() == ValueKind.QUANTITY
                        ? DirectionRules.standard().decide(ind).getDirection().name()
                        : "none, the target is read as " + ind.getTarget().getKind();
                if (d.equals(row.direction)) {
                    directionsAgree++;
                } else {
                    agrees = false;
                    got += " direction " + d + (ind.getTarget().getKind() == ValueKind.QUANTITY
                            ? " (" + DirectionRules.standard().decide(ind) + ")" : "");
                }
            }
            if (!row.score.equals("-")) {
                scores++;
                Form form = Form.builder().kind(FormKind.PROJECT).addIndicators(ind).build();
                IndicatorResult r = scorer.evaluate(form).getIndicators().get(0);
                if (r.getScore().compareTo(new BigDecimal(row.score)) == 0) {
                    scoresAgree++;
                } else {
                    agrees = false;
                    got += " score " + r.getScore().toPlainString() + " (" + r.getExplanationEn() + ")";
                }
            }
            if (!agrees && !row.known()) {
                unexpected.add(row + ": expected " + row.direction + " " + row.score + ", got" + got);
            }
            if (row.known()) {
                known.add(row + (agrees ? ": AGREES NOW, the KNOWN note is stale" : ": still" + got));
            }
        }
        System.out.printf("real-indicators.tsv: %d rows from %d sources; directions agree %d/%d, scores agree %d/%d%n",
                rows.size(), sources.size(), directionsAgree, directions, scoresAgree, scores);
        known.forEach(k -> System.out.println("  known disagreement: " + k));
        assertThat(unexpected).as("rows where perfeval disagrees with the careful reader").isEmpty();
        assertThat(known).as("KNOWN notes must still describe a disagreement").noneMatch(k -> k.contains("AGREES NOW"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(320);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(55);
    }
}
