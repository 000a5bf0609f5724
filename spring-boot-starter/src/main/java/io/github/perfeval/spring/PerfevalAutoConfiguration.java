package io.github.perfeval.spring;

import io.github.perfeval.core.json.PerfevalJackson2Module;
import io.github.perfeval.core.json.PerfevalJackson3Module;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.scoring.Scorer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * perfeval in a Spring Boot 3 or 4 application, with no code of yours: the reader, scorer, writer and
 * validator as beans (each replaced by a bean of your own of the same type), and perfeval's Jackson
 * module in the application's mapper (Jackson 2 under Boot 3, Jackson 3 under Boot 4), so that a
 * {@code Form} reads and writes with perfeval's JSON, limits and settings.
 *
 * <pre>{@code
 * @Service
 * class SelfEvaluations {
 *     SelfEvaluations(ExcelFormReader reader, Scorer scorer) { … }   // injected
 * }
 * }</pre>
 *
 * <p>The defaults are the library's: {@code ExcelFormReader.create()}, {@code Scorer.create()}
 * (财预〔2020〕10号), {@code ExcelFormWriter.create()}, {@code FormValidator.create()}. All are immutable and
 * thread-safe. The HTTP endpoint is {@link PerfevalWebAutoConfiguration}'s.
 */
@AutoConfiguration
public class PerfevalAutoConfiguration {

    /** Spring creates this configuration. */
    public PerfevalAutoConfiguration() {
    }

    /**
     * The workbook reader.
     *
     * @return {@code ExcelFormReader.create()}
     */
    @Bean
    @ConditionalOnMissingBean
    public ExcelFormReader perfevalExcelFormReader() {
        return ExcelFormReader.create();
    }

    /**
     * The scorer.
     *
     * @return {@code Scorer.create()}
     */
    @Bean
    @ConditionalOnMissingBean
    public Scorer perfevalScorer() {
        return Scorer.create();
    }

    /**
     * The workbook writer.
     *
     * @return {@code ExcelFormWriter.create()}
     */
    @Bean
    @ConditionalOnMissingBean
    public ExcelFormWriter perfevalExcelFormWriter() {
        return ExcelFormWriter.create();
    }

    /**
     * The structural validator (Bean Validation constraints as diagnostics).
     *
     * @return {@code FormValidator.create()}
     */
    @Bean
    @ConditionalOnMissingBean
    public FormValidator perfevalFormValidator() {
        return FormValidator.create();
    }

    /** Jackson 2 (Spring Boot 3): Boot adds every {@code Module} bean to its mapper. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2 {
        @Bean
        @ConditionalOnMissingBean
        PerfevalJackson2Module perfevalJackson2Module() {
            return new PerfevalJackson2Module();
        }
    }

    /** Jackson 3 (Spring Boot 4): Boot adds every {@code JacksonModule} bean to its mapper. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {
        @Bean
        @ConditionalOnMissingBean
        PerfevalJackson3Module perfevalJackson3Module() {
            return new PerfevalJackson3Module();
        }
    }
}
