package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfeval check FILE...}: read, validate and score every form found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "读取、校验并计分每个表，报告诊断 / Read, validate and score every form; report the diagnostics.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Lang { zh, en }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "xlsx, xls or json files, or folders holding them")
    List<Path> paths;

    @Option(names = "--format", description = "text (default) or json")
    Format format = Format.text;

    @Option(names = "--lang", description = "zh (default) or en")
    Lang lang = Lang.zh;

    @Option(names = "--indicators", description = "also list every indicator with its status, score and explanation (text format)")
    boolean indicators;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Locale locale = lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FormFiles loader = new FormFiles();
        FormValidator validator = FormValidator.create();
        Scorer scorer = Scorer.create();
        boolean errors = false;
        boolean unreadable = false;
        int formCount = 0;
        int formsWithErrors = 0;
        int unreadableCount = 0;
        List<Path> files = FormFiles.expand(paths);
        boolean progress = files.size() > 1 && System.console() != null;
        ArrayNode jsonFiles = PerfevalJson.mapper().createArrayNode();
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            if (progress) {
                err.print("\r[" + (k + 1) + "/" + files.size() + "] " + file.getFileName() + "   ");
            }
            ObjectNode fileNode = jsonFiles.addObject();
            fileNode.put("file", file.toString());
            ArrayNode forms = fileNode.putArray("forms");
            List<LoadedForm> loaded;
            try {
                loaded = loader.load(file);
            } catch (FormFiles.UnreadableFileException e) {
                unreadable = true;
                unreadableCount++;
                err.println((progress ? "\n" : "") + e.getMessage());
                fileNode.put("error", e.getMessage());
                continue;
            }
            if (format == Format.text) {
                out.println((lang == Lang.en ? "File " : "文件 ") + file);
            }
            int index = 1;
            for (LoadedForm f : loaded) {
                Evaluation e = scorer.evaluate(f.getForm());
                List<Diagnostic> all = new ArrayList<>(f.getReadDiagnostics());
                all.addAll(validator.validate(f.getForm()));
                all.addAll(e.getDiagnostics());
                boolean formErrors = all.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
                errors |= formErrors;
                formCount++;
                formsWithErrors += formErrors ? 1 : 0;
                if (format == Format.json) {
                    forms.add(CheckReport.formJson(e, all, locale));
                } else {
                    out.print(CheckReport.formText(e, all, locale, index++));
                    if (indicators) {
                        out.print(CheckReport.indicatorsText(e, locale));
                    }
                }
            }
        }
        if (progress) {
            err.println();
        }
        if (format == Format.text && files.size() > 1) {
            out.println(lang == Lang.en
                    ? files.size() + " files, " + formCount + " forms, " + formsWithErrors + " with errors, " + unreadableCount + " unreadable"
                    : "共 " + files.size() + " 个文件，" + formCount + " 张表，其中 " + formsWithErrors + " 张有错误，" + unreadableCount + " 个文件无法读取");
        }
        if (format == Format.json) {
            ObjectNode root = PerfevalJson.mapper().createObjectNode();
            root.set("files", jsonFiles);
            out.println(PerfevalJson.write(root));
        }
        return unreadable ? 2 : errors ? 1 : 0;
    }
}
