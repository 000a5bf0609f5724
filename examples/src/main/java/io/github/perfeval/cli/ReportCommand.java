package io.github.perfeval.cli;

import io.github.perfeval.report.html.HtmlReportWriter;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.OptionSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.PositionalSpec;
import io.github.perfeval.cli.args.UsageException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfeval report IN... [OUT.html]}: the check as one self-contained HTML page. */
final class ReportCommand implements Callable<Integer> {

    /** What {@code perfeval report --help} prints. */
    static final String USAGE = """
            Usage: perfeval report [-hV] [--jobs=N] [--lang=<lang>] IN... [OUT.html]...
            把检查结果写成一个独立的HTML页面：按原表样画出每张表，在诊断所指的单元格上标出
            / Write the check as one self-contained HTML page: each form drawn as the form,
            its findings on their cells.
            The last argument is the page to write when it ends in .html (replaced
            atomically, never an input); without it the page goes to standard output. Exit
            codes as for check.
                  IN... [OUT.html]...   xlsx, xls, docx, html, htm or json files, or
                                          folders holding them; then, optionally, the page
                                          to write
              -h, --help                Show this help message and exit.
                  --jobs=N              同时读取的文件数，默认为处理器数；页面不变 /
                                          files read at once (default: the number of
                                          processors); the page is the same
                  --lang=<lang>         zh (default) or en
              -V, --version             Print version information and exit.
            """;

    static final OptionSpec LANG = OptionSpec.oneOf(CheckCommand.Lang.class, "<lang>", "--lang");
    static final CommandSpec SPEC = CommandSpec.named("report", USAGE, ReportCommand::new)
            .option(CheckCommand.JOBS).option(LANG).parameter(PositionalSpec.many("IN... [OUT.html]"));

    /** xlsx, xls, docx, html, htm or json files, or folders holding them; then, optionally, the page to write. */
    final List<Path> paths;
    /** zh (default) or en. */
    final CheckCommand.Lang lang;
    /** Files read at once (default: the number of processors); the page is the same. */
    final int jobs;

    ReportCommand(ParsedCommand parsed) {
        paths = parsed.paths("IN... [OUT.html]");
        lang = parsed.value(LANG, CheckCommand.Lang.zh);
        jobs = parsed.value(CheckCommand.JOBS, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            throw new UsageException(SPEC, "--jobs 至少为1 / --jobs must be at least 1");
        }
        PrintStream err = Main.err();
        List<Path> inputs = new ArrayList<>(paths);
        Path out = null;
        Path last = inputs.get(inputs.size() - 1);
        if (inputs.size() > 1 && FormFiles.Format.of(last).filter(f -> f == FormFiles.Format.HTML).isPresent()) {
            out = inputs.remove(inputs.size() - 1);
            Optional<String> page = FormFiles.refuseToReplacePage(out);
            if (page.isPresent()) {
                err.println(page.get());
                return ExitCode.USAGE_OR_UNREADABLE;
            }
            for (Path in : inputs) {
                Optional<String> refused = FormFiles.refuseOutput(in, out, List.of(FormFiles.Format.HTML));
                if (refused.isPresent()) {
                    err.println(refused.get());
                    return ExitCode.USAGE_OR_UNREADABLE;
                }
            }
        }
        Locale locale = lang == CheckCommand.Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FileChecker checker = new FileChecker(locale);
        List<FormFiles.Input> files = FormFiles.expand(inputs);
        boolean progress = files.size() > 1 && System.console() != null;
        List<FileReport> reports = new ArrayList<>(files.size());
        // files are read on several threads, as check reads them; the page holds them in file order
        checker.checkAll(files, jobs, report -> {
            if (progress) {
                err.print("\r[" + (reports.size() + 1) + "/" + files.size() + "] " + files.get(reports.size()).path.getFileName() + "   ");
            }
            if (!report.isReadable()) {
                err.println((progress ? "\n" : "") + report.getError().orElseThrow());
            }
            reports.add(report);
        });
        if (progress) {
            err.println();
        }
        Report report = Report.of(reports);
        HtmlReportWriter writer = HtmlReportWriter.of(locale);
        if (out == null) {
            Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            writer.write(report, stdout);
        } else {
            try {
                writer.write(report, out);
            } catch (IOException e) {
                err.println(Main.cannotWrite(out, e));
                return ExitCode.USAGE_OR_UNREADABLE;
            }
        }
        return checker.hadInternalError() ? ExitCode.INTERNAL_ERROR
                : report.getSummary().getUnreadable() > 0 ? ExitCode.USAGE_OR_UNREADABLE
                : report.hasErrors() ? ExitCode.FORM_ERRORS : ExitCode.OK;
    }
}
