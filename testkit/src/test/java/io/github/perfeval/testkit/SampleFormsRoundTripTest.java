package io.github.perfeval.testkit;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form the testkit hands its users comes back whole: the sample forms, each sample workbook's sheets read
 * as grids, and the forms {@link FormBuilder}'s own example builds, written to perfeval's workbook and read
 * back, and through {@link PerfevalJson} and back. A user's test that round trips a sample form can rely on it.
 */
class SampleFormsRoundTripTest {

    static Stream<Arguments> forms() {
        List<Arguments> all = new ArrayList<>();
        SampleForms.everyForm().forEach((name, form) -> all.add(Arguments.of(name, form)));
        all.add(Arguments.of("FormBuilder.project (its javadoc's example)", FormBuilder.project("视频会议系统运维", 2024)
                .unit("柳河县应急管理局")
                .budget("57.04", "56.96", 10, "9.99")
                .level1("产出指标").level2("数量指标")
                .indicator("会商会次数", "≥9次", "11次", 45, "45")
                .level1("满意度指标").level2("服务对象满意度指标")
                .indicator("群众满意度", "≥90%", "95%", 45, "45")
                .declaredTotal("99.99")
                .build()));
        all.add(Arguments.of("FormBuilder.department, every kind of indicator", FormBuilder.department("岳阳市应急管理局", 2024)
                .budget("4759.76", "4753.18", 10, null)
                .level1("产出指标").level2("质量指标")
                .indicator("隐患整改率", "100%", "98%", 20, "18", "两处隐患跨年整改")
                .indicator("培训覆盖率", "≥95%", "96%")
                .level1("效益指标").level2("社会效益指标")
                .indicator("群众安全感", "明显提升", "有所提升", 30, "25")
                .build()));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aSampleFormComesBackFromPerfevalsWorkbookEqual(String name, Form given) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create().write(List.of(given), out);
        List<Form> back = ExcelFormReader.create().read(new ByteArrayInputStream(out.toByteArray()), "sample.xlsx").forms();
        assertThat(back).as(name).containsExactly(given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aSampleFormComesBackFromJsonEqual(String name, Form given) throws IOException {
        assertThat(PerfevalJson.readForm(PerfevalJson.write(given))).as(name).isEqualTo(given);
    }
}
