package io.github.perfeval.files;

import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.grid.read.ZipParts;
import io.github.perfeval.html.HtmlFormReader;
import io.github.perfeval.word.WordFormReader;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads self-evaluation forms from any file perfeval reads, telling the kind of file by its content (the
 * name's extension only when the content does not say): Excel workbooks (.xlsx, .xls), Word documents
 * (.docx) and web pages (.html, .htm). The one entry point for a command line, an upload endpoint or a
 * batch job: every kind gives the same {@link FileReadResult}, and every unreadable file the same
 * {@link FileReadException}.
 *
 * <pre>{@code
 * FormFileReader reader = FormFileReader.create();
 * FileReadResult read = reader.read(Path.of("2024年度部门决算公开.docx"));
 * read.forms();                       // the forms, in file order
 * read.getParts();                    // every sheet or table: read, joined, or skipped and why
 *
 * // a Spring controller: the upload's name is only a hint, its bytes decide
 * FileReadResult uploaded = reader.read(file.getInputStream(), file.getOriginalFilename());
 * }</pre>
 *
 * <p>What is refused, each with one {@link FileReadException}: an old binary Word document (.doc:
 * {@code UNSUPPORTED_FORMAT}, saying to save it as .docx), a PDF or RTF file ({@code UNSUPPORTED_FORMAT}), a
 * file of no supported kind, and whatever the reader of its kind refuses (zip bombs, DTDs, files beyond
 * the {@link ReadLimits}). A Word "web page" saved as .doc is read as the web page it is.
 *
 * <p>Thread-safe: one reader may read many files at once.
 */
public final class FormFileReader {

    /** The kinds of file perfeval reads forms from. */
    public enum Kind {
        /** An Excel workbook (.xlsx, .xlsm, .xls). */
        WORKBOOK,
        /** A Word document (.docx). */
        WORD,
        /** A web page (.html, .htm). */
        HTML
    }

    private final ReadLimits limits;
    private final ExcelFormReader excel;
    /** Built on the first Word document: a command line checking one workbook never loads their classes. */
    private volatile WordFormReader word;
    /** Built on the first web page, as {@link #word}. */
    private volatile HtmlFormReader html;

    private FormFileReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.excel = ExcelFormReader.create(limits);
    }

    /** The Word reader, built once on first use (a race builds two equal immutable readers, harmlessly). */
    private WordFormReader word() {
        WordFormReader w = word;
        if (w == null) {
            w = WordFormReader.create(limits);
            word = w;
        }
        return w;
    }

    /** The web-page reader, built once on first use, as {@link #word()}. */
    private HtmlFormReader html() {
        HtmlFormReader h = html;
        if (h == null) {
            h = HtmlFormReader.create(limits);
            html = h;
        }
        return h;
    }

    /** A reader with {@link ReadLimits#defaults()}. */
    public static FormFileReader create() {
        return new FormFileReader(ReadLimits.defaults());
    }

    /** A reader with limits of your own, for every kind of file. */
    public static FormFileReader create(ReadLimits limits) {
        return new FormFileReader(limits);
    }

    /**
     * Whether a file's name says it is of a kind to read (for walking folders): .xlsx, .xlsm, .xls, .docx,
     * .html, .htm, and .doc (so that an old Word document is reported, not passed over). Office's lock files
     * ({@code ~$…}) are not.
     *
     * @param file the file
     * @return whether to read it
     */
    public static boolean isReadable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && extensionKind(n).isPresent();
    }

    /**
     * Reads every form in a file.
     *
     * @param file the file
     * @return the forms, and what became of every sheet or table
     * @throws FileReadException when the file as a whole cannot be read
     */
    public FileReadResult read(Path file) {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new FileReadException(name, Problem.NOT_FOUND, null, e);
        } catch (IOException e) {
            throw new FileReadException(name, Problem.NOT_FOUND, e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new FileReadException(name, Problem.TOO_LARGE, size + " bytes, limit " + limits.maxFileBytes(), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new FileReadException(name, Problem.NOT_FOUND, e.getMessage(), e);
        }
    }

    /**
     * Reads every form in a file given as a stream (read whole, up to the file-size limit; not closed).
     *
     * @param in the file's bytes
     * @param name the file's name (its extension is a hint when the content does not say what it is)
     * @return the forms, and what became of every sheet or table
     * @throws FileReadException when the file as a whole cannot be read
     */
    public FileReadResult read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new FileReadException(name, Problem.TRUNCATED, e.getMessage(), e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new FileReadException(name, Problem.TOO_LARGE, "more than " + limits.maxFileBytes() + " bytes", null);
        }
        switch (kindOf(bytes, name)) {
            case WORD:
                return word().read(new ByteArrayInputStream(bytes), name);
            case HTML:
                return html().read(new ByteArrayInputStream(bytes), name);
            default:
                return excel.read(new ByteArrayInputStream(bytes), name).toFileReadResult();
        }
    }

    /**
     * What kind of file some bytes are: by their content (a zip package holding a Word document or a
     * workbook, an OLE2 file holding either, a page of HTML), else by the name's extension. The first bytes of
     * a file are enough for a zip package whose first entries name its kind (Office, WPS and perfeval write
     * {@code word/…} or {@code xl/…} within the first few kilobytes) and for a web page:
     *
     * <pre>{@code
     * byte[] head = in.readNBytes(16 * 1024);
     * FormFileReader.kindOf(head, "upload.dat");     // WORD for a .docx, whatever its name
     * }</pre>
     *
     * @param bytes the file's bytes, or its first bytes
     * @param name the file's name
     * @return the kind
     * @throws FileReadException ({@code UNSUPPORTED_FORMAT}) for a PDF, an RTF file, or a file of no supported kind
     */
    public static Kind kindOf(byte[] bytes, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        // FileMagic.valueOf(InputStream) looks at the first 44 bytes, zero-padded, as this does; its stream helper's
        // logger would start log4j-api's lookup (about 20 ms of a one-form command line)
        if (ZipParts.isZip(bytes)) {
            // FileMagic's OOXML, told without FileMagic: its constants start POI's LocaleUtil and the time-zone data (and
            // no switch over FileMagic, whose synthetic map javac shares with the switch over Kind in read)
            return zipKind(bytes).or(() -> extensionKind(n)).orElse(Kind.WORKBOOK);
        }
        FileMagic magic = bytes.length == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(Arrays.copyOf(bytes, 44));
        if (magic == FileMagic.OLE2) {
            return ole2Kind(bytes).or(() -> extensionKind(n)).orElse(Kind.WORKBOOK);
        }
        if (magic == FileMagic.PDF) {
            throw new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                    "PDF文件，请使用原始的Word/Excel文件或网页 / a PDF: use the original Word or Excel file, or the web page", null);
        }
        if (magic == FileMagic.RTF) {
            throw new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                    "RTF文件，请用Word或WPS另存为.docx / an RTF file: save it as .docx", null);
        }
        if (looksLikeHtml(bytes)) {
            return Kind.HTML;
        }
        return extensionKind(n).orElseThrow(() -> new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                "可读取 .xlsx .xls .docx .html .htm / perfeval reads .xlsx, .xls, .docx, .html and .htm", null));
    }

    private static Optional<Kind> extensionKind(String lowerName) {
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xlsm") || lowerName.endsWith(".xls")) {
            return Optional.of(Kind.WORKBOOK);
        }
        if (lowerName.endsWith(".docx") || lowerName.endsWith(".doc")) {
            return Optional.of(Kind.WORD);
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return Optional.of(Kind.HTML);
        }
        return Optional.empty();
    }

    /**
     * A zip package's kind from its central directory (nothing is inflated): read here when it is a plain one
     * ({@link ZipParts#names}); else by the names of the entries the bytes begin with (the first bytes of a file only,
     * or a file cut short, hold no central directory); else by commons-compress (whose first use costs a one-form check
     * tens of milliseconds).
     */
    private static Optional<Kind> zipKind(byte[] bytes) {
        Optional<List<String>> names = ZipParts.names(bytes);
        if (names.isPresent()) {
            if (names.get().contains("word/document.xml")) {
                return Optional.of(Kind.WORD);
            }
            return names.get().contains("xl/workbook.xml") ? Optional.of(Kind.WORKBOOK) : Optional.empty();
        }
        // no plain central directory in these bytes (the first bytes of a file, or a directory ZipParts leaves to
        // commons-compress): the entries' own headers first, so that a file's head never starts commons-compress
        Optional<Kind> local = localEntryKind(bytes);
        if (local.isPresent()) {
            return local;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(Kind.WORD);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(Kind.WORKBOOK);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the reader of its extension's kind says what is wrong with it
        }
        return Optional.empty();
    }

    /** A zip package's kind from the names in its entries' local headers ({@link ZipParts#localNames}): the first under {@code word/} or {@code xl/} decides. */
    private static Optional<Kind> localEntryKind(byte[] bytes) {
        for (String entry : ZipParts.localNames(bytes)) {
            if (entry.startsWith("word/")) {
                return Optional.of(Kind.WORD);
            }
            if (entry.startsWith("xl/")) {
                return Optional.of(Kind.WORKBOOK);
            }
        }
        return Optional.empty();
    }

    /** An OLE2 file's kind: an old Word document (refused by the Word reader, saying to save it as .docx) or a workbook. */
    private static Optional<Kind> ole2Kind(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(Kind.WORD);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Optional.of(Kind.WORKBOOK);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the reader of its extension's kind says what is wrong with it
        }
        return Optional.empty();
    }

    /** Whether the first bytes (after a byte-order mark and white space) open an HTML page or table. */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        String start = head.substring(i);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || start.startsWith("<head") || start.startsWith("<body") || start.startsWith("<meta")
                || start.startsWith("<?xml") && head.contains("<html");
    }
}
