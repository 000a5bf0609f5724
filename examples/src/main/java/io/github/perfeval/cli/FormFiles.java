package io.github.perfeval.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.excel.write.BasicDataWriter;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.files.FormFileReader;
import io.github.perfeval.grid.read.FileReadException;
import io.github.perfeval.grid.read.FileReadResult;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of the command line: finding the inputs below folders, loading forms (and the department
 * basic-data tables beside them) from workbooks, Word documents, web pages ({@link FormFileReader}, which
 * tells them apart by content) or JSON, writing the convert format. A file that cannot be read gives an
 * {@link UnreadableFileException} with a
 * one-line reason naming it.
 */
final class FormFiles {

    private final FormFileReader reader = FormFileReader.create();

    /** Thrown for a file that cannot be read at all; the message is one line and names the file. */
    static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message, null, false, false);
        }
    }

    /** An input to check: a file, or a file or folder that could not be read and why. */
    static final class Input {
        final Path path;
        final String unreadable;

        private Input(Path path, String unreadable) {
            this.path = path;
            this.unreadable = unreadable;
        }
    }

    /** The output formats, chosen by the output's extension. */
    enum Format {
        JSON(".json"), XLSX(".xlsx"), HTML(".html"), DOCX(".docx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The format of a file name, when its extension is one perfeval writes. */
        static Optional<Format> of(Path file) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (n.endsWith(f.extension) && n.length() > f.extension.length()) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The inputs to check: each path as given, a folder replaced by the workbooks, Word documents (an old
     * .doc too, to be reported), web pages and JSON files below it
     * (sorted, so that reports are stable). A sub-folder or link that cannot be walked is an unreadable
     * input in its place; the rest of the folder is still walked.
     */
    static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Input> below = new ArrayList<>();
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isFormFile(file)) {
                                if (attrs.isRegularFile()) {
                                    below.add(new Input(file, null));
                                } else if (attrs.isSymbolicLink()) {
                                    below.add(new Input(file, file + ": 链接指向的文件不存在 / a broken link"));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            below.add(new Input(file, file + ": " + ioReason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    below.add(new Input(p, p + ": " + ioReason(e)));
                }
                below.sort(Comparator.comparing(i -> i.path));
                inputs.addAll(below);
            } else {
                inputs.add(new Input(p, null));
            }
        }
        return inputs;
    }

    private static boolean isFormFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (FormFileReader.isReadable(file) || n.endsWith(".json"));
    }

    /** A one-line reason for a failed file operation. */
    static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "文件不存在 / the file does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "无权读取 / permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "文件夹链接成环，已跳过 / a folder link loops back; skipped";
        }
        return "无法读取 / cannot be read: " + oneLine(e.getMessage());
    }

    /** Loads the forms and basic-data tables of one input, each with the diagnostics of its reading. */
    FormsJson.Contents loadAll(Input input) throws UnreadableFileException {
        return loadWithReports(input).contents;
    }

    /** What one input holds: its forms and basic-data tables, and the projects' self-evaluation reports (自评报告) beside them. */
    static final class Loaded {
        final FormsJson.Contents contents;
        final List<ValueWithDiagnostics<SelfEvaluationReport>> reports;

        Loaded(FormsJson.Contents contents, List<ValueWithDiagnostics<SelfEvaluationReport>> reports) {
            this.contents = contents;
            this.reports = List.copyOf(reports);
        }
    }

    /** Loads the forms, basic-data tables and self-evaluation reports of one input, each with the diagnostics of its reading. */
    Loaded loadWithReports(Input input) throws UnreadableFileException {
        if (input.unreadable != null) {
            throw new UnreadableFileException(input.unreadable);
        }
        return loadWithReports(input.path);
    }

    /** Loads the forms of a workbook, Word document, web page or JSON file, each with the diagnostics of its reading. */
    List<ValueWithDiagnostics<Form>> load(Path file) throws UnreadableFileException {
        FormsJson.Contents all = loadAll(file);
        if (all.getForms().isEmpty()) {
            throw new UnreadableFileException(file + ": 未找到自评表（只有基础数据表） / no self-evaluation form found (only basic-data tables)");
        }
        return all.getForms();
    }

    /**
     * Loads the forms and the department basic-data tables of a workbook or JSON file, each with the
     * diagnostics of its reading; a file holding neither is unreadable.
     */
    FormsJson.Contents loadAll(Path file) throws UnreadableFileException {
        return loadWithReports(file).contents;
    }

    /** As {@link #loadAll(Path)}, with the self-evaluation reports a document or workbook holds; a file holding none of the three is unreadable. */
    Loaded loadWithReports(Path file) throws UnreadableFileException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnreadableFileException(file + ": 不是普通文件 / not a regular file"
                    + (Files.isDirectory(file) ? " (a folder)" : ""));
        }
        if (isJson(file)) {
            return new Loaded(loadJson(file), List.of());
        }
        try {
            return loaded(reader.read(file), file.toString());
        } catch (FileReadException e) {
            throw new UnreadableFileException(oneLine(e.getMessage()));
        }
    }

    /**
     * As {@link #loadWithReports(Path)}, for a workbook, Word document or web page given as bytes (not closed).
     *
     * @param in the file's bytes
     * @param name the file's name (its extension is a hint when the content does not say what it is)
     */
    Loaded loadWithReports(InputStream in, String name) throws UnreadableFileException {
        try {
            return loaded(reader.read(in, name), name);
        } catch (FileReadException e) {
            throw new UnreadableFileException(oneLine(e.getMessage()));
        }
    }

    private static Loaded loaded(FileReadResult read, String file) throws UnreadableFileException {
        if (read.getForms().isEmpty() && read.getBasicData().isEmpty() && read.getReports().isEmpty()) {
            // each sheet's or table's reason names it and what its closest header held and lacked
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (io.github.perfeval.grid.read.PartReport part : read.getParts()) {
                part.getReason().ifPresent(d -> {
                    zh.append(zh.length() == 0 ? "：" : "；").append(d.getMessageZh());
                    en.append(en.length() == 0 ? ": " : "; ").append(d.getMessageEn());
                });
            }
            throw new UnreadableFileException(file + ": 未找到自评表或基础数据表（" + read.getParts().size() + "个工作表或表格均无）" + zh
                    + " / no self-evaluation form or basic-data table found in any sheet or table (" + read.getParts().size() + " read)" + en);
        }
        return new Loaded(FormsJson.Contents.of(read.getForms(), read.getBasicData()), read.getReports());
    }

    /**
     * The first bytes of a file, at most {@code max} of them (fewer for a shorter file), to tell its kind by; null when
     * it cannot be read (its own reading says why).
     */
    static byte[] head(Path file, int max) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether a file is read as JSON: its name says so, or a name of no other kind with a JSON document's first character. */
    static boolean isJson(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return true;
        }
        if (FormFileReader.isReadable(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{' || b == '[';
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the convert format, a single form object, or an array of forms. */
    private static FormsJson.Contents loadJson(Path file) throws UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return FormsJson.readContents(in);
        } catch (JsonMappingException e) {
            return fail(file + ": JSON内容有误 / bad value" + (e.getPath().isEmpty() ? "" : " at " + pointer(e)) + ": "
                    + oneLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return fail(file + ": 不是有效的JSON / not valid JSON: " + oneLine(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            return fail(file + ": " + ioReason(e));
        }
    }

    private static <T> T fail(String message) throws UnreadableFileException {
        throw new UnreadableFileException(message);
    }

    /** The JSON Pointer (RFC 6901) of a bad value, from the document's root. */
    static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/');
            if (r.getFieldName() != null) {
                sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                sb.append(r.getIndex());
            }
        }
        return sb.toString();
    }

    /** A message on one line; never cut (a JSON path or a file name at its end must survive). */
    static String oneLine(String m) {
        return m == null ? "" : m.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    /**
     * Writes forms in a format, atomically: on any failure the previous file is untouched.
     *
     * @throws IllegalArgumentException when a text does not fit a workbook cell
     */
    static void write(List<ValueWithDiagnostics<Form>> forms, String source, Path out, Format format) throws IOException {
        write(FormsJson.Contents.of(forms, List.of()), source, out, format);
    }

    /**
     * Writes forms and basic-data tables in a format, atomically (a workbook: the forms' sheets, then one
     * sheet per table in its published layout).
     *
     * @throws IllegalArgumentException when a text does not fit a workbook cell
     */
    static void write(FormsJson.Contents contents, String source, Path out, Format format) throws IOException {
        if (format == Format.XLSX) {
            List<Form> plain = new ArrayList<>();
            contents.getForms().forEach(f -> plain.add(f.getValue()));
            if (contents.getBasicData().isEmpty()) {
                ExcelFormWriter.create().write(plain, out);
                return;
            }
            AtomicFile.write(out, stream -> {
                try (Workbook wb = ExcelFormWriter.create().toWorkbook(plain, null)) {
                    contents.getBasicData().forEach(t -> BasicDataWriter.create().addSheet(wb, t.getValue()));
                    wb.write(stream);
                }
            });
        } else {
            AtomicFile.write(out, stream -> FormsJson.write(contents.getForms(), contents.getBasicData(), source, stream));
        }
    }

    /**
     * Why an output may not be written: an extension perfeval does not write, or the input itself (by any
     * spelling of its path); empty when it may.
     */
    /**
     * Refuses to replace an existing web page that perfeval did not write: an .html file may as well be a page
     * to read (a published form), and one named last would otherwise be taken for the report to write.
     */
    static Optional<String> refuseToReplacePage(Path out) {
        if (!Files.isRegularFile(out)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(out)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            if (head.contains("name=\"generator\" content=\"perfeval\"")) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.of(out + ": " + ioReason(e));
        }
        return Optional.of(out + ": 已存在且不是perfeval写的报告（可能是要读取的网页），拒绝覆盖；请另起一个输出文件名 / "
                + "exists and is not a report perfeval wrote (it may be a page to read); refusing to replace it: name a new output file");
    }

    static Optional<String> refuseOutput(Path in, Path out, List<Format> allowed) {
        Optional<Format> format = Format.of(out);
        if (format.isEmpty() || !allowed.contains(format.get())) {
            StringBuilder ext = new StringBuilder();
            for (Format f : allowed) {
                ext.append(ext.length() == 0 ? "" : " / ").append(f.extension);
            }
            return Optional.of(out + ": 未知的输出格式，请用 " + ext + " / unknown output format; the file name must end in " + ext);
        }
        if (Files.isDirectory(out)) {
            return Optional.of(out + ": 是文件夹 / is a folder; name the file to write");
        }
        try {
            if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
                return Optional.of(out + ": 输出即输入，拒绝覆盖 / the output is the input; refusing to overwrite it");
            }
        } catch (IOException e) {
            return Optional.of(out + ": " + ioReason(e));
        }
        return Optional.empty();
    }
}
