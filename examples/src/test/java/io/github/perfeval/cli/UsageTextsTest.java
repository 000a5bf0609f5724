package io.github.perfeval.cli;

import io.github.perfeval.cli.args.CommandSpec;
import io.github.perfeval.cli.args.OptionSpec;
import io.github.perfeval.cli.args.PositionalSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's help, version, usage errors and exit codes are those picocli gave before perfeval parsed its
 * arguments itself (usage-golden.txt, captured from the picocli build): users' scripts and the README rely on them.
 */
class UsageTextsTest {

    @TestFactory
    Stream<DynamicTest> everyCaseGivesWhatPicocliGave() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest("perfeval " + String.join(" ", c.args), () -> {
            Cli run = Cli.run(c.args.toArray(new String[0]));
            assertThat(run.err).as("stderr").isEqualTo(c.err);
            assertThat(run.out).as("stdout").isEqualTo(c.out);
            assertThat(run.code).as("exit code").isEqualTo(c.code);
        }));
    }

    @Test
    void everyOptionAndParameterIsInItsUsage() {
        List<CommandSpec> all = new ArrayList<>(PerfevalCommand.SPEC.subcommands().values());
        all.add(PerfevalCommand.SPEC);
        for (CommandSpec spec : all) {
            for (OptionSpec o : spec.options()) {
                for (String name : o.names()) {
                    assertThat(spec.usage()).as("%s --help names %s", spec.name(), name).contains(name);
                }
            }
            for (PositionalSpec p : spec.parameters()) {
                assertThat(spec.usage()).as("%s --help names %s", spec.name(), p.label()).contains(p.label());
            }
        }
        for (String sub : PerfevalCommand.SPEC.subcommands().keySet()) {
            assertThat(PerfevalCommand.USAGE).as("perfeval --help lists %s", sub).contains("\n  " + sub + " ");
        }
    }

    private static final class Case {
        final List<String> args;
        final int code;
        final String out;
        final String err;

        Case(List<String> args, int code, String out, String err) {
            this.args = args;
            this.code = code;
            this.out = out;
            this.err = err;
        }
    }

    private static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = UsageTextsTest.class.getResourceAsStream("usage-golden.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] parts = text.split("(?m)^### ", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eol = part.indexOf('\n');
            String head = part.substring(0, eol);
            List<String> args = head.isEmpty() ? List.of() : List.of(head.split("\t", -1));
            String rest = part.substring(eol + 1);
            int code = Integer.parseInt(rest.substring("exit ".length(), rest.indexOf('\n')));
            int out = rest.indexOf("--- stdout\n") + "--- stdout\n".length();
            int err = rest.indexOf("--- stderr\n");
            cases.add(new Case(args, code, rest.substring(out, err), rest.substring(err + "--- stderr\n".length())));
        }
        assertThat(cases).hasSizeGreaterThan(100);
        return cases;
    }
}
