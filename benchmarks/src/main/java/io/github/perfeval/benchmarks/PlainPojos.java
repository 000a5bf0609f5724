package io.github.perfeval.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON baseline: plain mutable POJOs with the same fields as the model (raw text and values of every
 * figure, targets as raw text plus their parsed parts), bound by Jackson with no custom code.
 */
public final class PlainPojos {

    private PlainPojos() {
    }

    public static final class FigurePojo {
        public String raw;
        public BigDecimal value;
    }

    public static final class QuantityPojo {
        public BigDecimal value;
        public String unit;
    }

    public static final class ValuePojo {
        public String raw;
        public String kind;
        public String comparison;
        public QuantityPojo quantity;
        public String term;
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
    }

    public static final class BudgetPojo {
        public String unit;
        public List<LinePojo> lines = new ArrayList<>();
        public FigurePojo weight;
        public FigurePojo declaredScore;
    }

    public static final class GoalsPojo {
        public String expected;
        public String achieved;
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
        public String sheet;
        public BudgetPojo budget;
        public GoalsPojo goals;
        public List<IndicatorPojo> indicators = new ArrayList<>();
        public FigurePojo declaredWeightTotal;
        public FigurePojo declaredTotal;
        public FooterPojo footer;
    }
}
