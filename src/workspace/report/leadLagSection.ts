import type { ReportPoint, ReportSection } from '../../render/index';
import type { LeadLagAnalysis } from '../WorkspaceAnalysis';
import { counted, pValueText } from './reportText';

function verdictText(analysis: LeadLagAnalysis): string {
  const { result, definition, measure } = analysis;
  const score = definition.title;
  const lag = Math.abs(result.lag ?? 0);
  const direction =
    (result.correlation ?? 0) > 0
      ? 'a higher score goes with a higher measure'
      : 'a higher score goes with a lower measure';
  switch (result.verdict) {
    case 'scores-lead':
      return `${score} leads ${measure} by ${counted(lag, 'month')} (r = ${result.correlation?.toFixed(2)}; ${direction}).`;
    case 'business-leads':
      return `${measure} leads ${score} by ${counted(lag, 'month')} (r = ${result.correlation?.toFixed(2)}; ${direction}).`;
    case 'together':
      return `${score} and ${measure} move in the same month (r = ${result.correlation?.toFixed(2)}; ${direction}).`;
    case 'none':
      return `No lag between ${score} and ${measure} holds once autocorrelation and the number of lags tried are allowed for.`;
  }
}

/**
 * @internal The report's section for one business measure set against the survey's
 * monthly score: whether ratings lead it, and the test at every lag.
 */
export function leadLagSection(analysis: LeadLagAnalysis): ReportSection {
  const { result, periods } = analysis;
  return {
    id: `lead-lag-${analysis.data}`,
    title: `Does ${analysis.definition.title} lead ${analysis.measure}?`,
    summary: [
      `${analysis.measure} (${analysis.file}) against the monthly ${analysis.definition.title} of ${analysis.survey}, over ${counted(periods.length, 'month')} (${periods[0]} to ${periods[periods.length - 1]}); a positive lag pairs a month's score with the measure that many months later.`,
      verdictText(analysis),
      `Each lag is tested on an effective number of pairs that allows for both series' autocorrelation (Pyper and Peterman 1998), and the p-values are adjusted for the ${result.lags.length} lags tried (Holm). A lead in time is an association, not proof of cause.`,
    ],
    tables: [
      {
        caption: 'Correlation by lag',
        columns: ['lag (months)', 'pairs', 'r', 'effective pairs', 'p-value', 'adjusted p-value'],
        rows: result.lags.map((entry) => [
          entry.lag,
          entry.pairs,
          entry.correlation === null ? '–' : entry.correlation.toFixed(2),
          entry.effectivePairs === null ? '–' : entry.effectivePairs.toFixed(1),
          entry.pValue === null ? '–' : pValueText(entry.pValue),
          entry.adjustedPValue === null ? '–' : pValueText(entry.adjustedPValue),
        ]),
      },
    ],
  };
}

/** @internal The executive summary's line for one business measure: whether the score leads it. */
export function leadLagSummaryPoint(analysis: LeadLagAnalysis): ReportPoint {
  return {
    label: `Does ${analysis.definition.title} lead ${analysis.measure}?`,
    text: verdictText(analysis),
    section: `lead-lag-${analysis.data}`,
  };
}
