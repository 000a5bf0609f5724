package io.github.perfeval.boottests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.Report;
import io.github.perfeval.scoring.report.ReportJsonWriter;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.testkit.SampleForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an integrator gets from perfeval's starter with no code of their own, on Spring Boot 3.5 and on
 * Spring Boot 4 (the same test runs in both applications): the beans, a JSON form and a workbook
 * upload answered with the library's report, a problem detail for each kind of bad input, and
 * messages in Chinese or English by {@code Accept-Language}.
 */
@SpringBootTest
class PerfevalInSpringBootTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void runsOnTheBootVersionOfThisApplication() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.boot.version", SpringBootVersion.getVersion()));
    }

    @Test
    void theApplicationsOwnJacksonCarriesPerfevalsModule() throws Exception {
        var adapter = context.getBean(org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.class);
        String json = adapter.getMessageConverters().stream().map(c -> c.getClass().getSimpleName())
                .filter(n -> n.contains("Jackson")).findFirst().orElseThrow();
        if (SpringBootVersion.getVersion().startsWith("4.")) {
            assertThat(json).isEqualTo("JacksonJsonHttpMessageConverter");   // Jackson 3
            Class<?> type = Class.forName("tools.jackson.databind.json.JsonMapper");
            java.util.Collection<?> modules = (java.util.Collection<?>) type.getMethod("registeredModules").invoke(context.getBean(type));
            assertThat(modules).anyMatch(m -> m instanceof io.github.perfeval.core.json.PerfevalJackson3Module);
        } else {
            assertThat(json).isEqualTo("MappingJackson2HttpMessageConverter");   // Jackson 2
            assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
                    .contains(io.github.perfeval.core.json.PerfevalJackson2Module.class.getName());
        }
    }

    @Test
    void theReaderScorerWriterAndValidatorAreBeans() {
        assertThat(context.getBean(ExcelFormReader.class)).isNotNull();
        assertThat(context.getBean(Scorer.class)).isNotNull();
        assertThat(context.getBean(ExcelFormWriter.class)).isNotNull();
        assertThat(context.getBean(FormValidator.class)).isNotNull();
    }

    @Test
    void aJsonFormGetsTheLibrarysReport() throws Exception {
        Form form = SampleForms.yueyang2024();
        JsonNode report = ok(json(PerfevalJson.write(form), "zh-CN"));
        FormReport expected = FormReport.of(Scorer.create().evaluate(form), FormValidator.create().validate(form), Locale.CHINESE);
        JsonNode library = JSON.readTree(ReportJsonWriter.toJson(Report.of(List.of(FileReport.of("x", List.of(expected))))))
                .path("files").path(0).path("forms").path(0);
        assertThat(report).isEqualTo(library);
        assertThat(report.path("totals").path("score").asText()).isEqualTo("93.99");
        assertThat(report.path("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(messageOf(report, "WEIGHT_TOTAL_MISMATCH")).contains("不等于100");

        JsonNode english = ok(json(PerfevalJson.write(form), "en"));
        assertThat(messageOf(english, "WEIGHT_TOTAL_MISMATCH")).contains("100").doesNotContain("不等于");
    }

    @Test
    void anUploadedWorkbookGetsItsReport() throws Exception {
        JsonNode report = ok(upload(SampleForms.YUEYANG_2024, workbook(SampleForms.YUEYANG_2024), "en"));
        assertThat(report.path("file").asText()).isEqualTo(SampleForms.YUEYANG_2024);
        JsonNode form = report.path("forms").path(0);
        assertThat(form.path("unit").asText()).isEqualTo("岳阳市应急管理局");
        assertThat(form.path("totals").path("declaredTotal").asText()).isEqualTo("97.99");
        assertThat(form.path("indicators").size()).isEqualTo(24);
        assertThat(messageOf(form, "DECLARED_TOTAL_MISMATCH")).isNotEmpty().doesNotContain("总分");
    }

    @Test
    void aFormWithoutKindIsA400NamingTheField() throws Exception {
        for (String lang : List.of("zh", "en")) {
            JsonNode p = problem(json("{\"year\":2024,\"indicators\":[]}", lang), 400);
            assertThat(p.path("pointer").asText()).isEqualTo("/kind");
            assertThat(p.path("error").asText()).contains("kind");
            assertThat(p.path("title").asText()).isEqualTo(lang.equals("zh") ? "JSON 无法读取" : "Unreadable JSON");
            assertThat(p.path("detail").asText()).contains("/kind");
        }
    }

    @Test
    void badJsonIsA400WithAPointerToTheBadValue() throws Exception {
        assertThat(problem(json("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":true}]}"), 400)
                .path("pointer").asText()).isEqualTo("/indicators/0/weight");
        assertThat(problem(json("{\"kind\":\"NOPE\"}"), 400).path("pointer").asText()).isEqualTo("/kind");
        assertThat(problem(json("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":"), 400).path("type").asText()).endsWith("/json");
    }

    @Test
    void hostileJsonIsRefusedByTheApplicationsOwnMapper() throws Exception {
        String deep = "{\"kind\":\"PROJECT\",\"vendor\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThat(problem(json(deep), 400).path("error").asText()).contains("nesting depth");
        String huge = "{\"kind\":\"PROJECT\",\"title\":\"" + "x".repeat(PerfevalJson.MAX_STRING_LENGTH + 1) + "\"}";
        JsonNode p = problem(json(huge), 400);
        assertThat(p.path("error").asText()).contains("String value length");
        assertThat(p.path("pointer").asText()).isEqualTo("/title");
        assertThat(problem(json("{\"kind\":\"PROJECT\",\"kind\":\"DEPARTMENT\"}"), 400).path("error").asText()).contains("Duplicate field 'kind'");
    }

    @Test
    void aFormBreakingTheModelsConstraintsIsA400WithItsDiagnostics() throws Exception {
        String negative = "{\"kind\":\"PROJECT\",\"year\":3000,\"indicators\":[{\"name\":\"a\",\"weight\":-5}]}";
        JsonNode zh = problem(json(negative, "zh-TW"), 400);
        assertThat(zh.path("title").asText()).isEqualTo("自评表数据校验不通过");
        assertThat(zh.path("diagnostics").size()).isEqualTo(2);
        assertThat(zh.path("diagnostics").findValuesAsText("code")).containsOnly("CONSTRAINT_VIOLATION");
        JsonNode en = problem(json(negative, "en-US"), 400);
        assertThat(en.path("title").asText()).isEqualTo("Invalid form");
        assertThat(en.path("diagnostics").findValuesAsText("message")).noneMatch(m -> m.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
    }

    @Test
    void anUnreadableWorkbookIsA422NamingTheProblem() throws Exception {
        byte[] notAWorkbook = "项目名称,分值\n".getBytes(StandardCharsets.UTF_8);
        JsonNode zh = problem(upload("表.xlsx", notAWorkbook, "zh"), 422);
        assertThat(zh.path("problem").asText()).isEqualTo("NOT_A_WORKBOOK");
        assertThat(zh.path("title").asText()).isEqualTo("工作簿无法读取");
        JsonNode en = problem(upload("表.xlsx", notAWorkbook, "en"), 422);
        assertThat(en.path("detail").asText()).contains("not an Excel workbook");
    }

    @Test
    void anUploadWithoutItsFileIsA400() throws Exception {
        RequestBuilder noFile = multipart("/perfeval/check").file(new MockMultipartFile("other", "a.xlsx", null, new byte[] {1}));
        JsonNode p = problem(noFile, 400);
        assertThat(p.path("type").asText()).endsWith("/upload");
        // the application's messages.properties rewords this title through Spring's MessageSource
        assertThat(p.path("title").asText()).isEqualTo("Please attach the workbook");
    }

    @Test
    void aDiagnosticKeyInTheApplicationsMessagesAnswersInItsLanguage() throws Exception {
        // src/test/resources/messages_fr.properties defines WEIGHT_TOTAL_MISMATCH and CONSTRAINT_VIOLATION in French
        JsonNode french = ok(json(PerfevalJson.write(SampleForms.yueyang2024()), "fr-FR"));
        assertThat(messageOf(french, "WEIGHT_TOTAL_MISMATCH")).startsWith("les pondérations font 96").contains(", et non 100");
        JsonNode chinese = ok(json(PerfevalJson.write(SampleForms.yueyang2024()), "zh"));
        assertThat(messageOf(chinese, "WEIGHT_TOTAL_MISMATCH")).startsWith("指标分值与预算执行分值合计96");
        String negative = "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":-5}]}";
        assertThat(problem(json(negative, "fr"), 400).path("diagnostics").path(0).path("message").asText())
                .isEqualTo("indicators[0].weight : must not be negative");
    }

    @Test
    void otherLanguagesGetEnglish() throws Exception {
        assertThat(problem(json("{}", "fr-FR"), 400).path("title").asText()).isEqualTo("Unreadable JSON");
    }

    private static RequestBuilder json(String body) {
        return json(body, null);
    }

    private static RequestBuilder json(String body, String language) {
        var request = post("/perfeval/check").contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static RequestBuilder upload(String name, byte[] content, String language) {
        var request = multipart("/perfeval/check").file(new MockMultipartFile("file", name, "application/octet-stream", content));
        return request.header("Accept-Language", language);
    }

    private static byte[] workbook(String name) throws Exception {
        try (InputStream in = SampleForms.workbook(name)) {
            return in.readAllBytes();
        }
    }

    private JsonNode ok(RequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        return JSON.readTree(body);
    }

    private static String messageOf(JsonNode form, String code) {
        for (JsonNode d : form.path("diagnostics")) {
            if (d.path("code").asText().equals(code)) {
                return d.path("message").asText();
            }
        }
        return "";
    }
}
