package io.github.perfeval.grid.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Counts what a zip package (an .xlsx, a .docx) inflates to, before any parser builds a model of it: the
 * parsers bound each part, but a hundred parts each under the bound could still fill the heap, and a
 * small file that inflates a hundredfold is a zip bomb. Every reader of a zip package calls this first.
 *
 * <pre>{@code
 * ZipGuard.check(bytes, "upload.docx", ReadLimits.defaults());   // throws FileReadException ZIP_BOMB or TOO_LARGE
 * }</pre>
 *
 * <p>What is refused: inflating more than {@code 1 / }{@link #MIN_INFLATE_RATIO} times the file's size (and at least
 * 1 MB, as POI's grace size), one part beyond {@link ReadLimits#maxEntryBytes()} ({@code ZIP_BOMB}), all parts
 * together beyond {@link ReadLimits#maxTotalBytes()} ({@code TOO_LARGE}). A package this count cannot walk
 * is not judged here: the parser reads it next and says what is wrong with it. Stateless and thread-safe.
 */
public final class ZipGuard {

    /** Inflation ratios below this (compressed/inflated) are taken as zip bombs. */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** Inflation below this many bytes is never taken for a zip bomb (as POI's grace size). */
    private static final long GRACE_BYTES = 1024L * 1024;

    private ZipGuard() {
    }

    /**
     * Inflates the package once, counting, and refuses it when it inflates beyond the limits.
     *
     * @param bytes the package's bytes
     * @param file the file's name, for the error
     * @param limits the limits
     * @throws FileReadException {@code ZIP_BOMB} or {@code TOO_LARGE}
     */
    public static void check(byte[] bytes, String file, ReadLimits limits) {
        long total = 0;
        long bombAt = Math.max(GRACE_BYTES, (long) (bytes.length / MIN_INFLATE_RATIO));
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long part = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    part += n;
                    if (total > bombAt) {
                        throw new FileReadException(file, FileReadException.Problem.ZIP_BOMB,
                                bytes.length + " bytes inflate to more than " + bombAt, null);
                    }
                    if (part > limits.maxEntryBytes()) {
                        throw new FileReadException(file, FileReadException.Problem.ZIP_BOMB,
                                "part " + entry.getName() + " inflates to more than " + limits.maxEntryBytes() + " bytes", null);
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                                "more than " + limits.maxTotalBytes() + " bytes once inflated", null);
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FileReadException) {
                throw (FileReadException) unreadable;
            }
            // not for this count to judge: the parser reads the package next and says what is wrong with it
        }
    }
}
