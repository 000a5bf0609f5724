package io.github.perfeval.cli;

import io.github.perfeval.scoring.report.BasicDataReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportReview;
import io.github.perfeval.scoring.report.ReportJsonWriter;
import io.github.perfeval.scoring.report.Summary;
import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.OptionSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.PositionalSpec;
import io.github.perfeval.cli.args.UsageException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfeval check FILE...}: read, validate and score every form found, and check every basic-data table. */
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Lang { zh, en }

    /** What {@code perfeval check --help} prints. */
    static final String USAGE = """
            Usage: perfeval check [-hV] [--indicators] [--format=<format>] [--jobs=N]
                                  [--lang=<lang>] FILE...
            读取、校验并计分每个表（及基础数据表），报告诊断 / Read, validate and score
            every form, check every basic-data table; report the diagnostics.
                  FILE...             xlsx, xls, docx, html, htm or json files, or folders
                                        holding them
                  --format=<format>   text (default) or json
              -h, --help              Show this help message and exit.
                  --indicators        also list every indicator with its status, score and
                                        explanation (text format)
                  --jobs=N            同时读取的文件数，默认为处理器数；输出顺序不变 /
                                        files read at once (default: the number of
                                        processors); the output order is the same
                  --lang=<lang>       zh (default) or en
              -V, --version           Print version information and exit.
            """;

    static final OptionSpec FORMAT = OptionSpec.oneOf(Format.class, "<format>", "--format");
    static final OptionSpec LANG = OptionSpec.oneOf(Lang.class, "<lang>", "--lang");
    static final OptionSpec INDICATORS = OptionSpec.flag("--indicators");
    static final OptionSpec JOBS = OptionSpec.integer("N", "--jobs");
    static final CommandSpec SPEC = CommandSpec.named("check", USAGE, CheckCommand::new)
            .option(FORMAT).option(INDICATORS).option(JOBS).option(LANG).parameter(PositionalSpec.many("FILE"));

    /** xlsx, xls, docx, html, htm or json files, or folders holding them. */
    final List<Path> paths;
    /** text (default) or json. */
    final Format format;
    /** zh (default) or en. */
    final Lang lang;
    /** Also list every indicator with its status, score and explanation (text format). */
    final boolean indicators;
    /** Files read at once (default: the number of processors); the output order is the same. */
    final int jobs;

    CheckCommand(ParsedCommand parsed) {
        paths = parsed.paths("FILE");
        format = parsed.value(FORMAT, Format.text);
        lang = parsed.value(LANG, Lang.zh);
        indicators = parsed.isSet(INDICATORS);
        jobs = parsed.value(JOBS, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            throw new UsageException(SPEC, "--jobs 至少为1 / --jobs must be at least 1");
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
        checker.checkAll(files, jobs, report -> {
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
