/**
 * The check report as one self-contained HTML page people can look at: every form drawn as the form,
 * its findings marked on the cells they name, declared and computed scores side by side, a summary and a
 * chart; printable on A4 landscape; Chinese or English.
 *
 * <pre>{@code
 * Report report = Report.of(List.of(FileReport.of("自评表.xlsx", List.of(formReport))));
 * HtmlReportWriter.create().write(report, Path.of("report.html"));
 * }</pre>
 *
 * <p>Built from the public report type ({@link io.github.perfeval.scoring.report.Report}); see
 * {@link io.github.perfeval.report.html.HtmlReportWriter}.
 */
package io.github.perfeval.report.html;
