package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Jackson 2, {@link io.github.perfeval.core.json.PerfevalJson}'s mapper only: a form and its parts written by
 * hand, byte for byte what Jackson's bean serializers write for them under that mapper's fixed settings
 * (property order, absent values and empty lists left out, a hidden flag only when set, decimals plain), without
 * the bean machinery: each property read through reflection, each {@code Optional} through Jdk8Module's
 * reference serializer, each place through a serializer looked up per value. Figures and targets are written by
 * {@link ValueCodec}, as under every mapper. An application's own mapper keeps the generic path and its settings.
 */
public final class ModelWriter implements ValueCodec.Sink {

    private static final SerializedString KIND = key("kind");
    private static final SerializedString TITLE = key("title");
    private static final SerializedString YEAR = key("year");
    private static final SerializedString DEPARTMENT = key("department");
    private static final SerializedString SUPERVISING_DEPARTMENT = key("supervisingDepartment");
    private static final SerializedString IMPLEMENTING_UNIT = key("implementingUnit");
    private static final SerializedString PROJECT_NAME = key("projectName");
    private static final SerializedString HEADER_FIELDS = key("headerFields");
    private static final SerializedString SHEET = key("sheet");
    private static final SerializedString SHEET_HIDDEN = key("sheetHidden");
    private static final SerializedString BUDGET = key("budget");
    private static final SerializedString GOALS = key("goals");
    private static final SerializedString INDICATORS = key("indicators");
    private static final SerializedString DECLARED_WEIGHT_TOTAL = key("declaredWeightTotal");
    private static final SerializedString DECLARED_TOTAL = key("declaredTotal");
    private static final SerializedString DECLARED_GRADE = key("declaredGrade");
    private static final SerializedString TEXT_SECTIONS = key("textSections");
    private static final SerializedString FOOTER = key("footer");
    private static final SerializedString UNIT = key("unit");
    private static final SerializedString LINES = key("lines");
    private static final SerializedString WEIGHT = key("weight");
    private static final SerializedString DECLARED_SCORE = key("declaredScore");
    private static final SerializedString SOURCE = key("source");
    private static final SerializedString LABEL = key("label");
    private static final SerializedString INITIAL = key("initial");
    private static final SerializedString ADJUSTED = key("adjusted");
    private static final SerializedString EXECUTED = key("executed");
    private static final SerializedString DECLARED_RATE = key("declaredRate");
    private static final SerializedString LABEL_AMOUNT = key("labelAmount");
    private static final SerializedString EXTRAS = key("extras");
    private static final SerializedString EXPECTED = key("expected");
    private static final SerializedString ACHIEVED = key("achieved");
    private static final SerializedString LEVEL1_LABEL = key("level1Label");
    private static final SerializedString LEVEL2_LABEL = key("level2Label");
    private static final SerializedString NAME = key("name");
    private static final SerializedString TARGET = key("target");
    private static final SerializedString ACTUAL = key("actual");
    private static final SerializedString DEVIATION_REASON = key("deviationReason");
    private static final SerializedString SPLIT_TARGET = key("splitTarget");
    private static final SerializedString COMMENTS = key("comments");
    private static final SerializedString HIDDEN = key("hidden");
    private static final SerializedString LEVEL1_LABEL_SOURCE = key("level1LabelSource");
    private static final SerializedString LEVEL2_LABEL_SOURCE = key("level2LabelSource");
    private static final SerializedString LEVEL1 = key("level1");
    private static final SerializedString LEVEL2 = key("level2");
    private static final SerializedString DIRECTION = key("direction");
    private static final SerializedString DECLARED_LEVEL1_WEIGHT = key("declaredLevel1Weight");
    private static final SerializedString PATH = key("path");
    private static final SerializedString OPERATOR = key("operator");
    private static final SerializedString VALUE = key("value");
    private static final SerializedString TEXT = key("text");
    private static final SerializedString RAW = key("raw");
    private static final SerializedString PREPARER = key("preparer");
    private static final SerializedString DATE = key("date");
    private static final SerializedString PHONE = key("phone");
    private static final SerializedString HEAD = key("head");
    private static final SerializedString CELL = key("cell");
    private static final SerializedString TABLE = key("table");
    private static final SerializedString ROW = key("row");
    private static final SerializedString COLUMN = key("column");
    private static final SerializedString CONTEXT = key("context");
    private static final SerializedString INDICATOR = key("indicator");

    private final JsonGenerator g;

    private ModelWriter(JsonGenerator g) {
        this.g = g;
    }

    private static SerializedString key(String name) {
        return new SerializedString(name);
    }

    /** Puts the hand-written writers in place of the bean serializers of the model's types. */
    public static final class Modifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc, JsonSerializer<?> serializer) {
            Class<?> c = beanDesc.getBeanClass();
            for (Part part : Part.values()) {
                if (part.type.isAssignableFrom(c)) {
                    return new Hand(part);
                }
            }
            return serializer;
        }
    }

    /** The types written by hand. */
    enum Part {
        FORM(Form.class), BUDGET(Budget.class), BUDGET_LINE(BudgetLine.class), GOALS(Goals.class), INDICATOR(Indicator.class),
        LABELLED_TEXT(LabelledText.class), SPLIT_TARGET(SplitTarget.class), TEXT_SECTION(TextSection.class), FOOTER(Footer.class),
        LOCATION(Location.class);

        final Class<?> type;

        Part(Class<?> type) {
            this.type = type;
        }
    }

    /** One model type's serializer. */
    static final class Hand extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        private final Part part;

        Hand(Part part) {
            super(Object.class);
            this.part = part;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            ModelWriter w = new ModelWriter(g);
            switch (part) {
                case FORM:
                    w.form((Form) value);
                    break;
                case BUDGET:
                    w.budget((Budget) value);
                    break;
                case BUDGET_LINE:
                    w.line((BudgetLine) value);
                    break;
                case GOALS:
                    w.goals((Goals) value);
                    break;
                case INDICATOR:
                    w.indicator((Indicator) value);
                    break;
                case LABELLED_TEXT:
                    w.labelled((LabelledText) value);
                    break;
                case SPLIT_TARGET:
                    w.split((SplitTarget) value);
                    break;
                case TEXT_SECTION:
                    w.section((TextSection) value);
                    break;
                case FOOTER:
                    w.footer((Footer) value);
                    break;
                default:
                    w.location((Location) value);
            }
        }
    }

    private void form(Form f) throws IOException {
        g.writeStartObject(f);
        g.writeFieldName(KIND);
        g.writeString(f.getKind().name());
        string(TITLE, f.getTitle());
        if (f.getYear().isPresent()) {
            g.writeFieldName(YEAR);
            g.writeNumber(f.getYear().get().intValue());
        }
        string(DEPARTMENT, f.getDepartment());
        string(SUPERVISING_DEPARTMENT, f.getSupervisingDepartment());
        string(IMPLEMENTING_UNIT, f.getImplementingUnit());
        string(PROJECT_NAME, f.getProjectName());
        labelledList(HEADER_FIELDS, f.getHeaderFields());
        string(SHEET, f.getSheet());
        if (f.isSheetHidden()) {
            g.writeFieldName(SHEET_HIDDEN);
            g.writeBoolean(true);
        }
        if (f.getBudget().isPresent()) {
            g.writeFieldName(BUDGET);
            budget(f.getBudget().get());
        }
        if (f.getGoals().isPresent()) {
            g.writeFieldName(GOALS);
            goals(f.getGoals().get());
        }
        g.writeFieldName(INDICATORS);
        List<Indicator> indicators = f.getIndicators();
        g.writeStartArray(indicators, indicators.size());
        for (int i = 0, n = indicators.size(); i < n; i++) {
            indicator(indicators.get(i));
        }
        g.writeEndArray();
        figure(DECLARED_WEIGHT_TOTAL, f.getDeclaredWeightTotal());
        figure(DECLARED_TOTAL, f.getDeclaredTotal());
        if (f.getDeclaredGrade().isPresent()) {
            g.writeFieldName(DECLARED_GRADE);
            labelled(f.getDeclaredGrade().get());
        }
        List<TextSection> sections = f.getTextSections();
        if (!sections.isEmpty()) {
            g.writeFieldName(TEXT_SECTIONS);
            g.writeStartArray(sections, sections.size());
            for (int i = 0, n = sections.size(); i < n; i++) {
                section(sections.get(i));
            }
            g.writeEndArray();
        }
        if (f.getFooter().isPresent()) {
            g.writeFieldName(FOOTER);
            footer(f.getFooter().get());
        }
        g.writeEndObject();
    }

    private void budget(Budget b) throws IOException {
        g.writeStartObject(b);
        g.writeFieldName(UNIT);
        g.writeString(b.getUnit().name());
        g.writeFieldName(LINES);
        List<BudgetLine> lines = b.getLines();
        g.writeStartArray(lines, lines.size());
        for (int i = 0, n = lines.size(); i < n; i++) {
            line(lines.get(i));
        }
        g.writeEndArray();
        figure(WEIGHT, b.getWeight());
        figure(DECLARED_SCORE, b.getDeclaredScore());
        source(b.getSource());
        g.writeEndObject();
    }

    private void line(BudgetLine l) throws IOException {
        g.writeStartObject(l);
        g.writeFieldName(KIND);
        g.writeString(l.getKind().name());
        g.writeFieldName(LABEL);
        g.writeString(l.getLabel());
        figure(INITIAL, l.getInitial());
        figure(ADJUSTED, l.getAdjusted());
        figure(EXECUTED, l.getExecuted());
        figure(DECLARED_RATE, l.getDeclaredRate());
        figure(LABEL_AMOUNT, l.getLabelAmount());
        labelledList(EXTRAS, l.getExtras());
        source(l.getSource());
        g.writeEndObject();
    }

    private void goals(Goals goals) throws IOException {
        g.writeStartObject(goals);
        g.writeFieldName(EXPECTED);
        g.writeString(goals.getExpected());
        g.writeFieldName(ACHIEVED);
        g.writeString(goals.getAchieved());
        source(goals.getSource());
        g.writeEndObject();
    }

    private void indicator(Indicator i) throws IOException {
        g.writeStartObject(i);
        g.writeFieldName(LEVEL1_LABEL);
        g.writeString(i.getLevel1Label());
        g.writeFieldName(LEVEL2_LABEL);
        g.writeString(i.getLevel2Label());
        g.writeFieldName(NAME);
        g.writeString(i.getName());
        g.writeFieldName(TARGET);
        ValueCodec.writeIndicatorValue(i.getTarget(), this);
        g.writeFieldName(ACTUAL);
        ValueCodec.writeIndicatorValue(i.getActual(), this);
        figure(WEIGHT, i.getWeight());
        figure(DECLARED_SCORE, i.getDeclaredScore());
        string(DEVIATION_REASON, i.getDeviationReason());
        if (i.getSplitTarget().isPresent()) {
            g.writeFieldName(SPLIT_TARGET);
            split(i.getSplitTarget().get());
        }
        labelledList(EXTRAS, i.getExtras());
        labelledList(COMMENTS, i.getComments());
        if (i.isHidden()) {
            g.writeFieldName(HIDDEN);
            g.writeBoolean(true);
        }
        source(i.getSource());
        place(LEVEL1_LABEL_SOURCE, i.getLevel1LabelSource());
        place(LEVEL2_LABEL_SOURCE, i.getLevel2LabelSource());
        if (i.getLevel1().isPresent()) {
            g.writeFieldName(LEVEL1);
            g.writeString(i.getLevel1().get().name());
        }
        if (i.getLevel2().isPresent()) {
            g.writeFieldName(LEVEL2);
            g.writeString(i.getLevel2().get().name());
        }
        g.writeFieldName(DIRECTION);
        g.writeString(i.getDirection().name());
        Optional<BigDecimal> weight = i.getDeclaredLevel1Weight();
        if (weight.isPresent()) {
            g.writeFieldName(DECLARED_LEVEL1_WEIGHT);
            g.writeNumber(weight.get().toPlainString());
        }
        g.writeFieldName(PATH);
        g.writeString(i.getPath());
        g.writeEndObject();
    }

    private void split(SplitTarget s) throws IOException {
        g.writeStartObject(s);
        labelled(OPERATOR, s.getOperator());
        labelled(VALUE, s.getValue());
        labelled(UNIT, s.getUnit());
        g.writeEndObject();
    }

    private void labelled(SerializableString name, Optional<LabelledText> t) throws IOException {
        if (t.isPresent()) {
            g.writeFieldName(name);
            labelled(t.get());
        }
    }

    private void labelledList(SerializableString name, List<LabelledText> list) throws IOException {
        if (!list.isEmpty()) {
            g.writeFieldName(name);
            g.writeStartArray(list, list.size());
            for (int i = 0, n = list.size(); i < n; i++) {
                labelled(list.get(i));
            }
            g.writeEndArray();
        }
    }

    private void labelled(LabelledText t) throws IOException {
        g.writeStartObject(t);
        g.writeFieldName(LABEL);
        g.writeString(t.getLabel());
        g.writeFieldName(TEXT);
        g.writeString(t.getText());
        source(t.getSource());
        g.writeEndObject();
    }

    private void section(TextSection s) throws IOException {
        g.writeStartObject(s);
        g.writeFieldName(KIND);
        g.writeString(s.getKind().name());
        g.writeFieldName(LABEL);
        g.writeString(s.getLabel());
        g.writeFieldName(TEXT);
        g.writeString(s.getText());
        source(s.getSource());
        g.writeEndObject();
    }

    private void footer(Footer f) throws IOException {
        g.writeStartObject(f);
        string(RAW, f.getRaw());
        string(PREPARER, f.getPreparer());
        string(DATE, f.getDate());
        string(PHONE, f.getPhone());
        string(HEAD, f.getHead());
        g.writeEndObject();
    }

    private void source(Optional<Location> l) throws IOException {
        place(SOURCE, l);
    }

    private void place(SerializedString name, Optional<Location> l) throws IOException {
        if (l.isPresent()) {
            g.writeFieldName(name);
            location(l.get());
        }
    }

    @Override
    public void location(Location l) throws IOException {
        g.writeStartObject(l);
        string(SHEET, l.getSheet());
        string(CELL, l.getCell());
        if (l.getTable().isPresent()) {
            g.writeFieldName(TABLE);
            g.writeNumber(l.getTable().getAsInt());
        }
        if (l.getRow().isPresent()) {
            g.writeFieldName(ROW);
            g.writeNumber(l.getRow().getAsInt());
        }
        if (l.getColumn().isPresent()) {
            g.writeFieldName(COLUMN);
            g.writeNumber(l.getColumn().getAsInt());
        }
        string(CONTEXT, l.getContext());
        string(INDICATOR, l.getIndicator());
        g.writeEndObject();
    }

    private void figure(SerializableString name, Optional<Figure> f) throws IOException {
        if (f.isPresent()) {
            g.writeFieldName(name);
            ValueCodec.writeFigure(f.get(), this);
        }
    }

    private void string(SerializableString name, Optional<String> s) throws IOException {
        if (s.isPresent()) {
            g.writeFieldName(name);
            g.writeString(s.get());
        }
    }

    // ValueCodec's sink, for figures and targets

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(String plain) throws IOException {
        g.writeNumber(plain);
    }

    @Override
    public void nullValue() throws IOException {
        g.writeNull();
    }
}
