package io.github.perfeval.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.read.WorkbookReadException;
import io.github.perfeval.excel.write.ExcelFormWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads forms from workbooks or JSON, and writes the convert format. A file that cannot be read gives
 * an {@link UnreadableFileException} with a one-line reason.
 */
final class FormFiles {

    static final String FORMAT_VERSION = "1";

    private final ExcelFormReader reader = ExcelFormReader.create();

    /** Thrown for a file that cannot be read at all. */
    static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The files to check: each path as given, a folder replaced by the workbooks and JSON files below it
     * (sorted, so that reports are stable).
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith("~$") && (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".json"));
                    }).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(p);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    List<LoadedForm> load(Path file) throws UnreadableFileException {
        if (isJson(file)) {
            return loadJson(file);
        }
        try {
            ExcelReadResult read = reader.read(file);
            List<LoadedForm> forms = new ArrayList<>();
            for (ValueWithDiagnostics<Form> f : read.getForms()) {
                forms.add(new LoadedForm(f.getValue(), f.getDiagnostics()));
            }
            if (forms.isEmpty()) {
                throw new UnreadableFileException(file + ": 未找到自评表 / no self-evaluation form found in any sheet");
            }
            return forms;
        } catch (WorkbookReadException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    private static boolean isJson(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return true;
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm")) {
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
    private static List<LoadedForm> loadJson(Path file) throws UnreadableFileException {
        ObjectMapper mapper = PerfevalJson.mapper();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = mapper.readTree(in);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file + ": 文件不存在 / the file does not exist");
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException(file + ": 不是有效的JSON / not valid JSON: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UnreadableFileException(file + ": 无法读取 / cannot be read: " + oneLine(e.getMessage()));
        }
        try {
            List<LoadedForm> forms = new ArrayList<>();
            if (root != null && root.isObject() && root.has("forms")) {
                for (JsonNode n : root.get("forms")) {
                    forms.add(n.has("form") ? mapper.treeToValue(n, LoadedForm.class)
                            : new LoadedForm(mapper.treeToValue(n, Form.class), List.of()));
                }
            } else if (root != null && root.isArray()) {
                for (JsonNode n : root) {
                    forms.add(new LoadedForm(mapper.treeToValue(n, Form.class), List.of()));
                }
            } else if (root != null && root.isObject()) {
                forms.add(new LoadedForm(mapper.treeToValue(root, Form.class), List.of()));
            }
            if (forms.isEmpty()) {
                throw new UnreadableFileException(file + ": JSON中没有表 / the JSON holds no form");
            }
            return forms;
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException(file + ": JSON内容有误 / bad value: " + oneLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(file + ": JSON内容有误 / bad value: " + oneLine(e.getMessage()));
        }
    }

    static String oneLine(String m) {
        if (m == null) {
            return "";
        }
        String s = m.replace('\r', ' ').replace('\n', ' ');
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Writes forms as the convert format (JSON) or as a workbook, by the output's extension. */
    static void write(List<LoadedForm> forms, String source, Path out) throws IOException {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            List<Form> plain = new ArrayList<>();
            forms.forEach(f -> plain.add(f.getForm()));
            ExcelFormWriter.create().write(plain, out);
            return;
        }
        ObjectNode doc = PerfevalJson.mapper().createObjectNode();
        doc.put("perfeval", FORMAT_VERSION);
        doc.put("source", source);
        doc.set("forms", PerfevalJson.mapper().valueToTree(forms));
        Files.writeString(out, PerfevalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }
}
