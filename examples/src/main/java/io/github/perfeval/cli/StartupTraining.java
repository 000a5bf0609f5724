package io.github.perfeval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run a class-data-sharing archive of the command line is made from: {@code check} of the two published
 * forms shipped in the jar, in text and JSON, its output discarded. The JVM archives every class it loaded
 * when it exits; later runs map them instead of loading, verifying and linking them again.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=perfeval.jsa -cp perfeval.jar io.github.perfeval.cli.StartupTraining
 * java -XX:SharedArchiveFile=perfeval.jsa -jar perfeval.jar check form.xlsx
 * }</pre>
 *
 * The build runs it (examples/target/perfeval.jsa) and the {@code perfeval} launcher beside the jar runs it
 * once when the archive is missing, older than the jar or made by another JDK.
 */
public final class StartupTraining {

    private static final String[] FORMS = {"yueyang-2024-department.xlsx", "liuhe-2024.xlsx"};

    private StartupTraining() {
    }

    /**
     * Checks the shipped forms with every output discarded.
     *
     * @param args optionally a file to write this JVM's {@code java.home} to, so that the launcher knows
     *     which JDK the archive belongs to (an archive only serves the JVM build that made it)
     * @throws IOException when the forms cannot be copied out of the jar
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("perfeval-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            String[] files = new String[FORMS.length];
            for (int i = 0; i < FORMS.length; i++) {
                Path file = dir.resolve(FORMS[i]);
                try (InputStream in = StartupTraining.class.getResourceAsStream("/io/github/perfeval/testkit/forms/" + FORMS[i])) {
                    if (in == null) {
                        throw new IOException("not in the jar: " + FORMS[i]);
                    }
                    Files.copy(in, file);
                }
                files[i] = file.toString();
            }
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            System.setOut(nowhere);
            System.setErr(nowhere);
            Main.run(concat("check", "--jobs", "1", files));
            Main.run(concat("check", "--jobs", "1", "--format", "json", files));
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), Path.of(System.getProperty("java.home")).toRealPath().toString());
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String[] concat(String a, String b, String c, String[] rest) {
        return Stream.concat(Stream.of(a, b, c), Stream.of(rest)).toArray(String[]::new);
    }

    private static String[] concat(String a, String b, String c, String d, String e, String[] rest) {
        return Stream.concat(Stream.of(a, b, c, d, e), Stream.of(rest)).toArray(String[]::new);
    }
}
