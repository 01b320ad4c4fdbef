import { listWords } from '../core/errors/listWords';
import { countFindings } from '../core/findings/countFindings';
import type { Report, ReportSection } from '../render/index';
import { assertAnalysis, reportPart } from './assertAnalysis';
import { driverSection } from './report/driverSection';
import { governanceSection } from './report/governanceSection';
import { journeySection } from './report/journeySection';
import { maturitySection } from './report/maturitySection';
import { portfolioSection } from './report/portfolioSection';
import { counted, seasonWords } from './report/reportText';
import { surveySection } from './report/surveySection';
import type { WorkspaceAnalysis } from './WorkspaceAnalysis';

/**
 * Turns a {@link WorkspaceAnalysis} into the report `cxkit report` writes: an overview,
 * the findings with their file and line, then one section per survey series, journey, driver set,
 * maturity survey, the decision log and each portfolio, with their charts and tables,
 * and last what could not be computed and why. Pass the result to `htmlReport` or
 * `markdownReport` from `cxkit/render`.
 *
 * A chart the data does not allow (no finished case, more segments than a chart can
 * tell apart) is replaced by a sentence in its section saying why.
 *
 * @param analysis - What {@link analyzeWorkspace} returned.
 * @returns A `Report` (see `cxkit/render`).
 * @throws `CxError` `INVALID_INPUT` when `analysis` is not an analysis, naming the field or the entry a
 *   section could not be written from.
 *
 * @example
 * import { htmlReport } from 'cxkit/render';
 * import { analyzeWorkspace, workspaceReport } from 'cxkit/workspace';
 *
 * const workspace = { manifest: null, documents: [], data: [], problems: [] };
 * const report = workspaceReport(analyzeWorkspace(workspace, { asOf: '2026-11-01' }));
 * report.sections.map((section) => section.id) // => ['overview', 'findings']
 * htmlReport(report).startsWith('<!doctype html>') // => true
 * workspaceReport(null as never) // throws CxError INVALID_INPUT
 *
 * @category Analysis
 */
export function workspaceReport(analysis: WorkspaceAnalysis): Report {
  assertAnalysis(analysis);
  const counts = reportPart(['findings'], () => countFindings(analysis.findings));
  const overview: ReportSection = {
    id: 'overview',
    title: 'At a glance',
    summary: [
      `${analysis.organisation ?? analysis.title}, as of ${analysis.asOf} (${analysis.timeZone}).`,
      `Lint and audit: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes.`,
      ...analysis.journeys.flatMap((journey, index) =>
        reportPart(['journeys', index], () =>
          journey.comparison === null ? [] : [`${journey.journey.title}: ${journey.comparison.result.message}`],
        ),
      ),
      ...analysis.surveys.flatMap((survey, index) =>
        reportPart(['surveys', index], () =>
          survey.dips.length === 0
            ? []
            : [
                `${survey.definition.title} dips every year in ${listWords(survey.dips.map((dip) => seasonWords(dip.season)))}.`,
              ],
        ),
      ),
      ...(analysis.notComputed.length === 0
        ? []
        : [
            `${counted(analysis.notComputed.length, 'analysis', 'analyses')} could not be computed; see the last section.`,
          ]),
    ],
  };
  const findings: ReportSection = {
    id: 'findings',
    title: 'Findings',
    summary: [
      analysis.findings.length === 0
        ? 'Every document lints clean.'
        : 'Every lint and audit finding, most serious first, with its file and line; the rule catalogue explains each rule.',
    ],
    findings: analysis.findings,
  };
  const sections: ReportSection[] = [
    overview,
    findings,
    ...analysis.surveys.map((survey, index) => reportPart(['surveys', index], () => surveySection(survey))),
    ...analysis.journeys.map((journey, index) =>
      reportPart(['journeys', index], () => journeySection(journey, analysis.timeZone)),
    ),
    ...analysis.drivers.map((driver, index) => reportPart(['drivers', index], () => driverSection(driver))),
    ...analysis.maturity.map((survey, index) => reportPart(['maturity', index], () => maturitySection(survey))),
    ...(analysis.governance.length === 0
      ? []
      : [reportPart(['governance'], () => governanceSection(analysis.governance, analysis.timeZone))]),
    ...analysis.portfolios.map((portfolio, index) =>
      reportPart(['portfolios', index], () => portfolioSection(portfolio)),
    ),
  ];
  if (analysis.notComputed.length > 0) {
    sections.push({
      id: 'not-computed',
      title: 'Not computed',
      summary: ['What the data did not allow, and why.'],
      tables: [
        {
          caption: 'Analyses not computed',
          columns: ['source', 'file', 'analysis', 'code', 'why'],
          rows: analysis.notComputed.map((item) => [item.source, item.file, item.analysis, item.code, item.reason]),
        },
      ],
    });
  }
  return {
    title: analysis.title,
    subtitle: `CX report as of ${analysis.asOf}`,
    ...(analysis.organisation === null ? {} : { generatedFor: analysis.organisation }),
    sections,
  };
}
