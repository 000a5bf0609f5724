package io.github.perfeval.cli;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
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
import java.util.concurrent.Callable;

/** {@code perfeval export IN OUT.xlsx}: the scored, styled official form with its diagnostics. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出计分后的正式表样及诊断 / Write the scored, styled official form with its diagnostics.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "xlsx, xls or json")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the xlsx to write")
    Path out;

    @Option(names = "--scores", description = "DECLARED, COMPUTED or BOTH (default)")
    ScoreColumns scores = ScoreColumns.BOTH;

    @Override
    public Integer call() {
        try {
            List<LoadedForm> forms = new FormFiles().load(in);
            Scorer scorer = Scorer.create();
            List<Evaluation> evaluations = new ArrayList<>();
            boolean errors = false;
            for (LoadedForm f : forms) {
                Evaluation e = scorer.evaluate(f.getForm());
                List<Diagnostic> read = f.getReadDiagnostics();
                evaluations.add(e);
                errors |= e.hasErrors() || read.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
            }
            ExcelFormWriter.create(WriteOptions.defaults().withScores(scores)).writeEvaluations(evaluations, out);
            return errors ? 1 : 0;
        } catch (FormFiles.UnreadableFileException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println(out + ": 无法写入 / cannot be written: " + FormFiles.oneLine(e.getMessage()));
            return 2;
        }
    }
}
