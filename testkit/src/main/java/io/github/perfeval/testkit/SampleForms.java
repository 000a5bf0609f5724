package io.github.perfeval.testkit;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published fixture forms, read from the workbooks shipped in this module, for users' own tests.
 * They contain the published forms' real mistakes (see each method).
 *
 * <pre>{@code
 * Form yueyang = SampleForms.yueyang2024();
 * assertThat(Scorer.create().evaluate(yueyang)).hasDiagnostic(StandardCode.DECLARED_TOTAL_MISMATCH);
 * }</pre>
 */
public final class SampleForms {

    /** The classpath folder of the sample workbooks and their published text. */
    public static final String FOLDER = "/io/github/perfeval/testkit/forms/";
    /** 岳阳市应急管理局 2024 department form. */
    public static final String YUEYANG_2024 = "yueyang-2024-department.xlsx";
    /** 柳河县应急管理局 2024: a project form and a department form. */
    public static final String LIUHE_2024 = "liuhe-2024.xlsx";
    /** The classpath folder of the sample basic-data tables (部门整体支出绩效评价基础数据表) and their published text. */
    public static final String BASIC_DATA_FOLDER = "/io/github/perfeval/testkit/basicdata/";
    /** The 衡阳 2023 department's basic-data table, in {@link #BASIC_DATA_FOLDER}. */
    public static final String HENGYANG_2023_BASIC_DATA = "hengyang-2023-basic-data.xlsx";

    /** The classpath folder of the published self-evaluation reports (自评报告). */
    public static final String REPORTS_FOLDER = "/io/github/perfeval/testkit/reports/";
    /** 永州市应急管理局 2021, the 非税收入 project's report (Hunan's three-column template), in {@link #REPORTS_FOLDER}. */
    public static final String YONGZHOU_2021_REPORT = "yongzhou-2021-nontax-report.docx";

    private SampleForms() {
    }

    /**
     * 岳阳市应急管理局 2024 department form: 24 indicators; its weights total 96 (86 + budget 10), its
     * satisfaction level says 10 points but carries 6, its declared total 97.99 is not the sum of its
     * scores (92.99), and 应急救援装备水平 lost a point with no deviation reason.
     */
    public static Form yueyang2024() {
        return read(YUEYANG_2024).get(0);
    }

    /**
     * Every sample form, named: the three above, and every form the parser finds on each sheet of the shipped
     * workbooks read as grids ({@link SampleDocuments#sheets}), in that order. For a test that must hold for
     * every form the testkit has (a writer that keeps every value, a round trip).
     *
     * <pre>{@code
     * SampleForms.everyForm().forEach((name, form) ->
     *         assertThat(myWriterRoundTrip(form)).as(name).isEqualTo(form));
     * }</pre>
     *
     * @return a new map, in a fixed order, keyed like {@code "SampleForms.yueyang2024"} or
     *         {@code "SampleDocuments.sheets(liuhe-2024.xlsx)#2"}
     */
    public static Map<String, Form> everyForm() {
        Map<String, Form> all = new LinkedHashMap<>();
        all.put("SampleForms.yueyang2024", yueyang2024());
        all.put("SampleForms.liuhe2024Project", liuhe2024Project());
        all.put("SampleForms.liuhe2024Department", liuhe2024Department());
        for (String workbook : List.of(YUEYANG_2024, LIUHE_2024)) {
            List<Grid> sheets = SampleDocuments.sheets(workbook);
            for (int i = 0; i < sheets.size(); i++) {
                List<Form> forms = FormParser.create().parse(sheets.get(i)).forms();
                for (int f = 0; f < forms.size(); f++) {
                    String name = "SampleDocuments.sheets(" + workbook + ")#" + (i + 1);
                    all.put(forms.size() == 1 ? name : name + "." + (f + 1), forms.get(f));
                }
            }
        }
        return all;
    }

    /**
     * 柳河县应急管理局 2024 project form (应急管理类综合管理项目): no weights and no scores at all; a cost
     * indicator written {@code >=149040元}; targets such as {@code =30000元} stored as formulas.
     */
    public static Form liuhe2024Project() {
        return read(LIUHE_2024).get(0);
    }

    /** 柳河县应急管理局 2024 department form: 目标值/完成值 headers and LaTeX targets from OCR. */
    public static Form liuhe2024Department() {
        return read(LIUHE_2024).get(1);
    }

    /**
     * The 衡阳 2023 basic-data table: 90 authorised, 86 employed (95.56%); its sums agree; three 其中 rows of
     * 公用经费 spent more than budgeted; no building completed, its two rates left as {@code %}.
     */
    public static BasicData hengyang2023BasicData() {
        return BASIC_DATA.computeIfAbsent(HENGYANG_2023_BASIC_DATA, name -> {
            try (InputStream in = SampleForms.class.getResourceAsStream(BASIC_DATA_FOLDER + name)) {
                return ExcelFormReader.create().read(in, name).basicData().get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final java.util.Map<String, BasicData> BASIC_DATA = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every form of a sample workbook (read once; forms are immutable, so callers share them). */
    public static List<Form> read(String workbook) {
        return READ.computeIfAbsent(workbook, SampleForms::load);
    }

    private static final java.util.Map<String, List<Form>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Form> load(String workbook) {
        try (InputStream in = workbook(workbook)) {
            return ExcelFormReader.create().read(in, workbook).forms();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sample workbook's bytes (the caller closes the stream).
     *
     * @param name {@link #YUEYANG_2024} or {@link #LIUHE_2024}
     * @return the stream
     */
    public static InputStream workbook(String name) {
        InputStream in = SampleForms.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalArgumentException("No sample workbook " + name + "; there are " + YUEYANG_2024 + " and " + LIUHE_2024);
        }
        return in;
    }
}
