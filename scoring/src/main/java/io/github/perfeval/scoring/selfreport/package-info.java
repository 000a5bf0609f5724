/**
 * Checks of projects' self-evaluation reports (自评报告) against their forms and against each other
 * ({@link io.github.perfeval.scoring.selfreport.ReportChecker}), and the 自评报告 draft built from a form's
 * evaluation ({@link io.github.perfeval.scoring.selfreport.ReportDraft}). The codes are
 * {@link io.github.perfeval.core.report.ReportCode}s.
 */
package io.github.perfeval.scoring.selfreport;
