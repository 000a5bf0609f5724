package io.github.perfeval.cli;

import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportReview;
import io.github.perfeval.scoring.report.ReportJsonWriter;
import io.github.perfeval.scoring.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfeval check FILE...}: read, validate and score every form found, and check every basic-data table. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "读取、校验并计分每个表（及基础数据表），报告诊断 / Read, validate and score every form, check every basic-data table; report the diagnostics.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Lang { zh, en }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "xlsx, xls, docx, html, htm or json files, or folders holding them")
    List<Path> paths;

    @Option(names = "--format", description = "text (default) or json")
    Format format = Format.text;

    @Option(names = "--lang", description = "zh (default) or en")
    Lang lang = Lang.zh;

    @Option(names = "--indicators", description = "also list every indicator with its status, score and explanation (text format)")
    boolean indicators;

    @Option(names = "--jobs", paramLabel = "N",
            description = "同时读取的文件数，默认为处理器数；输出顺序不变 / files read at once (default: the number of processors); the output order is the same")
    int jobs = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs 至少为1 / --jobs must be at least 1");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = Main.err();
        FileChecker checker = new FileChecker(lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        List<FormFiles.Input> files = FormFiles.expand(paths);
        boolean progress = files.size() > 1 && System.console() != null;
        ReportJsonWriter json = format == Format.json ? ReportJsonWriter.of(out) : null;
        Summary[] summary = {Summary.EMPTY};
        int[] done = {0};
        // files are read on several threads; their reports are printed in file order, as they complete
        InOrder.map(files, jobs, checker::check, read -> {
            // compared with the earlier files' reports here, in file order, so any --jobs gives the same findings
            FileReport report = checker.withTextSharedWithEarlierFiles(read);
            if (progress) {
                done[0]++;
                err.print("\r[" + done[0] + "/" + files.size() + "] " + files.get(done[0] - 1).path.getFileName() + "   ");
            }
            if (!report.isReadable()) {
                err.println((progress ? "\n" : "") + report.getError().orElseThrow());
            }
            summary[0] = summary[0].plus(report);
            if (json != null) {
                write(json, report);
            } else if (report.isReadable()) {
                out.println((lang == Lang.en ? "File " : "文件 ") + report.getFile());
                int index = 1;
                for (FormReport f : report.getForms()) {
                    out.print(ReportText.form(f, index++));
                    if (indicators) {
                        out.print(ReportText.indicators(f));
                    }
                }
                int table = 1;
                for (BasicDataReport t : report.getBasicData()) {
                    out.print(ReportText.basicData(t, table++));
                }
                int selfReport = 1;
                for (ReportReview r : report.getReports()) {
                    out.print(ReportText.selfReport(r, selfReport++, lang == Lang.en));
                }
            }
        });
        if (progress) {
            err.println();
        }
        if (json != null) {
            json.close();
            out.println();
        } else if (files.size() > 1) {
            out.println(ReportText.summary(summary[0], lang == Lang.en));
        }
        Summary all = summary[0];
        return checker.hadInternalError() ? ExitCode.INTERNAL_ERROR
                : all.getUnreadable() > 0 ? ExitCode.USAGE_OR_UNREADABLE
                : all.getFormsWithErrors() > 0 || all.getBasicDataWithErrors() > 0 || all.getReportsWithErrors() > 0
                ? ExitCode.FORM_ERRORS : ExitCode.OK;
    }

    private static void write(ReportJsonWriter json, FileReport report) {
        try {
            json.write(report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
