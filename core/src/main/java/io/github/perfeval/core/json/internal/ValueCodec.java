package io.github.perfeval.core.json.internal;

import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ParseIssue;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON of perfeval's hand-written value types ({@link Figure}, {@link IndicatorValue}), written once
 * against a {@link Sink} and read once from a {@link Source}; the Jackson 2 and Jackson 3 classes only
 * adapt their own generator and parser to these. So both Jacksons write and read the same JSON.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** The tokens the codec distinguishes. */
    public enum Token {
        /** {@code {}}. */
        START_OBJECT,
        /** {@code }}. */
        END_OBJECT,
        /** {@code [}. */
        START_ARRAY,
        /** {@code ]}. */
        END_ARRAY,
        /** A property name. */
        NAME,
        /** A string value. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code null}. */
        NULL,
        /** Anything else (booleans, end of input). */
        OTHER
    }

    /** A JSON generator, as the codec needs it. */
    public interface Sink {
        /** Starts an object. */
        void startObject() throws IOException;

        /** Ends an object. */
        void endObject() throws IOException;

        /** Starts an array. */
        void startArray() throws IOException;

        /** Ends an array. */
        void endArray() throws IOException;

        /** Writes a property name. */
        void name(String name) throws IOException;

        /** Writes a string. */
        void string(String value) throws IOException;

        /** Writes a number given as its plain text. */
        void number(String plain) throws IOException;

        /** Writes {@code null}. */
        void nullValue() throws IOException;

        /** Writes a {@link Location} as its own JSON mapping does. */
        void location(Location l) throws IOException;
    }

    /**
     * The check of repeated property names in one object whose names its reader reads itself, for a parser that
     * would otherwise check them with a hash set per object (Jackson 2's, with {@code STRICT_DUPLICATE_DETECTION}):
     * the same refusal, at the same point of the read, from a bit per name the reader knows.
     */
    public interface Names {
        /**
         * A name read; refused as the parser refuses it when already read in this object.
         *
         * @param known the name's index among those the reader knows (0 to 63), or -1 for another
         * @param name the name
         * @throws IOException the parser's error for a repeated name
         */
        void seen(int known, String name) throws IOException;

        /** The object is read: the parser's own check is back in place for whatever it reads there next. */
        void close();
    }

    /** A JSON parser, as the codec needs it; failures are raised the way each Jackson reports them. */
    public interface Source {
        /**
         * Called on an object's first token by a reader that reads every name of the object itself: the check
         * of its repeated names when the parser leaves them to the reader (then close it when the object is read),
         * or null when the parser checks them itself, or nothing does.
         *
         * @param fewNames whether the object usually has two names or fewer (the parser's check keeps no set
         *                 for those: it is left to the parser)
         * @return the check, or null
         */
        default Names names(boolean fewNames) {
            return null;
        }

        /** The current token. */
        Token current();

        /** Advances to the next token. */
        Token next() throws IOException;

        /** The current property name. */
        String name() throws IOException;

        /** The current scalar as text. */
        String text() throws IOException;

        /** The current number, exactly. */
        BigDecimal decimal() throws IOException;

        /** Skips the object or array that starts at the current token. */
        void skipChildren() throws IOException;

        /** Reads a {@link Location} at the current token ({@link ValueCodec#readLocation}). */
        Location location() throws IOException;

        /**
         * The current value as Jackson reads a {@code String} property: a string as it is, {@code null}
         * as null, any other token as Jackson's own coercion makes it (or fails, naming the property).
         *
         * @param owner the type whose property this is, for the error's path
         * @param name the property's name, for the error's path
         * @return the text, or null
         * @throws IOException as Jackson fails for the token
         */
        String string(Class<?> owner, String name) throws IOException;

        /**
         * The current value as Jackson reads an {@code Integer} property (see {@link #string}).
         *
         * @param owner the type whose property this is, for the error's path
         * @param name the property's name, for the error's path
         * @return the number, or null
         * @throws IOException as Jackson fails for the token
         */
        Integer integer(Class<?> owner, String name) throws IOException;

        /** Fails: a value of this type could not be made from what was read, as Jackson reports a creator's failure. */
        <T> T cannotBuild(Class<T> type, RuntimeException cause) throws IOException;

        /** Fails: the current token cannot start a value of this type. */
        <T> T unexpected(Class<T> type) throws IOException;

        /** Fails: a value of this type that makes no sense, naming why. */
        <T> T invalid(Class<T> type, String value, String why) throws IOException;

        /** Fails: a number of this type out of range, naming why. */
        <T> T invalidNumber(Class<T> type, BigDecimal value, String why) throws IOException;
    }

    /**
     * Writes a figure as {@code {"raw": …, "value": …, "source": {…}}}, absent parts left out. A figure whose
     * text was not read as a number says so ({@code {"raw": "99.86%", "value": null}}): its reader must not read
     * that text again and find a number the figure did not have.
     *
     * @param f the figure
     * @param out where to
     * @throws IOException as the generator does
     */
    public static void writeFigure(Figure f, Sink out) throws IOException {
        out.startObject();
        string(out, "raw", f.getRaw());
        out.name("value");
        if (f.isParsed()) {
            out.number(f.decimal().toPlainString());
        } else {
            out.nullValue();
        }
        if (f.getFormula().isPresent()) {
            string(out, "formula", f.getFormula().get());
        }
        if (f.getSource().isPresent()) {
            writeLocation(f.getSource().get(), out);
        }
        out.endObject();
    }

    /**
     * Reads a figure as perfeval writes it ({@code {"raw": "9.99", "value": 9.99, "source": …}}), or as
     * people write it by hand: a number ({@code 9.99}), a string ({@code "9.99"}, {@code "99.86%"}), or an
     * object with only {@code raw}, whose text is read as {@link Figure#parsePercent} reads it. An object whose
     * {@code value} is {@code null} is a figure whose text is not a number, as written: its text is not read
     * again. A value out of the accepted range fails.
     *
     * @param in positioned on the figure's first token
     * @return the figure
     * @throws IOException as the parser does, or for a bad value
     */
    public static Figure readFigure(Source in) throws IOException {
        Token t = in.current();
        if (t == Token.NUMBER) {
            return Figure.of(checked(in.decimal(), in));
        }
        if (t == Token.STRING) {
            return Figure.parsePercent(in.text(), null);
        }
        if (t != Token.START_OBJECT) {
            return in.unexpected(Figure.class);
        }
        String raw = null;
        BigDecimal value = null;
        boolean notANumber = false;
        Location source = null;
        String formula = null;
        Names names = in.names(false);
        try {
            for (t = in.next(); t == Token.NAME; t = in.next()) {
                String name = in.name();
                switch (name) {
                    case "raw":
                        seen(names, 0, name);
                        Token v = in.next();
                        raw = v == Token.NULL ? null : scalar(in, v);
                        break;
                    case "formula":
                        seen(names, 1, name);
                        v = in.next();
                        formula = v == Token.NULL ? null : scalar(in, v);
                        break;
                    case "value":
                        seen(names, 2, name);
                        v = in.next();
                        if (v == Token.NUMBER) {
                            value = checked(in.decimal(), in);
                        } else if (v == Token.NULL) {
                            notANumber = true;
                        } else {
                            return in.invalid(Figure.class, scalar(in, v), "\"value\" must be a number");
                        }
                        break;
                    case "source":
                        seen(names, 3, name);
                        v = in.next();
                        source = v == Token.NULL ? null : in.location();
                        break;
                    default:
                        seen(names, -1, name);
                        skip(in, in.next());
                }
            }
        } finally {
            close(names);
        }
        if (value != null) {
            Figure f = Figure.of(raw, value, source);
            return formula == null ? f : f.withFormula(formula); // a copy only for a formula (withFormula normalises again)
        }
        if (raw == null) {
            return in.invalid(Figure.class, "{}", "a figure needs \"raw\" or \"value\"");
        }
        Figure f = notANumber ? Figure.of(raw, null, source) : Figure.parsePercent(raw, source);
        return formula == null ? f : f.withFormula(formula);
    }

    /**
     * Writes an indicator value with everything that was read from it.
     *
     * @param v the value
     * @param out where to
     * @throws IOException as the generator does
     */
    public static void writeIndicatorValue(IndicatorValue v, Sink out) throws IOException {
        out.startObject();
        string(out, "raw", v.getRaw());
        string(out, "kind", v.getKind().name());
        if (v.getComparison().isPresent()) {
            string(out, "comparison", v.getComparison().get().name());
        }
        if (v.getMeasure().isPresent()) {
            string(out, "measure", v.getMeasure().get());
        }
        if (v.getQuantity().isPresent()) {
            out.name("quantity");
            quantity(out, v.getQuantity().get());
        }
        if (v.getUpper().isPresent()) {
            out.name("upper");
            quantity(out, v.getUpper().get());
        }
        if (v.getTerm().isPresent()) {
            string(out, "term", v.getTerm().get().name());
        }
        if (!v.getCandidates().isEmpty()) {
            out.name("candidates");
            out.startArray();
            for (Quantity q : v.getCandidates()) {
                quantity(out, q);
            }
            out.endArray();
        }
        if (!v.getIssues().isEmpty()) {
            out.name("issues");
            out.startArray();
            for (ParseIssue i : v.getIssues()) {
                out.string(i.name());
            }
            out.endArray();
        }
        if (v.getSource().isPresent()) {
            writeLocation(v.getSource().get(), out);
        }
        out.endObject();
    }

    /**
     * Reads an indicator value from its raw text (a plain string, or an object's {@code raw}, or the
     * vendor fields {@code computesign}, {@code kpi_val}, {@code meterunit}) and its {@code source}. What
     * was read is never trusted from the document: it is read again from the raw text, so the two cannot
     * disagree.
     *
     * @param in positioned on the value's first token
     * @return the value
     * @throws IOException as the parser does
     */
    public static IndicatorValue readIndicatorValue(Source in) throws IOException {
        Token t = in.current();
        if (t == Token.STRING) {
            return IndicatorValue.parse(in.text());
        }
        if (t == Token.NULL) {
            return IndicatorValue.empty();
        }
        if (t != Token.START_OBJECT) {
            return in.unexpected(IndicatorValue.class);
        }
        String raw = null;
        String sign = null;
        String value = null;
        String unit = null;
        Location source = null;
        Names names = in.names(false);
        try {
            for (t = in.next(); t == Token.NAME; t = in.next()) {
                String name = in.name();
                switch (name) {
                    case "raw":
                        seen(names, 0, name);
                        raw = text(in, in.next());
                        break;
                    case "source":
                        seen(names, 1, name);
                        source = in.next() == Token.NULL ? null : in.location();
                        break;
                    case "computesign":
                        seen(names, 2, name);
                        sign = text(in, in.next());
                        break;
                    case "kpi_val":
                        seen(names, 3, name);
                        value = text(in, in.next());
                        break;
                    case "meterunit":
                        seen(names, 4, name);
                        unit = text(in, in.next());
                        break;
                    // written for readers: read again from the raw text
                    case "kind":
                        seen(names, 5, name);
                        skip(in, in.next());
                        break;
                    case "comparison":
                        seen(names, 6, name);
                        skip(in, in.next());
                        break;
                    case "quantity":
                        seen(names, 7, name);
                        skip(in, in.next());
                        break;
                    default:
                        seen(names, -1, name);
                        skip(in, in.next());
                }
            }
        } finally {
            close(names);
        }
        return IndicatorValueJson.fromFields(raw, sign, value, unit, source);
    }

    /**
     * Reads a {@link Location} as its own JSON mapping does ({@code {"sheet": "表", "cell": "E14"}}, and
     * {@code table}, {@code row}, {@code column}, {@code context}, {@code indicator}; unknown properties
     * skipped; a string or number property coerced as Jackson does), by hand: a form holds one place per
     * value, and Jackson's creator-based path for each was a third of the time a form took to read.
     *
     * @param in positioned on the location's first token
     * @return the location
     * @throws IOException as the parser does, or for a location its invariants refuse
     */
    public static Location readLocation(Source in) throws IOException {
        Token t = in.current();
        if (t != Token.START_OBJECT) {
            return in.unexpected(Location.class);
        }
        String sheet = null;
        String cell = null;
        Integer table = null;
        Integer row = null;
        Integer column = null;
        String context = null;
        String indicator = null;
        in.names(true);
        for (t = in.next(); t == Token.NAME; t = in.next()) {
            String name = in.name();
            Token v = in.next();
            switch (name) {
                case "sheet":
                    sheet = in.string(Location.class, name);
                    break;
                case "cell":
                    cell = in.string(Location.class, name);
                    break;
                case "table":
                    table = in.integer(Location.class, name);
                    break;
                case "row":
                    row = in.integer(Location.class, name);
                    break;
                case "column":
                    column = in.integer(Location.class, name);
                    break;
                case "context":
                    context = in.string(Location.class, name);
                    break;
                case "indicator":
                    indicator = in.string(Location.class, name);
                    break;
                default:
                    skip(in, v);
            }
        }
        try {
            return LocationFactory.of(sheet, cell, table, row, column, context, indicator);
        } catch (IllegalArgumentException e) {
            return in.cannotBuild(Location.class, e);
        }
    }

    private static void quantity(Sink out, Quantity q) throws IOException {
        out.startObject();
        out.name("value");
        out.number(q.value().toPlainString());
        string(out, "unit", q.unit().symbol());
        out.endObject();
    }

    private static void writeLocation(Location l, Sink out) throws IOException {
        out.name("source");
        out.location(l);
    }

    private static void string(Sink out, String name, String value) throws IOException {
        out.name(name);
        out.string(value);
    }

    private static BigDecimal checked(BigDecimal v, Source in) throws IOException {
        if (!Decimals.isWithinBounds(v)) {
            return in.invalidNumber(BigDecimal.class, v, "outside the accepted range of figures");
        }
        return v;
    }

    /** A scalar's text; an object or array is skipped and gives null. */
    private static String text(Source in, Token v) throws IOException {
        if (v == Token.NULL) {
            return null;
        }
        if (v == Token.START_OBJECT || v == Token.START_ARRAY) {
            in.skipChildren();
            return null;
        }
        return in.text();
    }

    private static String scalar(Source in, Token v) throws IOException {
        if (v == Token.START_OBJECT || v == Token.START_ARRAY) {
            in.skipChildren();
            return v == Token.START_OBJECT ? "{…}" : "[…]";
        }
        return in.text();
    }

    /**
     * A name read by a reader that checks its object's names ({@link Names}); nothing when the parser checks them.
     *
     * @param names the check, or null
     * @param known the name's index among those the reader knows, or -1
     * @param name the name
     * @throws IOException for a repeated name
     */
    public static void seen(Names names, int known, String name) throws IOException {
        if (names != null) {
            names.seen(known, name);
        }
    }

    /**
     * Ends a check of names, if any.
     *
     * @param names the check, or null
     */
    public static void close(Names names) {
        if (names != null) {
            names.close();
        }
    }

    private static void skip(Source in, Token v) throws IOException {
        if (v == Token.START_OBJECT || v == Token.START_ARRAY) {
            in.skipChildren();
        }
    }
}
