package io.github.perfeval.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.Scorer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: score a JSON payload as a service would (a Spring controller would call {@link #handle}
 * with the request body). The validator and scorer are built once and shared: both are thread-safe.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=io.github.perfeval.examples.ScoreJsonPayload
 * </pre>
 */
public final class ScoreJsonPayload {

    private static final FormValidator VALIDATOR = FormValidator.create();
    private static final Scorer SCORER = Scorer.create();

    private ScoreJsonPayload() {
    }

    /**
     * Handles one request: the form as JSON in, the scores and findings as JSON out.
     *
     * @param requestBody a form in perfeval's JSON (the national kpi_* names are accepted too)
     * @return the response body
     * @throws IOException when the body is not a form; the message names the JSON path of the bad value
     */
    public static String handle(String requestBody) throws IOException {
        Form form = PerfevalJson.readForm(requestBody);
        Evaluation e = SCORER.evaluate(form);
        List<Diagnostic> findings = new ArrayList<>(VALIDATOR.validate(form));
        findings.addAll(e.getDiagnostics());

        ObjectNode response = PerfevalJson.mapper().createObjectNode();
        response.put("score", e.getScore().toPlainString());
        response.put("grade", e.getGrade().label());
        ArrayNode indicators = response.putArray("indicators");
        for (IndicatorResult r : e.getIndicators()) {
            indicators.addObject().put("name", r.getIndicator().getName()).put("score", r.getScore().toPlainString())
                    .put("status", r.getStatus().name()).put("explanation", r.getExplanationZh());
        }
        response.set("findings", PerfevalJson.mapper().valueToTree(findings));
        return PerfevalJson.write(response);
    }

    /** Scores a small payload written the way an integration partner sends it. */
    public static void main(String[] args) throws IOException {
        String body = "{\"kind\":\"PROJECT\",\"projectName\":\"安全生产宣传教育\",\"year\":2024,"
                + "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"adjusted\":\"20\",\"executed\":\"19.6\"}],\"weight\":10},"
                + "\"indicators\":["
                + "{\"kpi_lv1\":\"产出指标\",\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"宣传活动场次\","
                + "\"target\":{\"computesign\":\"≥\",\"kpi_val\":\"6\",\"meterunit\":\"场\"},\"actual\":\"5场\",\"weight\":50},"
                + "{\"kpi_lv1\":\"效益指标\",\"kpi_lv2\":\"社会效益指标\",\"kpi_lv3\":\"安全意识\",\"target\":\"提升\",\"actual\":\"显著提升\",\"weight\":30},"
                + "{\"kpi_lv1\":\"满意度指标\",\"kpi_lv2\":\"服务对象满意度指标\",\"kpi_lv3\":\"群众满意度\",\"target\":\"≥90%\",\"actual\":\"93%\",\"weight\":10}]}";
        System.out.println(handle(body));
    }
}
