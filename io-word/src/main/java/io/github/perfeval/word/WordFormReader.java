package io.github.perfeval.word;

import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.document.DocumentFormReader;
import io.github.perfeval.grid.document.DocumentTable;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.grid.read.ZipGuard;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads self-evaluation forms from Word documents (.docx): every table of the document (nested ones too)
 * becomes a grid and goes through the same form parser as a workbook's sheets, so a form gives the same
 * model and the same diagnostics whichever way it was published. A document may hold several forms
 * between pages of prose, 决算 tables and reports; each other table is reported as skipped, with why.
 *
 * <pre>{@code
 * WordFormReader reader = WordFormReader.create();
 * FileReadResult read = reader.read(Path.of("2024年度部门决算公开.docx"));
 * read.forms();                                          // every form, in document order
 * read.getParts().forEach(p -> log.info(p.describe(true)));   // and what became of every other table
 * }</pre>
 *
 * <p>What it handles: horizontal merges ({@code gridSpan}, and rows starting later, {@code gridBefore}),
 * vertical merges ({@code vMerge}), line breaks and several paragraphs in a cell (as line breaks), tabs,
 * content controls, nested tables, a form continued in the next table after a page break (with or without
 * its header repeated), the title, year and 单位名称 in the paragraphs above a table. Places are table, row
 * and column (from 1, in document order; a nested table right after the table holding it), with the text
 * above the table.
 *
 * <p>POI opens the package (zip, content types, relationships, with its hardened XML parsers); the main
 * document part is then read in one streaming pass, not through XWPF's object model, whose time grows with
 * the square of a table's rows (see {@code WordTables}).
 *
 * <p>Security: documents come from strangers. A .docx is a zip package: its inflated size is counted
 * before anything is parsed ({@link ZipGuard}: zip bombs and oversized parts are refused); its XML may
 * declare no DTD (refused before POI sees it, and by POI's own hardened parsers); elements may nest at
 * most {@link ReadLimits#maxDepth()} deep, and the document may hold at most {@link ReadLimits#maxTables()}
 * tables, each bounded in rows, columns, cell text and merges. An old binary .doc is refused with a message
 * saying to save it as .docx. Every such file ends in one {@link FileReadException}.
 *
 * <p>Thread-safe: one reader may read many documents at once.
 */
public final class WordFormReader {

    private final ReadLimits limits;
    private final DocumentFormReader forms;

    private WordFormReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.forms = DocumentFormReader.create(limits);
    }

    /** A reader with {@link ReadLimits#defaults()}. */
    public static WordFormReader create() {
        return new WordFormReader(ReadLimits.defaults());
    }

    /** A reader with limits of your own. */
    public static WordFormReader create(ReadLimits limits) {
        return new WordFormReader(limits);
    }

    /** The limits. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every form in a Word document.
     *
     * @param file the document (.docx)
     * @return the forms, and what became of every table
     * @throws FileReadException when the document as a whole cannot be read
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
     * Reads every form in a Word document from a stream (read whole, up to the file-size limit; not closed).
     *
     * @param in the document's bytes
     * @param name the name to use in messages (e.g. the upload's file name)
     * @return the forms, and what became of every table
     * @throws FileReadException when the document as a whole cannot be read
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
        if (bytes.length == 0) {
            throw new FileReadException(name, Problem.NOT_A_DOCUMENT, "empty file", null);
        }
        checkFormat(bytes, name);
        ZipGuard.check(bytes, name, limits);
        PackageScan.check(bytes, name, limits);
        List<DocumentTable> tables;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            PackagePart main = mainPart(pkg, name);
            try (InputStream xml = main.getInputStream()) {
                tables = WordTables.of(xml, limits, name);
            }
        } catch (FileReadException e) {
            throw e;
        } catch (GridTooLargeException e) {
            throw new FileReadException(name, Problem.TOO_LARGE, e.getMessage(), null);
        } catch (EncryptedDocumentException e) {
            throw new FileReadException(name, Problem.ENCRYPTED, null, e);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new FileReadException(name, Problem.NOT_A_DOCUMENT, FileReadException.firstLine(e.getMessage()), e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw FileReadException.fromCause(name, e);
        }
        return forms.read(name, tables);
    }

    /** The package's main document part, as its relationship names it; refused when it is no Word document. */
    private static PackagePart mainPart(OPCPackage pkg, String name) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        if (part == null || !part.getContentType().contains("wordprocessingml")) {
            throw new FileReadException(name, Problem.NOT_A_DOCUMENT,
                    part == null ? "no main document part" : "its main part is " + part.getContentType(), null);
        }
        return part;
    }

    /** Refuses what is no .docx, saying what it is: an old .doc (save it as .docx), an encrypted document, a workbook. */
    private static void checkFormat(byte[] bytes, String name) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new BufferedInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            throw new FileReadException(name, Problem.NOT_A_DOCUMENT, FileReadException.firstLine(e.getMessage()), e);
        }
        switch (magic) {
            case OOXML:
                checkPackage(bytes, name);
                return;
            case OLE2:
                throw ole2(bytes, name);
            case PDF:
                throw new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                        "PDF文件，请使用原始的Word/Excel文件 / a PDF: use the original Word or Excel file", null);
            case RTF:
                throw new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                        "RTF文件，请用Word或WPS另存为.docx / an RTF file: save it as .docx", null);
            default:
                throw new FileReadException(name, Problem.NOT_A_DOCUMENT, "file type " + magic, null);
        }
    }

    /** Refuses a zip package that holds no Word document (an .xlsx, a .pptx), naming what it holds; nothing is inflated. */
    private static void checkPackage(byte[] bytes, String name) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            if (zip.getEntry("word/document.xml") != null) {
                return;
            }
            String holds = zip.getEntry("xl/workbook.xml") != null ? "an Excel workbook (.xlsx)"
                    : zip.getEntry("ppt/presentation.xml") != null ? "a PowerPoint presentation (.pptx)" : "a zip package with no word/document.xml";
            throw new FileReadException(name, Problem.NOT_A_DOCUMENT, holds, null);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FileReadException) {
                throw (FileReadException) unreadable;
            }
            // a broken package: POI reads it next and says what is wrong with it
        }
    }

    /** What an OLE2 file is: an old binary .doc, an encrypted .docx, or something else. */
    private static FileReadException ole2(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new FileReadException(name, Problem.UNSUPPORTED_FORMAT,
                        "旧版Word文档（.doc），请用Word或WPS另存为.docx后再读取 / an old binary Word document (.doc): save it as .docx", null);
            }
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new FileReadException(name, Problem.ENCRYPTED, null, null);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new FileReadException(name, Problem.NOT_A_DOCUMENT, "an Excel workbook (.xls)", null);
            }
            return new FileReadException(name, Problem.NOT_A_DOCUMENT, "an OLE2 file that is no Word document", null);
        } catch (IOException | RuntimeException e) {
            return new FileReadException(name, Problem.TRUNCATED, FileReadException.firstLine(e.getMessage()), e);
        }
    }
}
