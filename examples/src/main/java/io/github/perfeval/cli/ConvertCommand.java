package io.github.perfeval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code perfeval convert IN OUT}: xlsx ↔ json, lossless. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"xlsx ↔ json 无损转换 / Convert xlsx to json or json to xlsx, losslessly.",
            "The JSON keeps every raw text, cell place and the diagnostics of reading the workbook."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "xlsx, xls or json")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "json or xlsx (by extension)")
    Path out;

    @Override
    public Integer call() {
        try {
            FormFiles.write(new FormFiles().load(in), in.toString(), out);
            return 0;
        } catch (FormFiles.UnreadableFileException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println(out + ": 无法写入 / cannot be written: " + FormFiles.oneLine(e.getMessage()));
            return 2;
        }
    }
}
