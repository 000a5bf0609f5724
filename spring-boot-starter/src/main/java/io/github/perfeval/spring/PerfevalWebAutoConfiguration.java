package io.github.perfeval.spring;

import io.github.perfeval.spring.web.CheckController;
import io.github.perfeval.spring.web.PerfevalProblems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/**
 * The check endpoint in a Spring MVC application: {@code POST /perfeval/check} takes a form as JSON or
 * a workbook upload and answers with the report, or with an RFC 9457 problem detail for bad input.
 *
 * <pre>{@code
 * curl -H 'Content-Type: application/json' -H 'Accept-Language: en' -d @form.json localhost:8080/perfeval/check
 * curl -F file=@自评表.xlsx localhost:8080/perfeval/check
 * }</pre>
 *
 * <p>Properties: {@code perfeval.web.enabled} (default {@code true}) and {@code perfeval.web.path}
 * (default {@code /perfeval}). Messages come from the application's {@code MessageSource} when it has
 * the key (to reword them or add a language), else from perfeval's own bundle (Chinese and English),
 * in the request's locale ({@code Accept-Language}).
 */
@AutoConfiguration(after = PerfevalAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(prefix = "perfeval.web", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({CheckController.class, PerfevalProblems.class})
public class PerfevalWebAutoConfiguration {

    /** Spring creates this configuration. */
    public PerfevalWebAutoConfiguration() {
    }
}
