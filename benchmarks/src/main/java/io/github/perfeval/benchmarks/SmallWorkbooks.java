package io.github.perfeval.benchmarks;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.testkit.SampleForms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the folder of small workbooks that {@code benchmarks/end-to-end.sh} checks: the two published sample
 * forms in turn (24 and 14 indicators), each under its own unit name, one form per workbook, as perfeval's
 * writer lays out the official form.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.perfeval.benchmarks.SmallWorkbooks /tmp/forms 1000
 * }</pre>
 */
public final class SmallWorkbooks {

    private SmallWorkbooks() {
    }

    /** Arguments: the folder to write (made if missing), and how many workbooks. */
    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        List<Form> samples = List.of(SampleForms.yueyang2024(), SampleForms.liuhe2024Project());
        ExcelFormWriter writer = ExcelFormWriter.create();
        for (int i = 0; i < count; i++) {
            Form sample = samples.get(i % samples.size());
            Form form = sample.getDepartment().isPresent()
                    ? Form.builder().from(sample).department(sample.getDepartment().get() + "（第" + i + "号）").build()
                    : Form.builder().from(sample).projectName(sample.getProjectName().orElse("项目") + "（第" + i + "号）").build();
            writer.write(List.of(form), dir.resolve(String.format("form-%04d.xlsx", i)));
        }
    }
}
