package io.github.perfeval.excel;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import io.github.perfeval.core.fixtures.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated forms: form → xlsx → model → json → model → xlsx → model, all equal, with raw text,
 * declared and parsed values intact, and places kept through JSON. The generator draws from the whole space
 * of shapes a form may have (issue 12): blank and odd level labels, extra columns, header fields, captions,
 * notes and labelled sections, comments on any column of a row, formulas (safe and not), hidden rows and
 * sheets, budgets with and without a total line, no total line, department forms with a project name, a
 * footer as a line or as fields, a declared grade. Equality covers everything the model holds; the one
 * expected change is that a formula perfeval does not write ({@code HYPERLINK}, other sheets) comes back as
 * its value only. Seeded generators, one seed an invocation (the display name shows it;
 * {@code -Dperfeval.seed=N} replays it).
 */
class FormRoundTripProperties {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    private static final String[] LEVEL1 = {"产出指标", "产出指标 （50分）", "效益指标", "满意度\n指标\n（10分）", "成本指标", "特色指标", ""};
    private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "经济效益指标", "可持续\n影响指\n标", "服务对象满意度指标", "其他", ""};
    private static final String[] NAMES = {"培训场次", "灾情上报", "重大负面舆情发生", "群众满意度", "视频互联互通年租金", "=SUM(A1)",
        "-风险", "@每月巡查", "数量"};
    private static final String[] VALUES = {"≥4次", "≧9次", "≦2小时", "=12月", "90%", "0起", "提升", "显著提升", "稳定有序", "",
        "考核4次，巡查2次", "1-12月", ">=149040元", "$\\geq 3000$ 元", "0.5万元元/部", "5*4=20万元", "＞20次", "???", "-3次",
        "=30000元", "+5", "1,244", "　95　"};
    private static final String[] FIGURES = {"5", "2.5", "0", "10", "0.10", "３", "五", "12.50"};
    /** Extra columns, in the order a form has them. */
    private static final String[] EXTRAS = {"指标解释", "评分标准", "备注"};
    private static final String[] EXTRA_TEXTS = {"全年召开的次数", "每少1次扣1分", "未完成不得分", "=1+1", "", "见附件"};
    /** The attributes a comment may be on, in the row's column order. */
    private static final String[] COMMENTED = {"level1Label", "level2Label", "name", "target", "actual", "weight", "declaredScore",
        "deviationReason"};
    private static final String[] COMMENTS = {"评审意见：得分依据充分", "请补充佐证材料", "=HYPERLINK(\"x\")", "核实"};
    /** Formulas perfeval writes back, and formulas it never writes (they come back as their values). */
    private static final String[] SAFE_FORMULAS = {"=SUM(H12:H20)", "=2+3", "=ROUND(H9*0.5,2)", "=$G$9-1"};
    private static final String[] UNSAFE_FORMULAS = {"=HYPERLINK(\"http://example.com\",\"x\")", "=Sheet2!A1", "=WEBSERVICE(\"x\")"};
    /** Header field labels the vocabulary knows as something else: a column of either table, a note, a total, a grade. */
    private static final String[] NAMED_ELSEWHERE = {"备注", "说明", "自评得分", "全年预算数", "一级指标", "等级", "合计", "原因", "执行率"};

    static Stream<Long> seeds() {
        return Seeds.of(60);
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static Figure figureOrNull(Random r, double nullProbability) {
        return r.nextDouble() < nullProbability ? null : withFormula(r, Figure.parse(pick(r, FIGURES)));
    }

    /** A figure, sometimes read from a formula (now and then one perfeval does not write). */
    private static Figure withFormula(Random r, Figure f) {
        double p = r.nextDouble();
        if (p < 0.1) {
            return f.withFormula(pick(r, SAFE_FORMULAS));
        }
        return p < 0.13 ? f.withFormula(pick(r, UNSAFE_FORMULAS)) : f;
    }

    static Indicator indicator(Random r) {
        var b = Indicator.builder().level1Label(pick(r, LEVEL1)).level2Label(pick(r, LEVEL2)).name(pick(r, NAMES))
                .target(IndicatorValue.parse(pick(r, VALUES))).actual(IndicatorValue.parse(pick(r, VALUES)));
        Figure w = figureOrNull(r, 0.3);
        Figure s = figureOrNull(r, 0.3);
        if (w != null) {
            b.weight(w);
        }
        if (s != null) {
            b.declaredScore(s);
        }
        if (r.nextDouble() >= 0.6) {
            b.deviationReason(r.nextBoolean() ? "经费未下达" : "极端天气");
        }
        List<String> extras = new ArrayList<>();
        for (String header : EXTRAS) {
            if (r.nextDouble() < 0.25) {
                String text = pick(r, EXTRA_TEXTS);
                if (!text.isEmpty()) {
                    b.addExtras(LabelledText.of(header, text));
                    extras.add(header);
                }
            }
        }
        for (String attribute : COMMENTED) {
            if (r.nextDouble() < 0.06) {
                b.addComments(LabelledText.of(attribute, pick(r, COMMENTS)));
            }
        }
        for (String header : extras) {
            if (r.nextDouble() < 0.1) {
                b.addComments(LabelledText.of(header, pick(r, COMMENTS)));
            }
        }
        return b.hidden(r.nextDouble() < 0.1).build();
    }

    static Budget budget(Random r) {
        String adj = pick(r, new String[] {"57.04", "4759.76", "0", "1,000"});
        String exe = pick(r, new String[] {"56.96", "4753.18", "0"});
        String rate = pick(r, new String[] {"99.86%", "0.9986", "100%", "x"});
        Budget.Builder b = Budget.builder()
                .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")
                        .adjusted(Figure.parse(adj)).executed(Figure.parse(exe)).extras(lineExtras(r)).build());
        if (r.nextDouble() < 0.8) {
            b.addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                    .initial(Figure.parse("1908.59")).adjusted(Figure.parse(adj)).executed(Figure.parse(exe))
                    .declaredRate(withFormula(r, Figure.parsePercent(rate))).extras(lineExtras(r)).build());
        }
        if (r.nextDouble() < 0.3) {
            // a sub-row with no amounts, only its 权重 and 得分 marked not applicable (四川, 安徽's blocks)
            String mark = pick(r, new String[] {"/", "-", "—"});
            b.addLines(BudgetLine.builder().kind(BudgetLineKind.PRIOR_YEAR_CARRYOVER).label("上年结转资金")
                    .addExtras(LabelledText.of(pick(r, new String[] {"权重", "分值"}), mark), LabelledText.of("得分", mark)).build());
        }
        if (r.nextDouble() < 0.3) {
            // a line with no figures, only prose under the block's other columns (a reason, a remark)
            boolean other = r.nextBoolean();
            b.addLines(BudgetLine.builder().kind(other ? BudgetLineKind.OTHER_FUNDS : BudgetLineKind.UNIT_FUNDS)
                    .label(other ? "其他资金" : "单位资金")
                    .addExtras(LabelledText.of(pick(r, new String[] {"原因", "备注"}), pick(r, new String[] {"年中追加预算", "本年未安排", "见说明"})))
                    .build());
        }
        b.addLines(BudgetLine.builder().kind(BudgetLineKind.GENERAL_PUBLIC_BUDGET).label("其中：一般公共预算：4754.76")
                        .labelAmount(Figure.parse("4754.76")).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.PROJECT_EXPENDITURE).label("项目支出：2705.95")
                        .labelAmount(Figure.parse("2705.95")).build());
        if (r.nextDouble() < 0.9) {
            b.weight(Figure.of(10));
        }
        if (r.nextDouble() < 0.9) {
            b.declaredScore(withFormula(r, Figure.parse("9.99")));
        }
        return b.build();
    }

    /** A budget line's values in columns the model has no attribute for on it: a 原因 or 备注 note, 权重 / 得分 marked not applicable. */
    private static List<LabelledText> lineExtras(Random r) {
        List<LabelledText> extras = new ArrayList<>();
        if (r.nextDouble() < 0.2) {
            extras.add(LabelledText.of("权重", "/"));
            extras.add(LabelledText.of("得分", "/"));
        }
        if (r.nextDouble() < 0.2) {
            extras.add(LabelledText.of(pick(r, new String[] {"原因", "备注"}), pick(r, new String[] {"年中追加预算", "=1+1", "见说明"})));
        }
        return extras;
    }

    static Form form(Random r) {
        FormKind kind = pick(r, FormKind.values());
        int year = 2015 + r.nextInt(16);
        List<Indicator> inds = new ArrayList<>();
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            inds.add(indicator(r));
        }
        Form.Builder f = Form.builder().kind(kind).year(year).title(java.util.Optional.ofNullable(r.nextDouble() < 0.2 ? null : kind.label())).indicators(inds)
                .goals(Goals.builder().expected("1、目标一\n2、目标二").achieved("已完成").build())
                .sheetHidden(r.nextDouble() < 0.15);
        if (r.nextBoolean()) {
            f.footer(Footer.parse("填表人：（略）  填表日期：2025年6月12日"));
        } else if (r.nextBoolean()) {
            f.footer(Footer.builder().preparer("张三").date("2025年6月12日").phone("0730-8888888").build());
        }
        if (kind == FormKind.PROJECT) {
            f.projectName("应急管理类综合管理项目").implementingUnit("柳河县应急管理局").supervisingDepartment("柳河县人民政府");
        } else {
            f.department("岳阳市应急管理局");
            if (r.nextDouble() < 0.3) {
                f.projectName("应急管理综合业务");
            }
        }
        if (r.nextDouble() < 0.3) {
            f.addHeaderFields(LabelledText.of("联系人", "李四"));
        }
        if (r.nextDouble() < 0.3) {
            f.addHeaderFields(LabelledText.of("资金用途", "安全生产监管与应急救援"));
        }
        if (r.nextDouble() < 0.2) {
            f.addHeaderFields(LabelledText.of(pick(r, new String[] {"项目概况", "实施地点", "评价机构"}), pick(r, new String[] {"全县12个乡镇", "无", "=1+1"})));
        }
        if (r.nextDouble() < 0.2) {
            // a label that names something else elsewhere (a column, a note, a total), as 银川's head has 自评得分 | 98
            f.addHeaderFields(LabelledText.of(pick(r, NAMED_ELSEWHERE), pick(r, new String[] {"省级专项资金", "", "见附件说明"})));
        }
        if (r.nextDouble() < 0.2) {
            // a goal text the model has no attribute for, kept with its label (重庆's goals in three columns)
            f.addHeaderFields(LabelledText.of(pick(r, new String[] {"全年（调整）绩效目标", "中期绩效目标", "中期绩效目标（2021-2023年）"}),
                    pick(r, new String[] {"全年开展培训12场次", "", "=目标"})));
            if (r.nextDouble() < 0.4) {
                // and a field after it: the goal text is then no column of the goals block but a row of the head
                f.addHeaderFields(LabelledText.of(pick(r, new String[] {"财政审核评分", "联系电话", "备注"}), pick(r, new String[] {"", "0730-8888888"})));
            }
        }
        if (r.nextDouble() < 0.3) {
            f.addTextSections(TextSection.of(SectionKind.CAPTION, "", "附件2"));
        }
        if (r.nextDouble() >= 0.2) {
            f.budget(budget(r));
        }
        if (r.nextDouble() >= 0.3) {
            f.declaredTotal(withFormula(r, Figure.parse(pick(r, new String[] {"97.99", "100", "x"})))).declaredWeightTotal(Figure.of(100));
            if (r.nextDouble() < 0.3) {
                f.declaredGrade(LabelledText.of("", pick(r, new String[] {"优", "良", "中", "差"})));
            }
        }
        if (r.nextDouble() < 0.3) {
            f.addTextSections(TextSection.of(SectionKind.PROBLEMS, "存在问题", "部分资金拨付滞后"));
        }
        if (r.nextDouble() < 0.3) {
            f.addTextSections(TextSection.of(SectionKind.NOTE, "", "备注：本表金额单位为万元。"));
        }
        return f.build();
    }

    /**
     * What a form reads back as once written: formulas perfeval does not write come back as their values; an
     * untitled department form with a project name, which only a title can tell from a project form, comes back
     * with its kind's title (ExcelFormWriter says so).
     */
    static Form expected(Form f) {
        Form.Builder b = Form.builder().from(f).indicators(List.of());
        if (f.getTitle().isEmpty() && f.getKind() == FormKind.DEPARTMENT && f.getProjectName().isPresent()) {
            b.title(f.getYear().orElseThrow() + "年度" + f.getKind().label());
        }
        for (Indicator i : f.getIndicators()) {
            Indicator.Builder ib = Indicator.builder().from(i);
            i.getWeight().ifPresent(w -> ib.weight(written(w)));
            i.getDeclaredScore().ifPresent(s -> ib.declaredScore(written(s)));
            b.addIndicators(ib.build());
        }
        f.getDeclaredTotal().ifPresent(t -> b.declaredTotal(written(t)));
        f.getBudget().ifPresent(budget -> {
            Budget.Builder bb = Budget.builder().from(budget).lines(List.of());
            budget.getDeclaredScore().ifPresent(s -> bb.declaredScore(written(s)));
            for (BudgetLine l : budget.getLines()) {
                BudgetLine.Builder lb = BudgetLine.builder().from(l);
                l.getDeclaredRate().ifPresent(x -> lb.declaredRate(written(x)));
                bb.addLines(lb.build());
            }
            b.budget(bb.build());
        });
        return b.build();
    }

    private static Figure written(Figure f) {
        return f.getFormula().filter(x -> List.of(UNSAFE_FORMULAS).contains(x)).isPresent() ? f.withFormula(null) : f;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void xlsxJsonXlsxRoundTripsAreLossless(long seed) throws IOException {
        Form generated = form(new Random(seed));
        byte[] written = write(generated);
        WorkbookFuzzProperties.assertEveryCellAccountedFor(written, "seed " + seed);
        Form a = read(written);
        assertThat(a).as("seed %d", seed).isEqualTo(expected(generated));
        String json = PerfevalJson.write(a);
        Form b = PerfevalJson.readForm(json);
        assertThat(b).as("seed %d", seed).isEqualTo(a);
        assertThat(b.getIndicators().get(0).getTarget().getSource()).isEqualTo(a.getIndicators().get(0).getTarget().getSource());
        Form c = read(write(b));
        assertThat(c).as("seed %d", seed).isEqualTo(a);
    }

    /**
     * export: a form read from a workbook, scored and written with its findings, keeps every comment of its
     * own (read back, its indicators are equal), and each finding is on the cell the diagnostics sheet links it to, whatever
     * comments the row's cells had (seeds 2, 5, 7 and 11 threw "Multiple cell comments in one cell").
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportKeepsEveryCommentBesideTheFindings(long seed) throws IOException {
        Form a = read(write(form(new Random(seed))));
        Evaluation e = Scorer.create().evaluate(a);
        for (ScoreColumns scores : List.of(ScoreColumns.DECLARED, ScoreColumns.BOTH)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExcelFormWriter.create(WriteOptions.defaults().withScores(scores)).writeEvaluations(List.of(e), out);
            byte[] exported = out.toByteArray();
            Form back = read(exported);
            for (int i = 0; i < a.getIndicators().size(); i++) {
                assertThat(back.getIndicators().get(i).getComments()).as("seed %d %s row %d", seed, scores, i)
                        .isEqualTo(a.getIndicators().get(i).getComments());
            }
            if (scores == ScoreColumns.DECLARED) {
                assertThat(back.getIndicators()).as("seed %d", seed).isEqualTo(a.getIndicators());
            }
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
                Sheet diagnostics = wb.getSheet("诊断 Diagnostics");
                assertThat(diagnostics == null ? 0 : diagnostics.getLastRowNum()).isEqualTo(e.getDiagnostics().size());
                for (int r = 1; diagnostics != null && r <= diagnostics.getLastRowNum(); r++) {
                    String code = diagnostics.getRow(r).getCell(1).getStringCellValue();
                    String link = diagnostics.getRow(r).getCell(5).getHyperlink().getAddress();
                    Sheet sheet = wb.getSheet(link.substring(1, link.lastIndexOf("'!")).replace("''", "'"));
                    Comment at = sheet.getCellComment(new CellAddress(link.substring(link.lastIndexOf('!') + 1)));
                    assertThat(at).as("seed %d: %s at %s", seed, code, link).isNotNull();
                    assertThat(at.getString().getString()).contains("[" + code + "]");
                }
            }
        }
    }

    private static byte[] write(Form form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create().write(List.of(form), out);
        return out.toByteArray();
    }

    private static Form read(byte[] bytes) {
        ExcelReadResult read = READER.read(new ByteArrayInputStream(bytes), "generated.xlsx");
        List<Form> forms = read.forms();
        assertThat(forms).hasSize(1);
        // nothing the model holds was left behind: no cell unread, no comment, formula or hidden flag unkept
        for (Diagnostic d : LosslessRoundTripTest.all(read)) {
            assertThat(d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.NOT_KEPT)).as("%s: %s", d, forms.get(0)).isFalse();
        }
        return forms.get(0);
    }
}
