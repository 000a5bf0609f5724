package io.github.perfeval.cli;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.OptionSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.PositionalSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfeval export IN OUT.xlsx}: the scored, styled official form with its diagnostics. */
final class ExportCommand implements Callable<Integer> {

    /** What {@code perfeval export --help} prints. */
    static final String USAGE = """
            Usage: perfeval export [-hV] [--scores=<scores>] IN OUT
            导出计分后的正式表样及诊断 / Write the scored, styled official form with its
            diagnostics.
            The output must end in .xlsx; it is replaced atomically and never the input.
                  IN                  xlsx, xls, docx, html, htm or json
                  OUT                 the xlsx to write
              -h, --help              Show this help message and exit.
                  --scores=<scores>   DECLARED, COMPUTED or BOTH (default)
              -V, --version           Print version information and exit.
            """;

    static final OptionSpec SCORES = OptionSpec.oneOf(ScoreColumns.class, "<scores>", "--scores");
    static final CommandSpec SPEC = CommandSpec.named("export", USAGE, ExportCommand::new)
            .option(SCORES).parameter(PositionalSpec.one("IN")).parameter(PositionalSpec.one("OUT"));

    /** xlsx, xls, docx, html, htm or json. */
    final Path in;
    /** The xlsx to write. */
    final Path out;
    /** DECLARED, COMPUTED or BOTH (default). */
    final ScoreColumns scores;

    ExportCommand(ParsedCommand parsed) {
        in = parsed.path("IN");
        out = parsed.path("OUT");
        scores = parsed.value(SCORES, ScoreColumns.BOTH);
    }

    @Override
    public Integer call() {
        Optional<String> refused = FormFiles.refuseOutput(in, out, List.of(FormFiles.Format.XLSX));
        if (refused.isPresent()) {
            Main.err().println(refused.get());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        List<ValueWithDiagnostics<Form>> forms;
        try {
            forms = new FormFiles().load(in);
        } catch (FormFiles.UnreadableFileException e) {
            Main.err().println(e.getMessage());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        Scorer scorer = Scorer.create();
        List<Evaluation> evaluations = new ArrayList<>();
        boolean errors = false;
        for (ValueWithDiagnostics<Form> f : forms) {
            Evaluation e = scorer.evaluate(f.getValue());
            evaluations.add(e);
            errors |= e.hasErrors() || f.hasErrors();
        }
        try {
            ExcelFormWriter.create(WriteOptions.defaults().withScores(scores)).writeEvaluations(evaluations, out);
        } catch (IOException | IllegalArgumentException e) {
            Main.err().println(Main.cannotWrite(out, e));
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        return errors ? ExitCode.FORM_ERRORS : ExitCode.OK;
    }
}
