package io.github.perfeval.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON baseline: plain mutable POJOs with public fields for every property perfeval writes for a form
 * (raw text and value of every figure, a target's raw text and parsed parts, the derived fields of an
 * indicator, every place), bound by Jackson with no custom code. {@link #mapper()} reads and writes the same
 * document content as {@code PerfevalJson.mapper()} ({@link #sameContent} checks it);
 * {@link #mapperWithoutPlaces()} is the earlier baseline's work, which skipped the {@code source} places.
 */
public final class PlainPojos {

    private PlainPojos() {
    }

    /** Plain Jackson: absent values left out, unknown properties ignored, decimals as {@code BigDecimal}. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** As {@link #mapper()}, with every {@code source} property ignored (skipped when read, not written). */
    public static ObjectMapper mapperWithoutPlaces() {
        ObjectMapper m = mapper();
        m.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean hasIgnoreMarker(AnnotatedMember member) {
                return "source".equals(member.getName()) || super.hasIgnoreMarker(member);
            }
        });
        return m;
    }

    /**
     * Whether two JSON documents hold the same content, property order aside (numbers compared by value).
     *
     * @param a a document
     * @param b another
     * @return true when equal as trees
     * @throws IOException when one is not JSON
     */
    public static boolean sameContent(byte[] a, byte[] b) throws IOException {
        ObjectMapper m = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(false)).build();
        JsonNode x = m.readTree(a);
        JsonNode y = m.readTree(b);
        return x.equals(y);
    }

    public static final class LocationPojo {
        public String sheet;
        public String cell;
        public Integer table;
        public Integer row;
        public Integer column;
        public String context;
        public String indicator;
    }

    public static final class FigurePojo {
        public String raw;
        public BigDecimal value;
        public String formula;
        public LocationPojo source;
    }

    public static final class QuantityPojo {
        public BigDecimal value;
        public String unit;
    }

    public static final class ValuePojo {
        public String raw;
        public String kind;
        public String comparison;
        public String measure;
        public QuantityPojo quantity;
        public QuantityPojo upper;
        public String term;
        public List<QuantityPojo> candidates;
        public List<String> issues;
        public LocationPojo source;
    }

    public static final class LabelledTextPojo {
        public String label;
        public String text;
        public LocationPojo source;
    }

    public static final class SplitTargetPojo {
        public LabelledTextPojo operator;
        public LabelledTextPojo value;
        public LabelledTextPojo unit;
    }

    public static final class IndicatorPojo {
        public String level1Label;
        public String level2Label;
        public String name;
        public ValuePojo target;
        public ValuePojo actual;
        public FigurePojo weight;
        public FigurePojo declaredScore;
        public String deviationReason;
        public SplitTargetPojo splitTarget;
        public List<LabelledTextPojo> extras;
        public List<LabelledTextPojo> comments;
        public Boolean hidden;
        public LocationPojo source;
        public String level1;
        public String level2;
        public String direction;
        public BigDecimal declaredLevel1Weight;
        public String path;
    }

    public static final class LinePojo {
        public String kind;
        public String label;
        public FigurePojo initial;
        public FigurePojo adjusted;
        public FigurePojo executed;
        public FigurePojo declaredRate;
        public FigurePojo labelAmount;
        public List<LabelledTextPojo> extras;
        public LocationPojo source;
    }

    public static final class BudgetPojo {
        public String unit;
        public List<LinePojo> lines = new ArrayList<>();
        public FigurePojo weight;
        public FigurePojo declaredScore;
        public LocationPojo source;
    }

    public static final class GoalsPojo {
        public String expected;
        public String achieved;
        public LocationPojo source;
    }

    public static final class TextSectionPojo {
        public String kind;
        public String label;
        public String text;
        public LocationPojo source;
    }

    public static final class FooterPojo {
        public String raw;
        public String preparer;
        public String date;
        public String phone;
        public String head;
    }

    public static final class FormPojo {
        public String kind;
        public String title;
        public Integer year;
        public String department;
        public String supervisingDepartment;
        public String implementingUnit;
        public String projectName;
        public List<LabelledTextPojo> headerFields;
        public String sheet;
        public Boolean sheetHidden;
        public BudgetPojo budget;
        public GoalsPojo goals;
        public List<IndicatorPojo> indicators = new ArrayList<>();
        public FigurePojo declaredWeightTotal;
        public FigurePojo declaredTotal;
        public LabelledTextPojo declaredGrade;
        public List<TextSectionPojo> textSections;
        public FooterPojo footer;
    }
}
