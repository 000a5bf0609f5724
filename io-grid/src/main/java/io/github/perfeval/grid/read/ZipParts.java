package io.github.perfeval.grid.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip package (an .xlsx) read in one pass: every part inflated under {@link ZipGuard}'s limits while it is
 * inflated, so the package is neither counted first and inflated again nor handed to commons-compress. The zip is
 * walked by its local headers, as {@code ZipGuard}, POI and commons-compress's {@code ZipArchiveInputStream} walk it,
 * and only a package that walk reads without doubt is read here: entries stored or deflated (with or without a data
 * descriptor), not encrypted, names in UTF-8, no Zip64 or Unicode-path extra fields, a deflated entry's size in its
 * header the bytes its data really takes, the central directory and its end record after the last entry. Anything else
 * gives {@link Optional#empty()}, and the caller counts the package with {@link ZipGuard#check} and reads it the slower
 * way, which then says what is wrong with it. Stateless and thread-safe.
 *
 * <pre>{@code
 * Optional<List<ZipParts.Part>> parts = ZipParts.inflate(bytes, "upload.xlsx", ReadLimits.defaults());
 * // throws FileReadException ZIP_BOMB or TOO_LARGE, as ZipGuard.check does, with the same words
 * }</pre>
 */
public final class ZipParts {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final int CENTRAL_HEADER_LENGTH = 46;
    private static final int END_LENGTH = 22;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int ENCRYPTED = 1;
    private static final int HAS_DATA_DESCRIPTOR = 8;
    private static final int STRONG_ENCRYPTION = 0x40;
    private static final int UTF8_NAMES = 0x800;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int UNICODE_PATH_EXTRA = 0x7075;
    private static final int CHUNK = 64 * 1024;

    private ZipParts() {
    }

    /** One entry of a package: its name as the zip holds it, the bytes its data took in the zip and the inflated bytes. */
    public static final class Part {
        private final String name;
        private final long compressedSize;
        private final byte[] data;

        Part(String name, long compressedSize, byte[] data) {
            this.name = name;
            this.compressedSize = compressedSize;
            this.data = data;
        }

        /** The entry's name (a folder's ends with {@code /}). */
        public String name() {
            return name;
        }

        /** The bytes the entry's data took in the zip. */
        public long compressedSize() {
            return compressedSize;
        }

        /** The inflated bytes: the caller's own array, not copied. */
        public byte[] data() {
            return data;
        }
    }

    /**
     * Whether bytes start as a zip's first local header does ({@code PK\3\4}): what POI's {@code FileMagic} calls
     * {@code OOXML}, asked without it (its constants start POI's {@code LocaleUtil}, and with it the JDK's time-zone
     * data, on the main thread of a one-form check).
     *
     * @param bytes the file's first bytes
     * @return whether they start a zip
     */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && int32(bytes, 0) == LOCAL_HEADER;
    }

    /**
     * Inflates every entry of a package in the zip's order, refusing it as {@link ZipGuard#check} would the moment it
     * inflates beyond the limits.
     *
     * @param bytes the package's bytes
     * @param file the file's name, for the error
     * @param limits the limits
     * @return the entries, or empty when this pass does not read the package (the caller then counts it with
     *         {@link ZipGuard#check} and reads it the slower way)
     * @throws FileReadException {@code ZIP_BOMB} or {@code TOO_LARGE}, with {@code ZipGuard}'s words
     */
    public static Optional<List<Part>> inflate(byte[] bytes, String file, ReadLimits limits) {
        Inflater inflater = new Inflater(true);
        try {
            return Optional.ofNullable(walk(bytes, new ZipGuard.Count(bytes.length, file, limits), inflater));
        } catch (DataFormatException broken) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static List<Part> walk(byte[] b, ZipGuard.Count count, Inflater inflater) throws DataFormatException {
        List<Part> parts = new ArrayList<>();
        int p = 0;
        while (true) {
            if (p > b.length - 4) {
                return null;
            }
            int signature = int32(b, p);
            if (signature == CENTRAL_HEADER) {
                return parts.isEmpty() || !endFollows(b, p, parts.size()) ? null : parts;
            }
            if (signature != LOCAL_HEADER || p > b.length - LOCAL_HEADER_LENGTH) {
                return null;
            }
            int flags = short16(b, p + 6);
            int method = short16(b, p + 8);
            long compressed = uint32(b, p + 18);
            long size = uint32(b, p + 22);
            int nameLength = short16(b, p + 26);
            int extraLength = short16(b, p + 28);
            long dataAt = (long) p + LOCAL_HEADER_LENGTH + nameLength + extraLength;
            boolean descriptor = (flags & HAS_DATA_DESCRIPTOR) != 0;
            if ((flags & (ENCRYPTED | STRONG_ENCRYPTION)) != 0 || dataAt > b.length
                    || !plainExtra(b, p + LOCAL_HEADER_LENGTH + nameLength, extraLength, (flags & UTF8_NAMES) != 0)) {
                return null;
            }
            String name = utf8(b, p + LOCAL_HEADER_LENGTH, nameLength);
            if (name == null) {
                return null;
            }
            count.startPart(name);
            byte[] data;
            long used;
            if (method == STORED && !descriptor && compressed == size && dataAt + size <= b.length) {
                data = stored(b, (int) dataAt, (int) size, count);
                used = size;
            } else if (method == DEFLATED) {
                inflater.reset();
                inflater.setInput(b, (int) dataAt, b.length - (int) dataAt);
                data = inflated(inflater, descriptor ? -1 : size, count);
                used = inflater.getBytesRead();
                if (data == null || (!descriptor && used != compressed)) {
                    return null;
                }
            } else {
                return null;
            }
            parts.add(new Part(name, used, data));
            long next = dataAt + used;
            if (descriptor) {
                next = afterDescriptor(b, next);
                if (next < 0) {
                    return null;
                }
            }
            p = (int) next;
        }
    }

    /** Where the entry after a data descriptor starts, read as ZipArchiveInputStream reads it; -1 when it is cut short. */
    private static long afterDescriptor(byte[] b, long at) {
        long q = at;
        if (q > b.length - 4) {
            return -1;
        }
        if (int32(b, (int) q) == DATA_DESCRIPTOR) {
            q += 4;
        }
        q += 4; // the CRC
        if (q > b.length - 16) {
            return -1;
        }
        int after = int32(b, (int) q + 8);
        // four-byte sizes when a header follows them, else Zip64's eight-byte ones
        return after == CENTRAL_HEADER || after == LOCAL_HEADER ? q + 8 : q + 16;
    }

    /**
     * Whether the end of the central directory follows where ZipArchiveInputStream looks for it (at least one central
     * header's length for each entry after the first central header), whole.
     */
    private static boolean endFollows(byte[] b, int directory, int entries) {
        for (long e = directory + (long) entries * CENTRAL_HEADER_LENGTH; e <= b.length - 4; e++) {
            if (int32(b, (int) e) == END_OF_DIRECTORY) {
                return e <= b.length - END_LENGTH;
            }
        }
        return false;
    }

    /** Whether the extra fields are well formed and hold neither Zip64 sizes nor a Unicode path that would rename the entry. */
    private static boolean plainExtra(byte[] b, int at, int length, boolean utf8Names) {
        int end = at + length;
        int q = at;
        while (q < end) {
            if (q > end - 4) {
                return false;
            }
            int id = short16(b, q);
            int size = short16(b, q + 2);
            if (id == ZIP64_EXTRA || (id == UNICODE_PATH_EXTRA && !utf8Names) || q + 4 + size > end) {
                return false;
            }
            q += 4 + size;
        }
        return true;
    }

    private static String utf8(byte[] b, int at, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, at, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static byte[] stored(byte[] b, int at, int size, ZipGuard.Count count) {
        for (int done = 0; done < size; ) {
            int n = Math.min(CHUNK, size - done);
            count.add(n);
            done += n;
        }
        return Arrays.copyOfRange(b, at, at + size);
    }

    /** The inflated bytes of one deflated entry, counted chunk by chunk; null when its data ends before its stream does. */
    private static byte[] inflated(Inflater inflater, long declared, ZipGuard.Count count) throws DataFormatException {
        // the declared size is a hint only, never more than the limits still allow
        long hint = declared < 0 ? CHUNK : Math.min(declared, count.room());
        byte[] out = new byte[(int) Math.max(CHUNK, Math.min(hint + 1, Integer.MAX_VALUE - 16))];
        int length = 0;
        while (!inflater.finished()) {
            if (out.length - length < CHUNK) {
                out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) out.length * 2, length + CHUNK)));
            }
            int n = inflater.inflate(out, length, CHUNK);
            if (n == 0) {
                if (inflater.needsInput() || inflater.needsDictionary()) {
                    return null;
                }
                continue;
            }
            count.add(n);
            length += n;
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /**
     * The entry names of a zip package by its central directory (nothing is inflated), or empty when the directory is
     * not a plain one this reads without doubt (Zip64, a comment that does not end the file, names not in UTF-8, a
     * Unicode path that would rename an entry): then commons-compress's {@code ZipFile} should read it.
     *
     * @param bytes the package's bytes
     * @return the names in the directory's order
     */
    public static Optional<List<String>> names(byte[] bytes) {
        byte[] b = bytes;
        int end = -1;
        for (int e = b.length - END_LENGTH; e >= 0 && e >= b.length - END_LENGTH - 0xFFFF; e--) {
            if (int32(b, e) == END_OF_DIRECTORY) {
                end = e;
                break;
            }
        }
        // the last end record, as commons-compress's ZipFile finds it, and its comment ending the file
        if (end < 0 || end + END_LENGTH + short16(b, end + 20) != b.length) {
            return Optional.empty();
        }
        int entries = short16(b, end + 10);
        long at = uint32(b, end + 16);
        if (entries == 0xFFFF || at == 0xFFFFFFFFL || short16(b, end + 4) != 0 || short16(b, end + 6) != 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            if (at > end - CENTRAL_HEADER_LENGTH || int32(b, (int) at) != CENTRAL_HEADER) {
                return Optional.empty();
            }
            int q = (int) at;
            int nameLength = short16(b, q + 28);
            long next = at + CENTRAL_HEADER_LENGTH + nameLength + short16(b, q + 30) + short16(b, q + 32);
            if (next > end) {
                return Optional.empty();
            }
            String name = utf8(b, q + CENTRAL_HEADER_LENGTH, nameLength);
            if (name == null || !plainExtra(b, q + CENTRAL_HEADER_LENGTH + nameLength, short16(b, q + 30),
                    (short16(b, q + 8) & UTF8_NAMES) != 0)) {
                return Optional.empty();
            }
            names.add(name);
            at = next;
        }
        return Optional.of(Collections.unmodifiableList(names));
    }

    private static int short16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /**
     * The entry names found in the local headers that these bytes hold, in order: for the first bytes of a file, or a
     * file cut short, where there is no central directory to read. Each local header signature is looked for in
     * turn (sizes in a header are not trusted to find the next one: they are zero when a data descriptor follows),
     * a name is read as ISO-8859-1 (enough to match ASCII part names), and the scan stops at a name the bytes cut
     * short. Nothing is inflated.
     *
     * @param bytes the first bytes of a zip package, or all of it
     * @return the names, none when no whole local header is found
     */
    public static List<String> localNames(byte[] bytes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i + LOCAL_HEADER_LENGTH <= bytes.length; i++) {
            if (int32(bytes, i) != LOCAL_HEADER) {
                continue;
            }
            int length = short16(bytes, i + 26);
            if (i + LOCAL_HEADER_LENGTH + length > bytes.length) {
                break;
            }
            names.add(new String(bytes, i + LOCAL_HEADER_LENGTH, length, StandardCharsets.ISO_8859_1));
        }
        return names;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xFFFFFFFFL;
    }
}
