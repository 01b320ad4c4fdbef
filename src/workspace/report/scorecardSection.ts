import type { ReportSection, ReportTable } from '../../render/index';
import type { ProgressStatus } from '../../strategy/index';
import type { SuccessAnalysis } from '../WorkspaceAnalysis';
import { amount, counted, humanized, localDay } from './reportText';

/** @internal A verdict in words. */
export const statusWords: Readonly<Record<ProgressStatus | 'not-evaluable', string>> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  achieved: 'achieved',
  missed: 'missed',
  'not-evaluable': 'not measured',
};

const reasonWords = {
  'no-baseline': 'no baseline',
  'no-target': 'no target',
  'no-target-date': 'no target date',
  'no-observations': 'no value since the baseline',
} as const;

function statementTable(analysis: SuccessAnalysis, timeZone: string): ReportTable {
  const { statement, evaluation } = analysis;
  const owner = statement.owner === undefined ? 'no owner named' : `owner ${statement.owner}`;
  const horizon = statement.horizon === undefined ? '' : `, by ${statement.horizon}`;
  return {
    caption: `${statement.title} (${owner}${horizon})`,
    columns: ['metric', 'unit', 'baseline', 'target', 'now', 'on the line', 'verdict'],
    rows: evaluation.metrics.map((result, index) => {
      const about = analysis.metrics[index];
      const metric = statement.metrics?.[index];
      const title = about?.title ?? humanized(result.metric);
      const baseline =
        metric?.baseline === undefined ? '–' : `${amount(metric.baseline.value, 2)} on ${metric.baseline.on}`;
      const target =
        metric?.target === undefined
          ? '–'
          : `${amount(metric.target.value, 2)}${metric.target.by === undefined ? '' : ` by ${metric.target.by}`}`;
      if (result.status === 'not-evaluable') {
        const why =
          result.reason === 'no-observations' && about?.source === null
            ? 'no data in the workspace'
            : reasonWords[result.reason];
        return [title, metric?.unit ?? '–', baseline, target, '–', '–', `not measured: ${why}`];
      }
      const interval = about?.interval ?? null;
      const now = `${amount(result.observed.value, 2)}${interval === null ? '' : ` (${interval.level === null ? '' : `${Math.round(interval.level * 100)}% `}interval ${amount(interval.lower, 2)} to ${amount(interval.upper, 2)})`} on ${localDay(result.observed.at, timeZone)}`;
      // A verdict behind the line whose interval still reaches it may be noise.
      const reaches =
        interval !== null &&
        (result.status === 'off-track' || result.status === 'at-risk') &&
        interval.lower <= result.expected &&
        result.expected <= interval.upper;
      return [
        title,
        metric?.unit ?? '–',
        baseline,
        target,
        now,
        amount(result.expected, 2),
        `${statusWords[result.status]}${reaches ? ' (its interval reaches the line)' : ''}`,
      ];
    }),
  };
}

/**
 * The strategy scorecard: every success statement's metrics, each with its baseline,
 * target, the latest value (with its interval where the source gives one), where the
 * straight line from baseline to target stands on that day, and the verdict.
 *
 * @internal
 */
export function scorecardSection(success: readonly SuccessAnalysis[], timeZone: string): ReportSection {
  const metrics = success.flatMap((analysis) => analysis.metrics);
  const fromSurveys = metrics.filter((metric) => metric.source?.type === 'survey-responses').length;
  const fromObservations = metrics.filter((metric) => metric.source?.type === 'metric-observations').length;
  const unmeasured = metrics.filter((metric) => metric.source === null).length;
  return {
    id: 'scorecard',
    title: 'Strategy scorecard',
    summary: [
      `${counted(success.length, 'success statement')} with ${counted(metrics.length, 'metric')}. Each metric is judged on the last value measured up to the report's day against the straight line from its baseline to its target: on track when level with the line or ahead of it, at risk when behind by no more than a tenth of the planned change, off track beyond; achieved once the target is reached, missed when its date has passed without it.`,
      `Values come from the survey data on the metric's definition (${fromSurveys}) or from metric-observations files (${fromObservations}); ${unmeasured === 0 ? 'every metric has data' : `${counted(unmeasured, 'metric')} ${unmeasured === 1 ? 'has' : 'have'} no data in the workspace`}.`,
    ],
    tables: success.map((analysis) => statementTable(analysis, timeZone)),
  };
}
