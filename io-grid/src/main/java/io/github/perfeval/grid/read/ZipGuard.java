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
 * is not judged here: the parser reads it next and says what is wrong with it. A reader that keeps every part in
 * memory anyway inflates it once with {@link ZipParts#inflate}, which refuses with the same limits and words while it
 * inflates. Stateless and thread-safe.
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
        Count count = new Count(bytes.length, file, limits);
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                count.startPart(entry.getName());
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    count.add(n);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FileReadException) {
                throw (FileReadException) unreadable;
            }
            // not for this count to judge: the parser reads the package next and says what is wrong with it
        }
    }

    /**
     * What a package has inflated to so far, refused the moment it is beyond the limits: this count and
     * {@link ZipParts}'s inflating pass share it, so both refuse at the same byte with the same words. One per pass.
     */
    static final class Count {
        private final int fileLength;
        private final String file;
        private final ReadLimits limits;
        private final long bombAt;
        private long total;
        private long part;
        private String partName;

        Count(int fileLength, String file, ReadLimits limits) {
            this.fileLength = fileLength;
            this.file = file;
            this.limits = limits;
            this.bombAt = Math.max(GRACE_BYTES, (long) (fileLength / MIN_INFLATE_RATIO));
        }

        void startPart(String name) {
            part = 0;
            partName = name;
        }

        /** Counts n more inflated bytes of the current part. */
        void add(int n) {
            total += n;
            part += n;
            if (total > bombAt) {
                throw new FileReadException(file, FileReadException.Problem.ZIP_BOMB,
                        fileLength + " bytes inflate to more than " + bombAt, null);
            }
            if (part > limits.maxEntryBytes()) {
                throw new FileReadException(file, FileReadException.Problem.ZIP_BOMB,
                        "part " + partName + " inflates to more than " + limits.maxEntryBytes() + " bytes", null);
            }
            if (total > limits.maxTotalBytes()) {
                throw new FileReadException(file, FileReadException.Problem.TOO_LARGE,
                        "more than " + limits.maxTotalBytes() + " bytes once inflated", null);
            }
        }

        /** How many more bytes the current part may inflate to before one limit refuses it. */
        long room() {
            return Math.min(limits.maxEntryBytes() - part, Math.min(bombAt, limits.maxTotalBytes()) - total) + 1;
        }
    }
}
