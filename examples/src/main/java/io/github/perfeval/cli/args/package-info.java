/**
 * The command line's own argument parser: a command's options and parameters declared as data
 * ({@link io.github.perfeval.cli.args.CommandSpec}), parsed by {@link io.github.perfeval.cli.args.ArgumentParser}
 * into {@link io.github.perfeval.cli.args.ParsedCommand}s, a bad argument reported as a
 * {@link io.github.perfeval.cli.args.UsageException} with the texts and exit code picocli 4.7 gave (perfeval used it
 * until its start-up cost was measured: docs/PERFORMANCE.md).
 */
package io.github.perfeval.cli.args;
