package io.github.perfeval.excel.read;

import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.grid.read.ZipParts;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The package under the xlsx reader: the yueyang workbook zipped again by each writer (stored parts, data descriptors,
 * sizes in the local headers, Zip64) reads as POI reads it, whether the one inflating pass ({@link ZipParts}) reads
 * the zip or leaves it to commons-compress's walk; a zip bomb is refused either way, and two parts whose names differ
 * only in case are POI's to read, either way.
 */
class XlsxPackageTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static Map<String, byte[]> partsOf(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] stored(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setMethod(ZipEntry.STORED);
                e.setSize(p.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(p.getValue());
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] deflatedWithDescriptors(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] commons(Map<String, byte[]> parts, Zip64Mode zip64) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            zip.setUseZip64(zip64);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeArchiveEntry();
            }
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    @Test
    void everyWriterOfThePackageGivesPoisGrids() throws IOException {
        Map<String, byte[]> parts = partsOf(Files.readAllBytes(Fixtures.yueyang()));
        byte[][] packages = {stored(parts), deflatedWithDescriptors(parts), commons(parts, Zip64Mode.Never),
                commons(parts, Zip64Mode.Always)};
        boolean[] onePass = {true, true, true, false};
        for (int i = 0; i < packages.length; i++) {
            assertThat(ZipParts.inflate(packages[i], "wb.xlsx", LIMITS).isPresent()).as("package " + i + " in one pass").isEqualTo(onePass[i]);
            assertThat(BothPaths.declined(packages[i], LIMITS)).as("package " + i).isNull();
            assertThat(BothPaths.compare(packages[i], LIMITS, "package " + i)).isEqualTo(BothPaths.Outcome.SAME_GRIDS);
        }
    }

    @Test
    void aBombIsRefusedWhicheverWalkReadsThePackage() throws IOException {
        Map<String, byte[]> parts = partsOf(Files.readAllBytes(Fixtures.yueyang()));
        parts.put("xl/media/padding.bin", new byte[60 << 20]);
        for (Zip64Mode mode : new Zip64Mode[] {Zip64Mode.Never, Zip64Mode.Always}) {
            byte[] bomb = commons(parts, mode);
            WorkbookReadException e = catchThrowableOfType(() -> XlsxReader.read(bomb, LIMITS, "wb.xlsx"), WorkbookReadException.class);
            assertThat(e).as(mode.toString()).isNotNull();
            assertThat(e.getProblem()).isEqualTo(Problem.ZIP_BOMB);
            assertThat(e.getDetail()).contains("bytes inflate to more than");
            assertThat(catchThrowableOfType(() -> ExcelFormReader.create().read(new ByteArrayInputStream(bomb), "wb.xlsx"),
                    WorkbookReadException.class).getProblem()).isEqualTo(Problem.ZIP_BOMB);
        }
    }

    @Test
    void partsNamedAlikeButForCaseArePoisToRead() throws IOException {
        Map<String, byte[]> parts = partsOf(Files.readAllBytes(Fixtures.yueyang()));
        parts.put("XL/Workbook.xml", parts.get("xl/workbook.xml"));
        for (byte[] zip : new byte[][] {deflatedWithDescriptors(parts), commons(parts, Zip64Mode.Always)}) {
            assertThat(BothPaths.declined(zip, LIMITS)).isEqualTo("two parts named XL/Workbook.xml");
        }
    }
}
