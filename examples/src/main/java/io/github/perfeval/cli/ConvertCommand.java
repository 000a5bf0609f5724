package io.github.perfeval.cli;

import io.github.perfeval.core.json.FormsJson;
import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.PositionalSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfeval convert IN OUT}: xlsx, docx or html → json, and json ↔ xlsx. */
final class ConvertCommand implements Callable<Integer> {

    /** What {@code perfeval convert --help} prints. */
    static final String USAGE = """
            Usage: perfeval convert [-hV] IN OUT
            xlsx ↔ json 转换 / Convert xlsx to json or json to xlsx; docx and html to json
            or xlsx too.
            The JSON keeps every raw text, cell or table place and the diagnostics of
            reading the file;
            department basic-data tables (部门整体支出绩效评价基础数据表) are converted
            with the forms.
            The output format is its extension (.json or .xlsx); the output is replaced
            atomically and never the input.
                  IN          xlsx, xls, docx, html, htm or json
                  OUT         json or xlsx (by extension)
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            """;

    static final CommandSpec SPEC = CommandSpec.named("convert", USAGE, ConvertCommand::new)
            .parameter(PositionalSpec.one("IN")).parameter(PositionalSpec.one("OUT"));

    /** xlsx, xls, docx, html, htm or json. */
    final Path in;
    /** json or xlsx (by extension). */
    final Path out;

    ConvertCommand(ParsedCommand parsed) {
        in = parsed.path("IN");
        out = parsed.path("OUT");
    }

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
