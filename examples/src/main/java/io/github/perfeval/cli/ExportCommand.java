package io.github.perfeval.cli;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfeval export IN OUT.xlsx}: the scored, styled official form with its diagnostics. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出计分后的正式表样及诊断 / Write the scored, styled official form with its diagnostics.",
            "The output must end in .xlsx; it is replaced atomically and never the input."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "xlsx, xls, docx, html, htm or json")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the xlsx to write")
    Path out;

    @Option(names = "--scores", description = "DECLARED, COMPUTED or BOTH (default)")
    ScoreColumns scores = ScoreColumns.BOTH;

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
