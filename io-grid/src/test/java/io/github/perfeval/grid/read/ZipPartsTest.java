package io.github.perfeval.grid.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link ZipParts} against the walk it stands in for: commons-compress's {@code ZipArchiveInputStream} (what
 * {@link ZipGuard}, POI and the xlsx reader's slower path walk) gives the same entries, names, bytes and compressed
 * counts for every package it reads, and {@link ZipGuard#check} the same refusal, problem and words, for every bomb;
 * what it does not read without doubt is left to that walk (empty), never read otherwise.
 */
class ZipPartsTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    /** Parts as an xlsx has them: XML that deflates well, a folder, an empty part, a part of random bytes. */
    private static List<String[]> parts() {
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {"[Content_Types].xml", "<Types>" + "<Default Extension=\"xml\"/>".repeat(20) + "</Types>"});
        parts.add(new String[] {"xl/", null});
        parts.add(new String[] {"xl/worksheets/sheet1.xml", "<sheetData>" + "<row><c t=\"s\"><v>1</v></c></row>".repeat(3000) + "</sheetData>"});
        parts.add(new String[] {"xl/sharedStrings.xml", "<sst><si><t>部门整体支出绩效自评表</t></si></sst>"});
        parts.add(new String[] {"docProps/empty.xml", ""});
        return parts;
    }

    private static byte[] bytesOf(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    /** java.util.zip's writer: deflated entries with a data descriptor (signed, four-byte sizes). */
    private static byte[] jdkDeflated(List<String[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] p : parts) {
                zip.putNextEntry(new ZipEntry(p[0]));
                zip.write(bytesOf(p[1]));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** java.util.zip's writer, every entry stored (sizes and CRC in the local header, no data descriptor). */
    private static byte[] jdkStored(List<String[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] p : parts) {
                byte[] data = bytesOf(p[1]);
                ZipEntry e = new ZipEntry(p[0]);
                e.setMethod(ZipEntry.STORED);
                e.setSize(data.length);
                e.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** commons-compress's writer (POI's): into a channel, sizes in the local headers; into a stream, data descriptors. */
    private static byte[] commons(List<String[]> parts, boolean seekable, Zip64Mode zip64) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = seekable ? new ZipArchiveOutputStream(channel) : new ZipArchiveOutputStream(stream)) {
            zip.setUseZip64(zip64);
            for (String[] p : parts) {
                zip.putArchiveEntry(new ZipArchiveEntry(p[0]));
                zip.write(bytesOf(p[1]));
                zip.closeArchiveEntry();
            }
        }
        return seekable ? Arrays.copyOf(channel.array(), (int) channel.size()) : stream.toByteArray();
    }

    /** What commons-compress's walk by the local headers gives: name, compressed count, bytes, one entry a line. */
    private static List<String> walked(byte[] zip) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.add(e.getName() + " " + in.getCompressedCount() + " " + Arrays.hashCode(data) + " " + data.length);
            }
        }
        return out;
    }

    private static List<String> inflated(byte[] zip) {
        Optional<List<ZipParts.Part>> parts = ZipParts.inflate(zip, "wb.xlsx", LIMITS);
        assertThat(parts).as("read in one pass").isPresent();
        List<String> out = new ArrayList<>();
        for (ZipParts.Part p : parts.get()) {
            out.add(p.name() + " " + p.compressedSize() + " " + Arrays.hashCode(p.data()) + " " + p.data().length);
        }
        return out;
    }

    @Test
    void everyWriterOfPlainPackagesIsReadAsTheLocalHeadersWalkReadsIt() throws IOException {
        List<String[]> parts = parts();
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        parts.add(new String[] {"xl/media/image1.bin", new String(random, StandardCharsets.ISO_8859_1)});
        for (byte[] zip : List.of(jdkDeflated(parts), jdkStored(parts), commons(parts, true, Zip64Mode.Never),
                commons(parts, false, Zip64Mode.Never), commons(parts, false, Zip64Mode.AsNeeded))) {
            assertThat(inflated(zip)).isEqualTo(walked(zip)).hasSize(parts.size());
        }
    }

    @Test
    void aCentralDirectoryThatLiesAboutSizesChangesNothing() throws IOException {
        byte[] zip = commons(parts(), true, Zip64Mode.Never);
        int cd = indexOf(zip, 0x02014b50, 0);
        // the first central header's compressed and uncompressed sizes: the walk by the local headers never reads them
        put32(zip, cd + 20, 3);
        put32(zip, cd + 24, 99_999_999);
        assertThat(inflated(zip)).isEqualTo(walked(zip));
    }

    @Test
    void aLocalHeaderThatLiesAboutItsCompressedSizeIsLeftToTheSlowerWalk() throws IOException {
        byte[] zip = commons(parts(), true, Zip64Mode.Never);
        put32(zip, 18, (int) (readU32(zip, 18) + 1));
        assertThat(ZipParts.inflate(zip, "wb.xlsx", LIMITS)).isEmpty();
    }

    @Test
    void whatThisPassDoesNotReadWithoutDoubtIsLeftToTheSlowerWalk() throws IOException {
        byte[] plain = commons(parts(), true, Zip64Mode.Never);
        // Zip64 sizes
        assertThat(ZipParts.inflate(commons(parts(), true, Zip64Mode.Always), "f", LIMITS)).isEmpty();
        // the encryption flag
        byte[] encrypted = plain.clone();
        encrypted[6] |= 1;
        assertThat(ZipParts.inflate(encrypted, "f", LIMITS)).isEmpty();
        // another method (bzip2)
        byte[] bzip = plain.clone();
        bzip[8] = 12;
        assertThat(ZipParts.inflate(bzip, "f", LIMITS)).isEmpty();
        // a stored entry with a data descriptor: the walk looks for the descriptor's signature in the data
        byte[] storedWithDescriptor = jdkStored(parts());
        storedWithDescriptor[6] |= 8;
        assertThat(ZipParts.inflate(storedWithDescriptor, "f", LIMITS)).isEmpty();
        // cut short in a part, before the central directory, or without the end record
        assertThat(ZipParts.inflate(Arrays.copyOf(plain, plain.length / 2), "f", LIMITS)).isEmpty();
        assertThat(ZipParts.inflate(Arrays.copyOf(plain, indexOf(plain, 0x02014b50, 0)), "f", LIMITS)).isEmpty();
        assertThat(ZipParts.inflate(Arrays.copyOf(plain, plain.length - 10), "f", LIMITS)).isEmpty();
        // a name that is not UTF-8
        byte[] latin = plain.clone();
        latin[30] = (byte) 0xE9;
        assertThat(ZipParts.inflate(latin, "f", LIMITS)).isEmpty();
        // deflated data that is not deflate
        byte[] garbage = plain.clone();
        int data = 30 + short16(plain, 26) + short16(plain, 28);
        Arrays.fill(garbage, data, data + 8, (byte) 0xFF);
        assertThat(ZipParts.inflate(garbage, "f", LIMITS)).isEmpty();
        // something other than a zip
        assertThat(ZipParts.inflate("PK\3\4 not much".getBytes(StandardCharsets.ISO_8859_1), "f", LIMITS)).isEmpty();
        assertThat(ZipParts.inflate(new byte[0], "f", LIMITS)).isEmpty();
    }

    /** A package of one part of n zero bytes, highly compressible. */
    private static byte[] zeros(String name, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(bytesOf("<Types/>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(new byte[n]);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void refusedAsZipGuardRefuses(byte[] zip, ReadLimits limits, FileReadException.Problem problem, String detail) {
        FileReadException guard = catchThrowableOfType(() -> ZipGuard.check(zip, "wb.xlsx", limits), FileReadException.class);
        FileReadException mine = catchThrowableOfType(() -> ZipParts.inflate(zip, "wb.xlsx", limits), FileReadException.class);
        assertThat(guard).as("ZipGuard refuses it").isNotNull();
        assertThat(mine).as("the one pass refuses it").isNotNull();
        assertThat(mine.getProblem()).isEqualTo(guard.getProblem()).isEqualTo(problem);
        assertThat(mine.getDetail()).isEqualTo(guard.getDetail()).contains(detail);
        assertThat(mine.getMessage()).isEqualTo(guard.getMessage());
    }

    @Test
    void bombsAndHugePartsAreRefusedWithZipGuardsProblemAndWords() throws IOException {
        // 40 MB of zeros in a file of about 40 kB: beyond a hundredfold
        refusedAsZipGuardRefuses(zeros("xl/worksheets/sheet1.xml", 40 << 20), LIMITS, FileReadException.Problem.ZIP_BOMB,
                "bytes inflate to more than");
        // one part beyond the per-part limit, the file's ratio within bounds
        byte[] part = zeros("xl/worksheets/sheet1.xml", 600_000);
        refusedAsZipGuardRefuses(part, LIMITS.withMaxEntryBytes(500_000), FileReadException.Problem.ZIP_BOMB,
                "part xl/worksheets/sheet1.xml inflates to more than 500000 bytes");
        // all parts together beyond the total
        refusedAsZipGuardRefuses(part, LIMITS.withMaxTotalBytes(300_000), FileReadException.Problem.TOO_LARGE,
                "more than 300000 bytes once inflated");
        // a bomb the slower walk meets too: a data descriptor of the other kind, stored parts
        byte[] stored = jdkStored(Collections.singletonList(new String[] {"a.xml", "x".repeat(700_000)}));
        refusedAsZipGuardRefuses(stored, LIMITS.withMaxEntryBytes(500_000), FileReadException.Problem.ZIP_BOMB,
                "part a.xml inflates to more than 500000 bytes");
    }

    @Test
    void namesAreTheCentralDirectorysAsCommonsCompressReadsThem() throws IOException {
        for (byte[] zip : List.of(jdkDeflated(parts()), jdkStored(parts()), commons(parts(), true, Zip64Mode.Never),
                commons(parts(), false, Zip64Mode.Never))) {
            List<String> expected = new ArrayList<>();
            try (ZipFile f = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
                for (ZipArchiveEntry e : Collections.list(f.getEntriesInPhysicalOrder())) {
                    expected.add(e.getName());
                }
            }
            assertThat(ZipParts.names(zip)).contains(expected);
        }
        // a comment after the end record is fine; one that does not end the file, Zip64 or garbage is ZipFile's to read
        byte[] plain = jdkDeflated(parts());
        byte[] commented = Arrays.copyOf(plain, plain.length + 5);
        put16(commented, plain.length - 2, 5);
        assertThat(ZipParts.names(commented)).contains(ZipParts.names(plain).orElseThrow());
        byte[] lying = plain.clone();
        put16(lying, plain.length - 2, 5);
        assertThat(ZipParts.names(lying)).isEmpty();
        assertThat(ZipParts.names(commons(parts(), true, Zip64Mode.Always))).isEmpty();
        assertThat(ZipParts.names(Arrays.copyOf(plain, plain.length - 30))).isEmpty();
        assertThat(ZipParts.names(new byte[3])).isEmpty();
    }

    private static int indexOf(byte[] b, int signature, int from) {
        for (int i = from; i <= b.length - 4; i++) {
            if (readU32(b, i) == (signature & 0xFFFFFFFFL)) {
                return i;
            }
        }
        throw new AssertionError("no signature " + Integer.toHexString(signature));
    }

    private static int short16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long readU32(byte[] b, int at) {
        return ((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (long) (b[at + 3] & 0xFF) << 24);
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    private static void put32(byte[] b, int at, int v) {
        put16(b, at, v);
        put16(b, at + 2, v >> 16);
    }

    @Test
    void localNamesReadTheEntriesAFilesFirstBytesHoldUpToTheNameTheyCutShort() throws IOException {
        byte[] whole = jdkDeflated(List.of(new String[] {"[Content_Types].xml", "<Types/>"},
                new String[] {"xl/workbook.xml", "<workbook/>"}, new String[] {"xl/worksheets/sheet1.xml", "<worksheet/>"}));
        assertThat(ZipParts.localNames(whole)).containsExactly("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        int second = indexOf(whole, "xl/workbook.xml");
        // cut inside the second entry's name: the first name only; no whole header at all: none
        assertThat(ZipParts.localNames(Arrays.copyOf(whole, second + 4))).containsExactly("[Content_Types].xml");
        assertThat(ZipParts.localNames(Arrays.copyOf(whole, 29))).isEmpty();
        assertThat(ZipParts.localNames(bytesOf("not a zip at all, no PK header here"))).isEmpty();
    }

    private static int indexOf(byte[] b, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + t.length <= b.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (b[i + j] != t[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
