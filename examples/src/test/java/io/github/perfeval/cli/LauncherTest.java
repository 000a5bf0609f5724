package io.github.perfeval.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher beside the jar (src/main/launcher/perfeval) with a stand-in java that records how it is called:
 * it makes the class-data-sharing archive once, uses it after, makes it again when the jar is newer or another JDK
 * runs it, never with PERFEVAL_NO_CDS or in a folder it cannot write, starts the main class from the jar by name (not
 * {@code -jar}, which read the jar's central directory twice), and passes arguments and PERFEVAL_JAVA_OPTS through,
 * however it is called (by its path, a relative path, or found on PATH).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {

    private static final Path SCRIPT = Path.of("src", "main", "launcher", "perfeval");

    @TempDir
    Path root;
    private Path app;
    private Path jdk;
    private Path log;

    @BeforeEach
    void install() throws IOException {
        app = Files.createDirectories(root.resolve("app"));
        Files.copy(SCRIPT, app.resolve("perfeval"));
        executable(app.resolve("perfeval"));
        Files.writeString(app.resolve("perfeval.jar"), "jar");
        Files.setLastModifiedTime(app.resolve("perfeval.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        jdk = fakeJdk("jdk");
        log = root.resolve("java.log");
    }

    /** A JDK whose java logs its arguments, makes the archive asked for, and writes its home where training says. */
    private Path fakeJdk(String name) throws IOException {
        Path home = Files.createDirectories(root.resolve(name).resolve("bin")).getParent();
        Path java = home.resolve("bin").resolve("java");
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "echo \"$*\" >> \"$FAKE_JAVA_LOG\"",
                "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; last=$a; done",
                "case \"$*\" in *StartupTraining*) printf %s \"" + home.toRealPath() + "\" > \"$last\" ;; esac",
                ""), StandardCharsets.UTF_8);
        executable(java);
        return home;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> run(Path cwd, Map<String, String> env, String... command) throws Exception {
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("PERFEVAL_NO_CDS");
        pb.environment().remove("PERFEVAL_JAVA_OPTS");
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("FAKE_JAVA_LOG", log.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        List<String> out = new ArrayList<>(calls);
        if (output.contains("first run: making the start-up archive")) {
            out.add(0, "MESSAGE");
        }
        return out;
    }

    private List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(app.resolve("perfeval").toString()));
        command.addAll(List.of(args));
        return run(root, Map.of(), command.toArray(String[]::new));
    }

    private String archive() {
        return "-XX:SharedArchiveFile=" + app.resolve("perfeval.jsa");
    }

    @Test
    void theArchiveIsMadeOnceAndUsedAfter() throws Exception {
        List<String> first = run("check", "a b.xlsx");
        assertThat(first).hasSize(3);
        assertThat(first.get(0)).isEqualTo("MESSAGE");
        assertThat(first.get(1)).contains("-XX:ArchiveClassesAtExit=" + app.resolve("perfeval.jsa"))
                .contains("-cp " + app.resolve("perfeval.jar") + " io.github.perfeval.cli.StartupTraining " + app.resolve("perfeval.jsa.jdk"));
        assertThat(first.get(2)).startsWith("-XX:+IgnoreUnrecognizedVMOptions -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "
                + "-XX:TieredStopAtLevel=1 " + archive() + " -cp " + app.resolve("perfeval.jar") + " io.github.perfeval.cli.Main check a b.xlsx");
        assertThat(app.resolve("perfeval.jsa")).exists();
        assertThat(run("check", "x.xlsx")).containsExactly("-XX:+IgnoreUnrecognizedVMOptions -Xshare:auto -Xlog:cds=off "
                + "-Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 " + archive() + " -cp " + app.resolve("perfeval.jar") + " io.github.perfeval.cli.Main check x.xlsx");
    }

    @Test
    void aJarNewerThanTheArchiveOrAnotherJdkMakesItAgain() throws Exception {
        run("--version");
        Files.setLastModifiedTime(app.resolve("perfeval.jsa"), FileTime.from(Instant.now().minusSeconds(120)));
        assertThat(run("--version")).first().isEqualTo("MESSAGE");
        assertThat(run("--version")).hasSize(1);
        jdk = fakeJdk("another-jdk");
        List<String> other = run("--version");
        assertThat(other).hasSize(3).first().isEqualTo("MESSAGE");
        assertThat(Files.readString(app.resolve("perfeval.jsa.jdk"))).isEqualTo(jdk.toRealPath().toString());
        assertThat(run("--version")).hasSize(1);
        // an archive without its JDK file is not trusted
        Files.delete(app.resolve("perfeval.jsa.jdk"));
        assertThat(run("--version")).first().isEqualTo("MESSAGE");
    }

    @Test
    void noArchiveWithPerfevalNoCdsOrInAFolderItCannotWrite() throws Exception {
        assertThat(run(root, Map.of("PERFEVAL_NO_CDS", "1"), app.resolve("perfeval").toString(), "check", "f.xlsx"))
                .singleElement().asString().doesNotContain("SharedArchiveFile").endsWith("-cp " + app.resolve("perfeval.jar") + " io.github.perfeval.cli.Main check f.xlsx");
        assertThat(app.resolve("perfeval.jsa")).doesNotExist();
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(app)) {
                return; // root may write anyway: nothing to check here
            }
            assertThat(run("check", "f.xlsx")).singleElement().asString().doesNotContain("SharedArchiveFile");
        } finally {
            Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void optionsPassThroughAndTheJarIsFoundHoweverTheLauncherIsCalled() throws Exception {
        run("--version");
        String tail = archive() + " -cp " + app.resolve("perfeval.jar") + " io.github.perfeval.cli.Main check f.xlsx";
        assertThat(run(root, Map.of("PERFEVAL_JAVA_OPTS", "-Xmx2g -Dx=1"), app.resolve("perfeval").toString(), "check", "f.xlsx"))
                .singleElement().asString().contains("-XX:TieredStopAtLevel=1 -Xmx2g -Dx=1 " + archive());
        // a relative path, from the folder above
        assertThat(run(root, Map.of(), "app/perfeval", "check", "f.xlsx")).singleElement().asString()
                .endsWith(tail.replace(app.toString(), root + "/app"));
        // from its own folder
        assertThat(run(app, Map.of(), "./perfeval", "check", "f.xlsx")).singleElement().asString()
                .endsWith(tail.replace(app.toString(), app + "/."));
        // found on PATH by a shell
        assertThat(run(root, Map.of("PATH", app + ":" + System.getenv("PATH")), "sh", "-c", "perfeval check f.xlsx"))
                .singleElement().asString().endsWith(tail);
        // given to sh by its name, in its folder
        assertThat(run(app, Map.of(), "sh", "perfeval", "check", "f.xlsx")).singleElement().asString()
                .endsWith(tail.replace(app.toString(), app + "/."));
    }
}
