package io.github.perfeval.cli;

import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.selfreport.ReportDraft;
import io.github.perfeval.word.WordReportWriter;
import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.PositionalSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code perfeval draft-report IN OUT.docx}: the 自评报告 draft of each project form, in Hunan's published layout, with the
 * form after it (built by {@link ReportDraft} from the public {@link FormReport}, written by {@link WordReportWriter}).
 */
final class DraftReportCommand implements Callable<Integer> {

    /** What {@code perfeval draft-report --help} prints. */
    static final String USAGE = """
            Usage: perfeval draft-report [-hV] IN OUT.docx
            按湖南自评报告表样起草每张项目支出自评表的自评报告（Word），数字取自自评表和检查
            结果，需人工填写处标【请填写：…】 / Draft the self-evaluation report (自评报告)
            of each project form as a Word document in Hunan's published layout: every
            number from the form and its check, the places a person must write marked 【请填
            写：…】, the form after it.
            OUT must end in .docx; it is replaced atomically and is never the input. Exit
            codes: 0 written; 2 unreadable input, no form in it, or OUT cannot be written;
            3 perfeval failed.
                  IN          an xlsx, xls, docx, html, htm or json file holding forms
                  OUT.docx    the Word document to write
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            """;

    static final CommandSpec SPEC = CommandSpec.named("draft-report", USAGE, DraftReportCommand::new)
            .parameter(PositionalSpec.one("IN")).parameter(PositionalSpec.one("OUT.docx"));

    /** An xlsx, xls, docx, html, htm or json file holding forms. */
    final Path in;
    /** The Word document to write. */
    final Path out;

    DraftReportCommand(ParsedCommand parsed) {
        in = parsed.path("IN");
        out = parsed.path("OUT.docx");
    }

    @Override
    public Integer call() {
        PrintStream err = Main.err();
        Optional<String> refused = FormFiles.refuseOutput(in, out, List.of(FormFiles.Format.DOCX));
        if (refused.isPresent()) {
            err.println(refused.get());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        FileChecker checker = new FileChecker(Locale.SIMPLIFIED_CHINESE);
        List<FormFiles.Input> inputs = FormFiles.expand(List.of(in));
        if (inputs.size() != 1) {
            err.println(in + ": 需要一个文件 / one file is needed, not a folder of " + inputs.size());
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        FileReport checked = checker.check(inputs.get(0));
        if (!checked.isReadable()) {
            err.println(checked.getError().orElseThrow());
            return checker.hadInternalError() ? ExitCode.INTERNAL_ERROR : ExitCode.USAGE_OR_UNREADABLE;
        }
        List<ProjectFiling> drafts = new ArrayList<>();
        for (FormReport f : checked.getForms()) {
            if (f.getKind() != FormKind.PROJECT) {
                err.println(in + ": " + f.getTitle().orElse(f.getKind().label()) + "：部门整体支出自评表不按项目自评报告表样起草，已略过"
                        + " / a department form is not drafted in a project's report layout; left out");
                continue;
            }
            SelfEvaluationReport draft = ReportDraft.of(f);
            drafts.add(ProjectFiling.of(f.getForm(), draft, true));
        }
        if (drafts.isEmpty()) {
            err.println(in + ": 没有项目支出自评表，无法起草自评报告 / holds no project form to draft a report from");
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        try {
            WordReportWriter.create().write(drafts, out);
        } catch (IOException | RuntimeException e) {
            err.println(Main.cannotWrite(out, e));
            return ExitCode.USAGE_OR_UNREADABLE;
        }
        err.println(out + ": 已起草自评报告 " + drafts.size() + " 份 / " + drafts.size() + " report draft(s) written");
        return ExitCode.OK;
    }
}
