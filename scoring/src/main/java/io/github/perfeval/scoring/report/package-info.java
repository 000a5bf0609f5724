/**
 * The report of checking forms: what {@code perfeval check --format json} prints, as immutable values
 * with one JSON shape for every caller (the command line, a Spring service, your own code).
 *
 * <p>A {@link io.github.perfeval.scoring.report.FormReport} is one form: its identity, the budget, each
 * indicator, the totals, the grade, and every diagnostic of reading and of scoring it, merged. A
 * {@link io.github.perfeval.scoring.report.FileReport} is one file's forms, or the one-line reason it
 * could not be read; a {@link io.github.perfeval.scoring.report.Report} is many files.
 *
 * <pre>{@code
 * FormReport form = FormReport.of(scorer.evaluate(read.getValue()), read.getDiagnostics(), Locale.ENGLISH);
 * form.hasErrors();                                       // reading and scoring diagnostics alike
 * try (ReportJsonWriter json = ReportJsonWriter.of(System.out)) {
 *     json.write(FileReport.of("自评表.xlsx", List.of(form)));   // one file at a time, flushed
 * }
 * }</pre>
 *
 * <p>Decimals are JSON strings in plain notation ({@code "97.99"}), absent values are {@code null},
 * and fields are in a fixed order. The shape comes from Jackson annotations shared by Jackson 2 and
 * Jackson 3 ({@code com.fasterxml.jackson.annotation}), so an application's own mapper writes the same
 * JSON as {@link io.github.perfeval.scoring.report.ReportJsonWriter}, whatever its inclusion or
 * ordering settings. New fields may be added; none is renamed or removed.
 */
package io.github.perfeval.scoring.report;
