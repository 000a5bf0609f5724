package io.github.perfeval.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either its previous content or its complete new content, never a mix and
 * never empty: the content goes to a temporary file in the same folder, which is forced to disk and then
 * moved over the target in one step.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("scored.xlsx"), out -> workbook.write(out));
 * }</pre>
 *
 * <p>When the content fails (an exception, an error such as out of memory), the temporary file is
 * deleted and the target is untouched. When the process is killed while writing, the target is untouched
 * and a hidden temporary file ({@code .NAME.RANDOM.tmp}) may remain beside it. The new file gets the
 * default permissions of a newly created file. Stateless and thread-safe; two processes writing the same
 * target leave one of the two complete contents.
 */
public final class AtomicFile {

    /** What writes the content; the stream is closed by {@link AtomicFile}, not by the content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content.
         *
         * @param out the stream to the temporary file
         * @throws IOException when writing fails; the target is then untouched
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes a file atomically.
     *
     * @param target the file to create or replace
     * @param content what writes its content
     * @throws IOException when the temporary file cannot be created, written or moved, or the content
     *     fails; the target is then as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = createTemporary(dir, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            move(tmp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                // CREATE_NEW with default permissions (the umask applies, as for the file it replaces)
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps a content from closing the stream before it is forced to disk. */
    private static final class UnclosableStream extends OutputStream {
        private final OutputStream out;

        UnclosableStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
