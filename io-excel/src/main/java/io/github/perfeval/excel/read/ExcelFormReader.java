package io.github.perfeval.excel.read;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GridReadResult;
import io.github.perfeval.grid.form.UnreadCell;
import io.github.perfeval.grid.form.Vocabulary;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.grid.read.ZipGuard;
import io.github.perfeval.grid.read.ZipParts;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads self-evaluation forms from Excel workbooks (.xlsx, and .xls through POI's HSSF), finding each
 * form by its header labels on any sheet, at any position; and the department's basic-data tables
 * (部门整体支出绩效评价基础数据表) beside them, linked to their form ({@link ExcelReadResult#filings()}).
 *
 * <pre>{@code
 * ExcelFormReader reader = ExcelFormReader.create();
 * ExcelReadResult read = reader.read(Path.of("yueyang-2024-department.xlsx"));
 * Form form = read.forms().get(0);
 * read.basicData();            // the basic-data tables, e.g. of a department-wide evaluation
 * }</pre>
 *
 * <p>What it handles: merged level-1/level-2 cells, labels with line breaks and full-width spaces,
 * weights inside labels, header synonyms, forms without 分值/得分, numbers as text, rates as
 * percent-formatted numbers or text, amounts written inside labels, a missing 总分 row. Every value
 * keeps its sheet and cell; every problem is a diagnostic naming them. Formula cells give their cached
 * value and are never evaluated.
 *
 * <p>An .xlsx is read without POI's XSSF and XMLBeans (StAX over its parts, into the same grids and
 * diagnostics POI's path gives, several times faster on a small form); a workbook holding what that
 * reader leaves to POI (shared or array formulas, strict OOXML, {@code t="d"} cells, a part StAX cannot
 * read…) is read by POI from the start, and so is every .xls. {@link #read(Workbook, String)} reads a
 * workbook you opened with POI.
 *
 * <p>Security: workbooks come from strangers. The file size, each part's inflated size, rows, columns,
 * cell text and merged regions are bounded by {@link ReadLimits}; zip bombs (an inflation ratio below
 * 1:100) and XML with a DTD are refused, by this class's own checks and by POI's defences, which this
 * class turns on before POI first reads a workbook for it. POI holds those defences in global settings
 * ({@link ZipSecureFile}): the strictest limits of every reader that has read through POI in the JVM apply
 * to all. A file that cannot be read at all ends in one {@link WorkbookReadException}.
 *
 * <p>Thread-safe: one reader may read many files at once.
 */
public final class ExcelFormReader {

    /** Inflation ratios below this (compressed/inflated) are taken as zip bombs (as {@link ZipGuard}). */
    public static final double MIN_INFLATE_RATIO = ZipGuard.MIN_INFLATE_RATIO;

    /** How many first bytes POI's {@link FileMagic} looks at (its longest pattern). */
    private static final int MAGIC_BYTES = 44;

    private final ReadLimits limits;
    private final FormParser parser;
    /** Whether this reader's limits are in POI's global settings yet ({@link #securePoi()}). */
    private volatile boolean poiSecured;

    private ExcelFormReader(ReadLimits limits, FormParser parser) {
        this.limits = limits;
        this.parser = parser;
    }

    /** A reader with {@link ReadLimits#defaults()} and the standard vocabulary. */
    public static ExcelFormReader create() {
        return new ExcelFormReader(ReadLimits.defaults(), FormParser.create());
    }

    /** A reader with limits of your own. */
    public static ExcelFormReader create(ReadLimits limits) {
        return new ExcelFormReader(limits, FormParser.create());
    }

    /**
     * A builder: limits and your own template's labels.
     *
     * <pre>{@code
     * ExcelFormReader reader = ExcelFormReader.builder()
     *         .vocabulary(Vocabulary.standard().toBuilder().add(Role.TARGET, "本年度目标值").build())
     *         .build();
     * }</pre>
     *
     * @return a builder with the default limits and the standard vocabulary
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExcelFormReader}. Not thread-safe. */
    public static final class Builder {

        private ReadLimits limits = ReadLimits.defaults();
        private Vocabulary vocabulary = Vocabulary.standard();

        private Builder() {
        }

        /** The limits (default {@link ReadLimits#defaults()}). */
        public Builder limits(ReadLimits l) {
            this.limits = java.util.Objects.requireNonNull(l, "limits");
            return this;
        }

        /** The labels to read with (default {@link Vocabulary#standard()}). */
        public Builder vocabulary(Vocabulary v) {
            this.vocabulary = java.util.Objects.requireNonNull(v, "vocabulary");
            return this;
        }

        /** The reader. */
        public ExcelFormReader build() {
            return new ExcelFormReader(limits, FormParser.builder().vocabulary(vocabulary).build());
        }
    }

    /**
     * Puts this reader's limits into POI's global settings before POI first reads a workbook for it (a declined
     * .xlsx, an .xls, {@link #read(Workbook, String)}). Not in the constructor: {@link ZipSecureFile}'s class
     * brings commons-compress's whole zip file support and log4j-api's lookup of its provider and properties,
     * about 40 ms of a one-form command line that the xlsx reader, which reads the package itself, never needs.
     */
    private void securePoi() {
        if (!poiSecured) {
            secure(limits);
            poiSecured = true;
        }
    }

    private static synchronized void secure(ReadLimits limits) {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > limits.maxEntryBytes()) {
            ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        }
        if (ZipSecureFile.getMaxTextSize() > limits.maxEntryBytes()) {
            ZipSecureFile.setMaxTextSize(limits.maxEntryBytes());
        }
    }

    /** The limits. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every form in a workbook file.
     *
     * @param file the workbook
     * @return the forms and diagnostics
     * @throws WorkbookReadException when the file as a whole cannot be read
     */
    public ExcelReadResult read(Path file) {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_FOUND, null, e);
        } catch (IOException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_FOUND, e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.TOO_LARGE,
                    size + " bytes, limit " + limits.maxFileBytes(), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_FOUND, e.getMessage(), e);
        }
    }

    /**
     * Reads every form in a workbook from a stream (read whole, up to the file-size limit; not closed).
     *
     * @param in the workbook's bytes
     * @param name the name to use in messages (e.g. the upload's file name)
     * @return the forms and diagnostics
     * @throws WorkbookReadException when the workbook as a whole cannot be read
     */
    public ExcelReadResult read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.TRUNCATED, e.getMessage(), e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.TOO_LARGE,
                    "more than " + limits.maxFileBytes() + " bytes", null);
        }
        if (bytes.length == 0) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_A_WORKBOOK, "empty file", null);
        }
        // FileMagic's OOXML told without FileMagic, whose constants start POI's LocaleUtil and the time-zone data
        boolean zip = ZipParts.isZip(bytes);
        if (!zip) {
            FileMagic magic = magic(bytes);
            if (magic != FileMagic.OLE2) {
                throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_A_WORKBOOK,
                        "file type " + magic, null);
            }
        }
        if (zip) {
            // counted against ZipGuard's limits while the xlsx reader inflates it, whether it reads it or leaves it to POI
            ExcelReadResult read = readXlsx(bytes, name);
            if (read != null) {
                return read;
            }
        }
        securePoi();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return read(wb, name);
        } catch (WorkbookReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.ENCRYPTED, null, e);
        } catch (EmptyFileException | UnsupportedFileFormatException e) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.NOT_A_WORKBOOK, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw classify(name, e);
        }
    }

    /**
     * What kind of file some (non-empty) bytes are: what {@code FileMagic.valueOf(InputStream)} says, from the same
     * first 44 bytes zero-padded, without its stream helper ({@code IOUtils}), whose logger starts log4j-api's lookup
     * of its provider and properties (about 20 ms of a one-form command line).
     */
    private static FileMagic magic(byte[] bytes) {
        return FileMagic.valueOf(Arrays.copyOf(bytes, MAGIC_BYTES));
    }

    /**
     * Reads an .xlsx without POI's XSSF ({@link XlsxReader}), or returns null when that reader leaves the
     * workbook to POI (decided before any sheet is handed on).
     */
    private ExcelReadResult readXlsx(byte[] bytes, String name) {
        try {
            XlsxReader.Result read = XlsxReader.read(bytes, limits, name);
            if (read.grids().isEmpty()) {
                return null;
            }
            List<ValueWithDiagnostics<Grid>> grids = read.grids().get();
            return parse(grids.size(), grids::get, name);
        } catch (WorkbookReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw classify(name, e);
        }
    }

    /** Turns what POI throws into one of our problems, by cause. */
    static WorkbookReadException classify(String name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (FileReadException.isZipBomb(m)) {
                return new WorkbookReadException(name, WorkbookReadException.Problem.ZIP_BOMB, FileReadException.firstLine(m), e);
            }
            if (FileReadException.isUnsafeXml(m)) {
                return new WorkbookReadException(name, WorkbookReadException.Problem.UNSAFE_XML, FileReadException.firstLine(m), e);
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException) {
                return new WorkbookReadException(name, WorkbookReadException.Problem.NOT_A_WORKBOOK, FileReadException.firstLine(m), e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new WorkbookReadException(name, WorkbookReadException.Problem.ENCRYPTED, null, e);
            }
        }
        return new WorkbookReadException(name, WorkbookReadException.Problem.TRUNCATED,
                FileReadException.firstLine(String.valueOf(e.getMessage())), e);
    }

    /** The workbook-wide check made before any sheet is read (the xlsx reader makes it too). */
    static void checkSheetCount(int sheets, ReadLimits limits, String name) {
        if (sheets > limits.maxSheets()) {
            throw new WorkbookReadException(name, WorkbookReadException.Problem.TOO_LARGE,
                    sheets + " sheets, limit " + limits.maxSheets(), null);
        }
    }

    /**
     * Reads every form in a workbook already open (the caller keeps ownership of it).
     *
     * @param wb the workbook
     * @param name the name to use in messages
     * @return the forms and diagnostics
     */
    public ExcelReadResult read(Workbook wb, String name) {
        securePoi();
        checkSheetCount(wb.getNumberOfSheets(), limits, name);
        return parse(wb.getNumberOfSheets(), i -> SheetGrids.of(wb.getSheetAt(i), limits, name), name);
    }

    /** Finds the forms, tables and reports of each sheet's grid, in the workbook's order (a grid made when its turn comes). */
    private ExcelReadResult parse(int sheets, IntFunction<ValueWithDiagnostics<Grid>> grids, String name) {
        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        List<ValueWithDiagnostics<BasicData>> tables = new ArrayList<>();
        List<ValueWithDiagnostics<SelfEvaluationReport>> reports = new ArrayList<>();
        List<Diagnostic> workbook = new ArrayList<>();
        List<UnreadCell> unread = new ArrayList<>();
        List<PartReport> parts = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            ValueWithDiagnostics<Grid> grid = grids.apply(s);
            GridReadResult found = parser.parse(grid.getValue());
            unread.addAll(found.getUnreadCells());
            Grid g = grid.getValue();
            if (found.getSkipped().isPresent()) {
                workbook.add(found.getSkipped().get());
                parts.add(PartReport.skipped(g.place(), g.rowCount(), g.columnCount(), found.getSkipped().get()));
                continue;
            }
            parts.add(PartReport.read(g.place(), g.rowCount(), g.columnCount(), found.getForms().size(), found.getBasicData().size(),
                    found.getReports().size()));
            for (int i = 0; i < found.getForms().size(); i++) {
                // cell-level notes (formulas read as text, error cells) go with the sheet's first form
                forms.add(i == 0 ? found.getForms().get(i).withMore(grid.getDiagnostics()) : found.getForms().get(i));
            }
            for (int i = 0; i < found.getBasicData().size(); i++) {
                // ... or with its first basic-data table when the sheet holds no form
                boolean first = i == 0 && found.getForms().isEmpty();
                tables.add(first ? found.getBasicData().get(i).withMore(grid.getDiagnostics()) : found.getBasicData().get(i));
            }
            for (int i = 0; i < found.getReports().size(); i++) {
                // ... or with its report when the sheet holds only that
                boolean first = i == 0 && found.getForms().isEmpty() && found.getBasicData().isEmpty();
                reports.add(first ? found.getReports().get(i).withMore(grid.getDiagnostics()) : found.getReports().get(i));
            }
        }
        return new ExcelReadResult(name, forms, tables, reports, workbook, unread, parts);
    }
}
