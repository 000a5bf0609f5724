package io.github.perfeval.cli;

import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.ParsedCommand;
import io.github.perfeval.cli.args.UsageException;

import java.util.concurrent.Callable;

/** The {@code perfeval} command and its subcommands. */
final class PerfevalCommand implements Callable<Integer> {

    /** What {@code perfeval --help} prints. */
    static final String USAGE = """
            Usage: perfeval [-hV] [COMMAND]
            预算绩效自评表检查、计分与转换 / Check, score and convert budget performance
            self-evaluation forms.
            Exit codes: 0 no form has an ERROR; 1 some form has; 2 bad usage, an unreadable
            input or an output that
            cannot be written (the other files are still checked); 3 perfeval failed
            (internal error, out of memory).
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              check         读取、校验并计分每个表（及基础数据表），报告诊断 / Read,
                              validate and score every form, check every basic-data table;
                              report the diagnostics.
              convert       xlsx ↔ json 转换 / Convert xlsx to json or json to xlsx; docx
                              and html to json or xlsx too.
              export        导出计分后的正式表样及诊断 / Write the scored, styled official
                              form with its diagnostics.
              report        把检查结果写成一个独立的HTML页面：按原表样画出每张表，在诊断所指
                              的单元格上标出 / Write the check as one self-contained HTML
                              page: each form drawn as the form, its findings on their
                              cells.
              draft-report  按湖南自评报告表样起草每张项目支出自评表的自评报告（Word），数字
                              取自自评表和检查结果，需人工填写处标【请填写：…】 / Draft the
                              self-evaluation report (自评报告) of each project form as a
                              Word document in Hunan's published layout: every number from
                              the form and its check, the places a person must write marked
                              【请填写：…】, the form after it.
            """;

    static final CommandSpec SPEC = CommandSpec.named("perfeval", USAGE, PerfevalCommand::new).version("perfeval 0.1.0")
            .subcommand(CheckCommand.SPEC).subcommand(ConvertCommand.SPEC).subcommand(ExportCommand.SPEC)
            .subcommand(ReportCommand.SPEC).subcommand(DraftReportCommand.SPEC);

    PerfevalCommand(ParsedCommand parsed) {
    }

    @Override
    public Integer call() {
        throw new UsageException(SPEC, "需要子命令 / a subcommand is needed: check, convert, export, report, draft-report");
    }
}
