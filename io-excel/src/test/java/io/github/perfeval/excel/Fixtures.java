package io.github.perfeval.excel;

import java.nio.file.Files;
import java.nio.file.Path;

/** The published fixture workbooks, shipped in the testkit module's resources. */
public final class Fixtures {

    private static final Path DIR = Path.of("..", "testkit", "src", "main", "resources", "io", "github", "perfeval", "testkit", "forms");

    private Fixtures() {
    }

    public static Path yueyang() {
        return path("yueyang-2024-department.xlsx");
    }

    public static Path liuhe() {
        return path("liuhe-2024.xlsx");
    }

    /** The published 衡阳 2023 basic-data table, shipped beside the forms in testkit's basicdata folder. */
    public static Path hengyangBasicData() {
        Path p = DIR.resolveSibling("basicdata").resolve("hengyang-2023-basic-data.xlsx");
        if (!Files.exists(p)) {
            throw new IllegalStateException("fixture not found: " + p.toAbsolutePath());
        }
        return p;
    }

    public static Path path(String name) {
        Path p = DIR.resolve(name);
        if (!Files.exists(p)) {
            throw new IllegalStateException("fixture not found: " + p.toAbsolutePath());
        }
        return p;
    }
}
