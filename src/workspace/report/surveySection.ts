import { listWords } from '../../core/errors/listWords';
import { type ReportSection, type ReportTable, scoreSeriesChart } from '../../render/index';
import type { SurveyAnalysis } from '../WorkspaceAnalysis';
import { drawn, pValueText, seasonWords } from './reportText';

/** @internal The report's section for one survey's score series and recurring dips. */
export function surveySection(survey: SurveyAnalysis): ReportSection {
  const notes: string[] = [];
  const { definition, series, dips } = survey;
  const title = `${definition.title}, month by month`;
  const summary = [
    `${series.series.length === 1 ? 'One series' : `${series.series.length} series`} of ${definition.title} (${definition.metric.toUpperCase()}) from ${survey.file}, ${series.timeZone} calendar months; bands are 95% intervals, hollow markers months below the minimum n; the axis spans the scores, not the whole ${definition.metric.toUpperCase()} scale.`,
  ];
  for (const line of series.series) {
    const scored = line.points.filter((point) => point.score !== null);
    const last = scored[scored.length - 1];
    if (last !== undefined && last.score !== null) {
      const interval =
        last.ci === null ? '' : ` (95% interval ${last.ci.lower.toFixed(1)} to ${last.ci.upper.toFixed(1)})`;
      summary.push(
        `${line.segment ?? 'All responses'}: ${last.score.toFixed(1)} in ${last.period}${interval}, n = ${last.n}.`,
      );
    }
  }
  summary.push(
    dips.length === 0
      ? 'No month dips in most years.'
      : `Recurring dips: ${dips.map((dip) => `${seasonWords(dip.season)} in ${listWords(dip.years.map(String))}`).join('; ')}.`,
  );
  const tables: ReportTable[] =
    dips.length === 0
      ? []
      : [
          {
            caption: 'Recurring dips: the month against the rest of its year',
            columns: ['month', 'year', 'n', 'score', 'rest of the year', 'difference', 'p-value', 'dip'],
            rows: dips.flatMap((dip) =>
              dip.evidence.map((evidence) => [
                seasonWords(dip.season),
                String(evidence.year),
                evidence.n,
                evidence.score.toFixed(1),
                evidence.restScore.toFixed(1),
                `${evidence.difference > 0 ? '+' : ''}${evidence.difference.toFixed(1)}`,
                pValueText(evidence.pValue),
                evidence.dip ? 'yes' : 'no',
              ]),
            ),
          },
        ];
  const charts = drawn(notes, title, () => scoreSeriesChart(series, { title, range: 'data' }), `${survey.data}-series`);
  return { id: `survey-${survey.data}`, title, summary: [...summary, ...notes], charts, tables };
}
