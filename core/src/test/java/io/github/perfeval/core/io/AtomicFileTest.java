package io.github.perfeval.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file perfeval writes is its old content or its complete new one, whatever happens meanwhile. */
class AtomicFileTest {

    @Test
    void createsAndReplaces(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.json");
        AtomicFile.write(f, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertThat(f).hasContent("first");
        AtomicFile.write(f, out -> {
            out.write("second".getBytes(StandardCharsets.UTF_8));
            out.close();   // a content that closes its stream does not lose what it wrote
        });
        assertThat(f).hasContent("second");
        assertThat(files(dir)).containsExactly("out.json");
    }

    @Test
    void aFailingContentLeavesThePreviousFileAndNoTemporary(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.xlsx");
        Files.writeString(f, "previous");
        List<Throwable> failures = List.of(new IOException("disk full"), new IllegalArgumentException("cell too long"),
                new OutOfMemoryError("Java heap space"), new UncheckedIOException(new IOException("x")));
        for (Throwable failure : failures) {
            assertThatThrownBy(() -> AtomicFile.write(f, out -> {
                out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sneakyThrow(failure);
            })).isSameAs(failure);
            assertThat(f).hasContent("previous");
            assertThat(files(dir)).containsExactly("out.xlsx");
        }
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything(@TempDir Path dir) {
        Path f = dir.resolve("no-such-folder").resolve("out.json");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> out.write(1))).isInstanceOf(IOException.class);
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void killMinusNineInTheMiddleLeavesThePreviousFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.xlsx");
        Files.writeString(f, "previous");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AtomicFileKillChild.class.getName(), f.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("WRITING");
            assertThat(files(dir)).as("the new content is being written beside the file").hasSize(2);
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no finally block runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(f).hasContent("previous");
        assertThat(files(dir)).filteredOn(n -> !n.equals("out.xlsx")).allMatch(n -> n.startsWith(".out.xlsx.") && n.endsWith(".tmp"));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
