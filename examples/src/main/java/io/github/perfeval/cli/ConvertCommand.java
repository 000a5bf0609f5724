package io.github.perfeval.cli;

import io.github.perfeval.core.json.FormsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfeval convert IN OUT}: xlsx, docx or html → json, and json ↔ xlsx. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"xlsx ↔ json 转换 / Convert xlsx to json or json to xlsx; docx and html to json or xlsx too.",
            "The JSON keeps every raw text, cell or table place and the diagnostics of reading the file;",
            "department basic-data tables (部门整体支出绩效评价基础数据表) are converted with the forms.",
            "The output format is its extension (.json or .xlsx); the output is replaced atomically and never the input."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "xlsx, xls, docx, html, htm or json")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "json or xlsx (by extension)")
    Path out;

    @Override
    public Integer call() {
        Optional<String> refused = FormFiles.refuseOutput(in, out, List.of(FormFiles.Format.JSON, FormFiles.Format.XLSX));
        if (refused.isPresent()) {
            Main.err().println(refused.get());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        FormsJson.Contents contents;
        try {
            contents = new FormFiles().loadAll(in);
        } catch (FormFiles.UnreadableFileException e) {
            Main.err().println(e.getMessage());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        try {
            FormFiles.write(contents, in.toString(), out, FormFiles.Format.of(out).orElseThrow());
            return ExitCode.OK;
        } catch (IOException | IllegalArgumentException e) {
            Main.err().println(Main.cannotWrite(out, e));
            return ExitCode.USAGE_OR_UNREADABLE;
        }
    }
}
