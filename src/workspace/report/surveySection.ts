import { listWords } from '../../core/errors/listWords';
import { type ReportSection, type ReportTable, scoreSeriesChart, scoreSeriesPanels } from '../../render/index';
import type { SurveyAnalysis } from '../WorkspaceAnalysis';
import { amount, drawn, fixed, periodWords, pValueText, seasonWords, signed } from './reportText';

/** @internal The anchor of a survey's section. */
export function surveySectionId(survey: SurveyAnalysis): string {
  return `survey-${survey.data}`;
}

/**
 * The report's section for one survey: the score of all responses month by month with
 * its interval and the months that dip every year marked, then each segment in its own
 * small chart beside the others (rather than every band drawn over the others), and
 * the evidence for each recurring dip.
 *
 * @internal
 */
export function surveySection(survey: SurveyAnalysis): ReportSection {
  const notes: string[] = [];
  const { definition, series, dips, trend } = survey;
  const metric = definition.metric.toUpperCase();
  // A custom metric is scored as the share of favorable answers, as CSAT is.
  const unit =
    definition.metric === 'nps'
      ? 'NPS points'
      : definition.metric === 'ces'
        ? 'mean score'
        : definition.metric === 'csat'
          ? '% satisfied'
          : '% favorable';
  const summary = [
    `${definition.title} (${metric}) from ${survey.file}, by ${series.timeZone} calendar month; scores in ${unit}, bands are 95% intervals.`,
  ];
  for (const line of series.series) {
    const last = line.points.filter((point) => point.score !== null).at(-1);
    if (last === undefined || last.score === null) continue;
    const interval = last.ci === null ? '' : ` (95% interval ${amount(last.ci.lower)} to ${amount(last.ci.upper)})`;
    summary.push(
      `${line.segment ?? 'All responses'}: ${amount(last.score)} in ${periodWords(last.period)}${interval}, n = ${last.n}.`,
    );
  }
  if (trend !== null) {
    summary.push(
      `The ${trend.periods} months to ${periodWords(trend.recent.to)} pooled: ${amount(trend.recent.score)} (n = ${trend.recent.n}), against ${amount(trend.previous.score)} (n = ${trend.previous.n}) the ${trend.periods} months before; the difference ${signed(trend.comparison.difference)} has a 95% interval of ${signed(trend.comparison.ci.lower)} to ${signed(trend.comparison.ci.upper)} (p ${pValueText(trend.comparison.pValue).startsWith('<') ? pValueText(trend.comparison.pValue) : `= ${pValueText(trend.comparison.pValue)}`}).`,
    );
  }
  summary.push(
    dips.length === 0
      ? 'No month dips in most years.'
      : `Recurring dips: ${dips.map((dip) => `${seasonWords(dip.season)} in ${listWords(dip.years.map(String))}`).join('; ')} (shaded on the chart).`,
  );
  // The months a recurring dip was seen in, as period labels: shaded on the chart.
  const dipPeriods = dips.flatMap((dip) =>
    dip.evidence
      .filter((evidence) => evidence.dip && /^\d{1,2}$/.test(dip.season))
      .map((evidence) => `${evidence.year}-${dip.season.padStart(2, '0')}`),
  );
  const dipLabel =
    dips.length === 0
      ? ''
      : `${listWords(dips.map((dip) => seasonWords(dip.season)))} dip${dips.length === 1 ? 's' : ''} every year`;
  const title = `${definition.title}, month by month`;
  const charts = drawn(
    notes,
    `${title}: all responses, ${metric} with its 95% interval${dipPeriods.length === 0 ? '' : '; the recurring dip shaded'}`,
    (size) =>
      scoreSeriesChart(series, {
        ...size,
        title,
        range: 'data',
        unit,
        segments: [null],
        ...(dipPeriods.length === 0 ? {} : { highlight: { periods: dipPeriods, label: dipLabel } }),
      }),
    `${survey.data}-series`,
  );
  if (series.series.some((entry) => entry.segment !== null)) {
    charts.push(
      ...drawn(
        notes,
        `${definition.title} by segment, each against all responses (gray)`,
        (size) => scoreSeriesPanels(series, { ...size, title: `${definition.title} by segment`, range: 'data', unit }),
        `${survey.data}-segments`,
      ),
    );
  }
  const tables: ReportTable[] =
    dips.length === 0
      ? []
      : [
          {
            caption: `Recurring dips: the month against the rest of its year (${unit})`,
            columns: ['month', 'year', 'n', 'score', 'rest of the year', 'difference', 'p-value', 'dip'],
            rows: dips.flatMap((dip) =>
              dip.evidence.map((evidence) => [
                seasonWords(dip.season),
                String(evidence.year),
                evidence.n,
                fixed(evidence.score),
                fixed(evidence.restScore),
                signed(evidence.difference),
                pValueText(evidence.pValue),
                evidence.dip ? 'yes' : 'no',
              ]),
            ),
          },
        ];
  return { id: surveySectionId(survey), title: definition.title, summary: [...summary, ...notes], charts, tables };
}
