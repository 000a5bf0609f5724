package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;

import java.io.IOException;
import java.util.List;

/**
 * Jackson 2, {@link io.github.perfeval.core.json.PerfevalJson}'s mapper only: a {@link Form}, its {@link Budget}
 * and its {@link BudgetLine}s streamed into their builders by hand, as {@link IndicatorDeserializer} reads an
 * indicator, and for the same reason: Jackson's generic path for a generated type fills a JSON-bound twin through
 * reflection, wraps each {@code Optional}, then copies the twin into the builder. Everything the generic path
 * does under {@code PerfevalJson}'s settings is done the same way: {@code null} as absent, strings, numbers and
 * enums coerced by Jackson's own deserializers, the parts a form holds once (goals, footer, header fields, text
 * sections, declared grade) and the indicators read by their own deserializers, unknown properties skipped, an
 * error inside a property named at its path, the builder's refusals reported as the generated type's creator
 * reports them, repeated names refused as the parser refuses them ({@link ValueCodec.Names}). Any other start
 * (not an object) goes to the generic path. An application's own mapper keeps the generic path.
 */
public final class FormDeserializer extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    /** Puts the hand-written reader in front of the generic one for {@link Form}, {@link Budget} and {@link BudgetLine}. */
    public static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            Class<?> c = beanDesc.getBeanClass();
            if (deserializer instanceof FormDeserializer) {
                return deserializer;
            }
            if (Form.class.isAssignableFrom(c)) {
                return new FormDeserializer(deserializer, FORM);
            }
            if (Budget.class.isAssignableFrom(c)) {
                return new FormDeserializer(deserializer, BUDGET);
            }
            if (BudgetLine.class.isAssignableFrom(c)) {
                return new FormDeserializer(deserializer, LINE);
            }
            return deserializer;
        }
    }

    private static final int FORM = 0;
    private static final int BUDGET = 1;
    private static final int LINE = 2;

    private final int part;

    FormDeserializer(JsonDeserializer<?> generic, int part) {
        super(generic);
        this.part = part;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new FormDeserializer(newDelegatee, part);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return _delegatee.deserialize(p, ctxt);
        }
        ValueCodec.Source in = Jackson2Codec.source(p, ctxt);
        ValueCodec.Names names = in.names(false);
        try {
            switch (part) {
                case FORM:
                    return form(p, ctxt, in, names);
                case BUDGET:
                    return budget(p, ctxt, in, names);
                default:
                    return line(p, ctxt, in, names);
            }
        } finally {
            ValueCodec.close(names);
        }
    }

    private Object form(JsonParser p, DeserializationContext ctxt, ValueCodec.Source in, ValueCodec.Names names) throws IOException {
        Form.Builder b = Form.builder();
        List<LabelledText> fields = null;
        List<Indicator> indicators = null;
        List<TextSection> sections = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            int known = formName(field);
            ValueCodec.seen(names, known, field);
            JsonToken v = p.nextToken();
            if (known < 0) {
                Jackson2Codec.skipChildren(p);
                continue;
            }
            boolean nul = v == JsonToken.VALUE_NULL;
            try {
                switch (known) {
                    case 0:
                        FormKind kind = (FormKind) value(p, ctxt, FormKind.class);
                        if (kind != null) {
                            b.kind(kind);
                        }
                        break;
                    case 1:
                        b.title(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 2:
                        b.year(java.util.Optional.ofNullable(integer(p, v, ctxt)));
                        break;
                    case 3:
                        b.department(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 4:
                        b.supervisingDepartment(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 5:
                        b.implementingUnit(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 6:
                        b.projectName(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 7:
                        fields = nul ? null : list(p, ctxt, LabelledText.class);
                        break;
                    case 8:
                        b.sheet(java.util.Optional.ofNullable(string(p, v, ctxt)));
                        break;
                    case 9:
                        b.sheetHidden(bool(p, v, ctxt));
                        break;
                    case 10:
                        b.budget(java.util.Optional.ofNullable(nul ? null : (Budget) value(p, ctxt, Budget.class)));
                        break;
                    case 11:
                        b.goals(java.util.Optional.ofNullable(nul ? null : (Goals) value(p, ctxt, Goals.class)));
                        break;
                    case 12:
                        indicators = nul ? null : list(p, ctxt, Indicator.class);
                        break;
                    case 13:
                        b.declaredWeightTotal(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 14:
                        b.declaredTotal(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 15:
                        b.declaredGrade(java.util.Optional.ofNullable(nul ? null : (LabelledText) value(p, ctxt, LabelledText.class)));
                        break;
                    case 16:
                        sections = nul ? null : list(p, ctxt, TextSection.class);
                        break;
                    default:
                        b.footer(java.util.Optional.ofNullable(nul ? null : (Footer) value(p, ctxt, Footer.class)));
                }
            } catch (Exception e) {
                throw wrapped(e, field, ctxt);
            }
        }
        // lists are added when the form is built: a builder's refusal (a null element) is the creator's, as in Jackson
        List<LabelledText> allFields = fields;
        List<Indicator> allIndicators = indicators;
        List<TextSection> allSections = sections;
        return build(() -> {
            if (allFields != null) {
                b.addAllHeaderFields(allFields);
            }
            if (allIndicators != null) {
                b.addAllIndicators(allIndicators);
            }
            if (allSections != null) {
                b.addAllTextSections(allSections);
            }
            return b.build();
        }, ctxt);
    }

    private Object budget(JsonParser p, DeserializationContext ctxt, ValueCodec.Source in, ValueCodec.Names names) throws IOException {
        Budget.Builder b = Budget.builder();
        List<BudgetLine> lines = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            int known = budgetName(field);
            ValueCodec.seen(names, known, field);
            JsonToken v = p.nextToken();
            if (known < 0) {
                Jackson2Codec.skipChildren(p);
                continue;
            }
            boolean nul = v == JsonToken.VALUE_NULL;
            try {
                switch (known) {
                    case 0:
                        MoneyUnit unit = (MoneyUnit) value(p, ctxt, MoneyUnit.class);
                        if (unit != null) {
                            b.unit(unit);
                        }
                        break;
                    case 1:
                        lines = nul ? null : list(p, ctxt, BudgetLine.class);
                        break;
                    case 2:
                        b.weight(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 3:
                        b.declaredScore(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    default:
                        b.source(java.util.Optional.ofNullable(nul ? null : ValueCodec.readLocation(in)));
                }
            } catch (Exception e) {
                throw wrapped(e, field, ctxt);
            }
        }
        List<BudgetLine> allLines = lines;
        return build(() -> {
            if (allLines != null) {
                b.addAllLines(allLines);
            }
            return b.build();
        }, ctxt);
    }

    private Object line(JsonParser p, DeserializationContext ctxt, ValueCodec.Source in, ValueCodec.Names names) throws IOException {
        BudgetLine.Builder b = BudgetLine.builder();
        List<LabelledText> extras = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            int known = lineName(field);
            ValueCodec.seen(names, known, field);
            JsonToken v = p.nextToken();
            if (known < 0) {
                Jackson2Codec.skipChildren(p);
                continue;
            }
            boolean nul = v == JsonToken.VALUE_NULL;
            try {
                switch (known) {
                    case 0:
                        BudgetLineKind kind = (BudgetLineKind) value(p, ctxt, BudgetLineKind.class);
                        if (kind != null) {
                            b.kind(kind);
                        }
                        break;
                    case 1:
                        String label = string(p, v, ctxt);
                        if (label != null) {
                            b.label(label);
                        }
                        break;
                    case 2:
                        b.initial(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 3:
                        b.adjusted(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 4:
                        b.executed(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 5:
                        b.declaredRate(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 6:
                        b.labelAmount(java.util.Optional.ofNullable(nul ? null : ValueCodec.readFigure(in)));
                        break;
                    case 7:
                        extras = nul ? null : list(p, ctxt, LabelledText.class);
                        break;
                    default:
                        b.source(java.util.Optional.ofNullable(nul ? null : ValueCodec.readLocation(in)));
                }
            } catch (Exception e) {
                throw wrapped(e, field, ctxt);
            }
        }
        List<LabelledText> allExtras = extras;
        return build(() -> {
            if (allExtras != null) {
                b.addAllExtras(allExtras);
            }
            return b.build();
        }, ctxt);
    }

    /** A form's property name's index (for its repeat check), or -1. */
    private static int formName(String name) {
        switch (name) {
            case "kind":
                return 0;
            case "title":
                return 1;
            case "year":
                return 2;
            case "department":
                return 3;
            case "supervisingDepartment":
                return 4;
            case "implementingUnit":
                return 5;
            case "projectName":
                return 6;
            case "headerFields":
                return 7;
            case "sheet":
                return 8;
            case "sheetHidden":
                return 9;
            case "budget":
                return 10;
            case "goals":
                return 11;
            case "indicators":
                return 12;
            case "declaredWeightTotal":
                return 13;
            case "declaredTotal":
                return 14;
            case "declaredGrade":
                return 15;
            case "textSections":
                return 16;
            case "footer":
                return 17;
            default:
                return -1;
        }
    }

    private static int budgetName(String name) {
        switch (name) {
            case "unit":
                return 0;
            case "lines":
                return 1;
            case "weight":
                return 2;
            case "declaredScore":
                return 3;
            case "source":
                return 4;
            default:
                return -1;
        }
    }

    private static int lineName(String name) {
        switch (name) {
            case "kind":
                return 0;
            case "label":
                return 1;
            case "initial":
                return 2;
            case "adjusted":
                return 3;
            case "executed":
                return 4;
            case "declaredRate":
                return 5;
            case "labelAmount":
                return 6;
            case "extras":
                return 7;
            case "source":
                return 8;
            default:
                return -1;
        }
    }

    /** A value read by Jackson's own deserializer for its type (an enum, or a part read once), the parser checking its names. */
    private static Object value(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        Jackson2Codec.checkedByParser(p);
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return ctxt.findContextualValueDeserializer(ctxt.constructType(type), null).deserialize(p, ctxt);
    }

    /** A list read by Jackson's own collection deserializer. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Class<T> element) throws IOException {
        Jackson2Codec.checkedByParser(p);
        return (List<T>) ctxt.findContextualValueDeserializer(ctxt.getTypeFactory().constructCollectionType(List.class, element), null)
                .deserialize(p, ctxt);
    }

    /** A string property as Jackson's own string deserializer reads it. */
    private static String string(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        Jackson2Codec.checkedByParser(p);
        return v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
    }

    /** An {@code Integer} property as Jackson's own deserializer reads it. */
    private static Integer integer(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        Jackson2Codec.checkedByParser(p);
        return v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Integer.class);
    }

    /** A {@code boolean} property as Jackson's own deserializer reads it ({@code null} as false). */
    private static boolean bool(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
        if (v == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (v == JsonToken.VALUE_FALSE || v == JsonToken.VALUE_NULL) {
            return false;
        }
        Jackson2Codec.checkedByParser(p);
        return (Boolean) ctxt.readValue(p, Boolean.TYPE);
    }

    /** Builds, reporting a builder's refusal as the generated type's creator does. */
    private Object build(java.util.function.Supplier<?> builder, DeserializationContext ctxt) throws IOException {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            return ctxt.handleInstantiationProblem(_delegatee.handledType(), null, e);
        }
    }

    /** An error inside a property, named at its path (see {@link Jackson2Codec#wrapped}). */
    private JsonMappingException wrapped(Exception e, String field, DeserializationContext ctxt) throws IOException {
        return Jackson2Codec.wrapped(e, _delegatee.handledType(), field, ctxt);
    }
}
