import type { Instant } from '../../core/periods/Period';
// Types from the files that declare them (see WorkspaceAnalysis.ts for why).
import type { ScoreSeries } from '../../metrics/scoreSeries';
import { evaluateSuccess } from '../../strategy/index';
import type { Observation, ObservationInput } from '../../strategy/SuccessEvaluation';
import type { Strategy } from '../../strategy/strategyDocument';
import type { SuccessStatement } from '../../strategy/successStatementDocument';
import type { MetricObservationsData, Workspace } from '../Workspace';
import type { MeasureName, SuccessAnalysis, SuccessMetricSource, SurveyAnalysis } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';

/** @internal Every success statement of a workspace, standalone or inside a strategy, with the file it is in. */
export function successStatementsOf(
  workspace: Workspace,
): Array<{ readonly statement: SuccessStatement; readonly file: string }> {
  const standalone = documentsOf<SuccessStatement>(workspace, 'success-statement').map((entry) => ({
    statement: entry.document,
    file: entry.file,
  }));
  const inline = documentsOf<Strategy>(workspace, 'strategy').flatMap((entry) =>
    (entry.document.successStatements ?? []).map((statement) => ({ statement, file: entry.file })),
  );
  return [...inline, ...standalone];
}

type Bound = { readonly input: ObservationInput; readonly source: SuccessMetricSource };

/**
 * Where a success metric's values come from: rows of a metric-observations file that
 * name the metric (every such file, in manifest order), else the score series of the
 * survey data on the metric definition with the metric's id. `null` when the workspace
 * has neither.
 */
function bind(
  metric: string,
  observations: readonly MetricObservationsData[],
  surveys: readonly SurveyAnalysis[],
): Bound | null {
  const rows = observations.flatMap((data) =>
    data.observations.filter((row) => row.metric === metric).map((row) => ({ row, data: data.id })),
  );
  if (rows.length > 0) {
    const input: Observation[] = rows.map(({ row }) => ({ at: row.at, value: row.value }));
    return { input, source: { type: 'metric-observations', data: [...new Set(rows.map(({ data }) => data))] } };
  }
  const survey = surveys.find((candidate) => candidate.definition.id === metric);
  if (survey !== undefined) return { input: survey.series, source: { type: 'survey-responses', data: [survey.data] } };
  return null;
}

// The interval of the value a verdict rests on: the bounds its row gave, or the survey
// period's interval.
function intervalOf(
  metric: string,
  observed: { readonly value: number; readonly at: number },
  observations: readonly MetricObservationsData[],
  series: ScoreSeries | null,
): { readonly lower: number; readonly upper: number; readonly level: number | null } | null {
  if (series !== null) {
    const point = series.series
      .find((entry) => entry.segment === null)
      ?.points.find((candidate) => candidate.start === observed.at);
    return point?.ci ? { lower: point.ci.lower, upper: point.ci.upper, level: point.ci.level } : null;
  }
  for (const data of observations) {
    for (const row of data.observations) {
      if (row.metric !== metric || row.at !== observed.at || row.value !== observed.value) continue;
      if (row.lower !== undefined && row.upper !== undefined)
        return { lower: row.lower, upper: row.upper, level: null };
    }
  }
  return null;
}

/**
 * @internal A success statement evaluated as of `asOf` against the values the workspace
 * holds for its metrics (see `bind`), with where each metric's values came from and the
 * interval of the value each verdict rests on.
 */
export function successAnalysis(
  workspace: Workspace,
  statement: SuccessStatement,
  file: string,
  surveys: readonly SurveyAnalysis[],
  measureNames: ReadonlyMap<string, MeasureName>,
  asOf: Instant,
  timeZone: string,
): SuccessAnalysis {
  const observations = workspace.data.filter(
    (data): data is MetricObservationsData => data.type === 'metric-observations',
  );
  const bound = new Map<string, Bound>();
  for (const metric of statement.metrics ?? []) {
    const binding = bind(metric.metric, observations, surveys);
    if (binding !== null) bound.set(metric.metric, binding);
  }
  const evaluation = evaluateSuccess(
    statement,
    Object.fromEntries([...bound].map(([metric, binding]) => [metric, binding.input])),
    { asOf, timeZone },
  );
  return {
    file,
    statement,
    evaluation,
    metrics: evaluation.metrics.map((result) => {
      const binding = bound.get(result.metric);
      const series = binding?.source.type === 'survey-responses' ? (binding.input as ScoreSeries) : null;
      return {
        metric: result.metric,
        title: measureNames.get(result.metric)?.title ?? null,
        source: binding?.source ?? null,
        interval:
          result.status === 'not-evaluable' || binding === undefined
            ? null
            : intervalOf(result.metric, result.observed, observations, series),
      };
    }),
  };
}
