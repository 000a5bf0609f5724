/**
 * The self-evaluation report (自评报告) every project files beside its self-evaluation form
 * ("每个项目支出分别填报自评报告和自评表"): {@link io.github.perfeval.core.report.SelfEvaluationReport}, its
 * labelled {@link io.github.perfeval.core.report.ReportSection}s (each a {@link io.github.perfeval.core.report.ReportItem}
 * of the published template, or kept as written), its diagnostic codes ({@link io.github.perfeval.core.report.ReportCode}),
 * and the pairing of each report with its form ({@link io.github.perfeval.core.report.ProjectFiling},
 * {@link io.github.perfeval.core.report.ReportPairing}). Every text keeps its place.
 */
package io.github.perfeval.core.report;
