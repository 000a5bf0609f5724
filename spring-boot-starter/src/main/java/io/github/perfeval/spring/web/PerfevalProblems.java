package io.github.perfeval.spring.web;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.grid.read.FileReadException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem details for bad input to the check endpoint, in the request's language:
 * <ul>
 * <li>unreadable JSON, a bad value or a missing required property: 400 with {@code pointer} (the JSON
 *     Pointer of the bad value, {@code /indicators/1/weight}) and Jackson's {@code error};</li>
 * <li>a form that breaks the model's constraints: 400 with its {@code diagnostics} (code, severity,
 *     where, message);</li>
 * <li>an unreadable workbook: 422, or 413 for one that is too large or inflates like a zip bomb, with
 *     the {@code problem} ({@code NOT_A_WORKBOOK}, {@code ZIP_BOMB}…) and the {@code file};</li>
 * <li>an upload without its {@code file} part: 400.</li>
 * </ul>
 * Titles and details are messages ({@code perfeval.problem.*}) looked up in the application's
 * {@code MessageSource} first, then in perfeval's bundle (Chinese for {@code zh}, English otherwise); so
 * are the diagnostics' messages, by their keys. It handles the check endpoint's errors only; the
 * application's own handlers are untouched.
 */
@RestControllerAdvice(assignableTypes = CheckController.class)
public class PerfevalProblems {

    private static final String TYPE = "https://perfeval.github.io/problems/";

    private final MessageSource application;
    private final MessageSourceTexts texts;
    private final ResourceBundleMessageSource own = new ResourceBundleMessageSource();

    /**
     * The handler.
     *
     * @param messageSource the application's messages (Spring's context always has one)
     */
    public PerfevalProblems(MessageSource messageSource) {
        this.application = messageSource;
        this.texts = new MessageSourceTexts(messageSource);
        own.setBasename("io/github/perfeval/spring/messages");
        own.setDefaultEncoding("UTF-8");
        own.setFallbackToSystemLocale(false);
    }

    /**
     * JSON that cannot be read into a form.
     *
     * @param e Spring's exception, with Jackson's as its cause
     * @param locale the request's locale
     * @return the problem
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadableJson(HttpMessageNotReadableException e, Locale locale) {
        String pointer = JsonErrors.pointer(e).orElse("");
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "json", locale, pointer.isEmpty() ? "/" : pointer);
        p.setProperty("pointer", pointer);
        p.setProperty("error", JsonErrors.message(e));
        return p;
    }

    /**
     * A form that breaks the model's constraints.
     *
     * @param e the diagnostics
     * @param locale the request's locale
     * @return the problem
     */
    @ExceptionHandler(InvalidFormException.class)
    public ProblemDetail invalidForm(InvalidFormException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "constraints", locale, e.getDiagnostics().size());
        p.setProperty("diagnostics", e.getDiagnostics().stream().map(d -> json(d, locale)).collect(Collectors.toList()));
        return p;
    }

    /**
     * A workbook that cannot be read.
     *
     * @param e the reader's exception
     * @param locale the request's locale
     * @return the problem
     */
    @ExceptionHandler(FileReadException.class)
    public ProblemDetail unreadableWorkbook(FileReadException e, Locale locale) {
        boolean tooLarge = e.getProblem() == FileReadException.Problem.TOO_LARGE || e.getProblem() == FileReadException.Problem.ZIP_BOMB;
        String what = isChinese(locale) ? e.getProblem().messageZh() : e.getProblem().messageEn();
        ProblemDetail p = problem(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY, "workbook", locale,
                e.getFile(), what);
        p.setProperty("problem", e.getProblem().name());
        p.setProperty("file", e.getFile());
        return p;
    }

    /**
     * An upload without its {@code file} part, or a broken multipart request.
     *
     * @param e Spring's exception
     * @param locale the request's locale
     * @return the problem
     */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    public ProblemDetail noFile(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "upload", locale);
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create(TYPE + kind));
        p.setTitle(message("perfeval.problem." + kind + ".title", locale));
        p.setDetail(message("perfeval.problem." + kind + ".detail", locale, args));
        return p;
    }

    private String message(String code, Locale locale, Object... args) {
        String m = application.getMessage(code, args, null, locale);
        return m != null ? m : own.getMessage(code, args, locale);
    }

    private Map<String, Object> json(Diagnostic d, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.getCode());
        m.put("severity", d.getSeverity().name());
        m.put("where", d.getWhere());
        m.put("message", d.message(locale, texts));
        return m;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The kinds of problem, for tests and documentation. */
    static List<String> kinds() {
        return List.of("json", "constraints", "workbook", "upload");
    }
}
