package io.github.perfeval.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link AtomicFileTest}: starts replacing a file, says so, and waits to be killed
 * in the middle of the write.
 */
public final class AtomicFileKillChild {

    private AtomicFileKillChild() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            byte[] half = "new content, never finished ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            out.write(half);
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
