package io.github.perfeval.benchmarks;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.CellExtraTypeEnum;
import com.alibaba.excel.event.AnalysisEventListener;
import com.alibaba.excel.metadata.CellExtra;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.testkit.SampleForms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reading the yueyang workbook into a model, beside two baselines that only read it: POI opening the same
 * bytes and touching every cell, and EasyExcel (the reader most Chinese Java teams use, SAX over the sheet
 * XML) handing every row of every sheet to a listener as strings, merged regions included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkbookReadBenchmark {

    byte[] bytes;
    ExcelFormReader reader;

    @Setup
    public void setUp() throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        try (InputStream in = SampleForms.workbook(SampleForms.YUEYANG_2024)) {
            bytes = in.readAllBytes();
        }
        reader = ExcelFormReader.create();
    }

    @Benchmark
    public Object perfeval() {
        return reader.read(new ByteArrayInputStream(bytes), "yueyang.xlsx");
    }

    @Benchmark
    public void baselineEasyExcel(Blackhole bh) {
        EasyExcel.read(new ByteArrayInputStream(bytes), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                bh.consume(row);
            }

            @Override
            public void extra(CellExtra extra, AnalysisContext context) {
                bh.consume(extra);
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                bh.consume(context);
            }
        }).headRowNumber(0).extraRead(CellExtraTypeEnum.MERGE).doReadAll();
    }

    @Benchmark
    public void baselinePoi(Blackhole bh) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet s : wb) {
                bh.consume(s.getMergedRegions());
                for (Row r : s) {
                    for (Cell c : r) {
                        switch (c.getCellType()) {
                            case NUMERIC:
                                bh.consume(c.getNumericCellValue());
                                break;
                            case STRING:
                                bh.consume(c.getStringCellValue());
                                break;
                            default:
                                bh.consume(c.getCellType());
                        }
                    }
                }
            }
        }
    }
}
