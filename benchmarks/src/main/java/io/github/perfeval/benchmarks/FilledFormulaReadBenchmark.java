package io.github.perfeval.benchmarks;

import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.testkit.SampleForms;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * The yueyang workbook with a formula filled down a column beside its table (a shared formula, as Excel
 * stores a fill: one master, the other cells only their group and cached values), read into a model by
 * perfeval (its xlsx reader, which reads shared formulas since 22429fe and declined such workbooks before), and
 * read the way a declined workbook is read (POI opening it, then {@code ExcelFormReader.read(Workbook)}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilledFormulaReadBenchmark {

    byte[] bytes;
    ExcelFormReader reader;

    @Setup
    public void setUp() throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        try (InputStream in = SampleForms.workbook(SampleForms.YUEYANG_2024); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                CTCell cell = row.createCell(20).getCTCell();
                CTCellFormula f = cell.addNewF();
                f.setT(STCellFormulaType.SHARED);
                f.setSi(0);
                if (r == 0) {
                    f.setStringValue("IF(G1>0,ROUND(H1/G1*100,2),0)");
                    f.setRef("U1:U" + (last + 1));
                }
                cell.setV(Integer.toString(r));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        reader = ExcelFormReader.create();
    }

    @Benchmark
    public Object perfeval() {
        return reader.read(new ByteArrayInputStream(bytes), "filled.xlsx");
    }

    @Benchmark
    public void declinedToPoi(Blackhole bh) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            bh.consume(reader.read(wb, "filled.xlsx"));
        }
    }
}
