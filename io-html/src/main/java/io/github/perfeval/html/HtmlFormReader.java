package io.github.perfeval.html;

import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.document.DocumentFormReader;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.ReadLimits;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads self-evaluation forms from web pages: every {@code <table>} of the page (nested ones too) becomes a
 * grid and goes through the same form parser as a workbook's sheets, so a form gives the same model and the
 * same diagnostics whichever way it was published.
 *
 * <pre>{@code
 * HtmlFormReader reader = HtmlFormReader.create();
 * FileReadResult read = reader.read(Path.of("2024年度部门决算公开.html"));
 * read.forms();                                          // every form on the page, in page order
 * read.getParts().forEach(p -> log.info(p.describe(true)));   // and what became of every other table
 * FileReadResult pasted = reader.read("<table>…</table>", "粘贴的表格");
 * }</pre>
 *
 * <p>What it handles: {@code rowspan}/{@code colspan} (merged cells, as browsers lay them out), {@code <br>} and
 * {@code <p>} inside cells (line breaks), entities ({@code &nbsp;}, {@code &ge;}, {@code &#8805;}), full-width
 * spaces, hidden rows ({@code display:none}), a {@code <caption>} and the text above a table (its title, year,
 * 单位名称), several forms and other tables on one page, layout tables holding a form, a form continued in a
 * second table. Places are table, row and column (from 1, in page order), with the text above the table.
 * The page's encoding comes from its byte-order mark or {@code <meta charset>}, else UTF-8.
 *
 * <p>Security: pages come from strangers. jsoup never fetches anything a page refers to and runs no script.
 * The page's size, the depth elements nest to, the number of tables, and each table's rows, columns, cell
 * text and spans are bounded by {@link ReadLimits}; a page beyond them ends in one {@link FileReadException}
 * ({@code TOO_LARGE}) naming the limit.
 *
 * <p>Thread-safe: one reader may read many pages at once.
 */
public final class HtmlFormReader {

    private final ReadLimits limits;
    private final DocumentFormReader forms;

    private HtmlFormReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.forms = DocumentFormReader.create(limits);
    }

    /** A reader with {@link ReadLimits#defaults()}. */
    public static HtmlFormReader create() {
        return new HtmlFormReader(ReadLimits.defaults());
    }

    /** A reader with limits of your own. */
    public static HtmlFormReader create(ReadLimits limits) {
        return new HtmlFormReader(limits);
    }

    /** The limits. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every form on a page saved as a file (.html, .htm).
     *
     * @param file the page
     * @return the forms, and what became of every table
     * @throws FileReadException when the page as a whole cannot be read
     */
    public FileReadResult read(Path file) {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new FileReadException(name, FileReadException.Problem.NOT_FOUND, null, e);
        } catch (IOException e) {
            throw new FileReadException(name, FileReadException.Problem.NOT_FOUND, e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new FileReadException(name, FileReadException.Problem.TOO_LARGE, size + " bytes, limit " + limits.maxFileBytes(), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new FileReadException(name, FileReadException.Problem.NOT_FOUND, e.getMessage(), e);
        }
    }

    /**
     * Reads every form on a page from a stream (read whole, up to the file-size limit; not closed).
     *
     * @param in the page's bytes
     * @param name the name to use in messages (the upload's file name, the page's address)
     * @return the forms, and what became of every table
     * @throws FileReadException when the page as a whole cannot be read
     */
    public FileReadResult read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new FileReadException(name, FileReadException.Problem.TRUNCATED, e.getMessage(), e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new FileReadException(name, FileReadException.Problem.TOO_LARGE, "more than " + limits.maxFileBytes() + " bytes", null);
        }
        Document page;
        try {
            page = org.jsoup.Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser());
        } catch (IOException | UncheckedIOException e) {
            throw new FileReadException(name, FileReadException.Problem.TRUNCATED, FileReadException.firstLine(e.getMessage()), e);
        }
        return read(page, name);
    }

    /**
     * Reads every form in a piece of HTML held as a string (a whole page, or just a {@code <table>}).
     *
     * @param html the HTML
     * @param name the name to use in messages
     * @return the forms, and what became of every table
     * @throws FileReadException when the HTML goes beyond a limit
     */
    public FileReadResult read(String html, String name) {
        if ((long) html.length() > limits.maxFileBytes()) {
            throw new FileReadException(name, FileReadException.Problem.TOO_LARGE,
                    html.length() + " characters, limit " + limits.maxFileBytes(), null);
        }
        return read(parser().parseInput(html, ""), name);
    }

    private FileReadResult read(Document page, String name) {
        try {
            return forms.read(name, HtmlTables.of(page, limits, name));
        } catch (GridTooLargeException e) {
            throw new FileReadException(name, FileReadException.Problem.TOO_LARGE, e.getMessage(), null);
        }
    }

    /**
     * jsoup's HTML parser, its depth bounded one beyond the limit: a page that reaches it nests too deep
     * and is refused, rather than read flattened.
     */
    private Parser parser() {
        return Parser.htmlParser().setMaxDepth(limits.maxDepth() + 1);
    }
}
