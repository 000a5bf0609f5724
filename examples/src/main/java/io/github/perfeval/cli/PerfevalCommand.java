package io.github.perfeval.cli;

import picocli.CommandLine.Command;

/** The {@code perfeval} command and its subcommands. */
@Command(name = "perfeval", mixinStandardHelpOptions = true, version = "perfeval 0.1.0",
        description = {"预算绩效自评表检查、计分与转换 / Check, score and convert budget performance self-evaluation forms.",
            "Exit codes: 0 no form has an ERROR; 1 some form has; 2 bad usage, an unreadable input or an output that",
            "cannot be written (the other files are still checked); 3 perfeval failed (internal error, out of memory)."},
        subcommands = {CheckCommand.class, ConvertCommand.class, ExportCommand.class, ReportCommand.class,
            DraftReportCommand.class})
final class PerfevalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "需要子命令 / a subcommand is needed: check, convert, export, report, draft-report");
    }
}
