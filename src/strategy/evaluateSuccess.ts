import type { DocumentInput } from '../core/documents/DocumentInput';
import { parseDocument } from '../core/documents/parseDocument';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raise } from '../core/errors/raise';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import { raiseStrategy } from './messages';
import type { MetricNotEvaluable, MetricProgress, ObservationInput, SuccessEvaluation } from './SuccessEvaluation';
import { type SuccessMetric, type SuccessStatement, successStatementDocument } from './successStatementDocument';

/**
 * Options for {@link evaluateSuccess}.
 *
 * @category Progress
 */
export interface EvaluateSuccessOptions {
  /** The instant to evaluate as of. Required: cxkit never reads the clock. A `Date`, an ISO 8601 string or epoch milliseconds. */
  readonly asOf: Instant;
  /**
   * How far behind the line a metric may be and count as at risk rather than off track,
   * as a share of its planned change (`|target − baseline|`). A number from 0.
   * Default `0.1`: a metric planned to rise 20 points is at risk up to 2 points behind
   * the line, off track beyond. A target equal to its baseline leaves no band.
   */
  readonly tolerance?: number;
  /** The zone in which the statement's dates (and offset-less `asOf` and `at` strings) are read. Default `'UTC'`. */
  readonly timeZone?: string;
}

interface Point {
  readonly at: number;
  readonly value: number;
}

// A cxkit/metrics series: its overall series (segment null), one point per period with a score.
function pointsOfSeries(input: Record<string, unknown>, path: PropertyPath): Point[] {
  const series = Array.isArray(input.series) ? (input.series as unknown[]) : undefined;
  const overall = series?.find((entry) => isRecord(entry) && entry.segment === null) as
    | { points?: unknown }
    | undefined;
  if (overall === undefined || !Array.isArray(overall.points)) {
    raiseStrategy(
      'INVALID_INPUT',
      ['A series of observations', 'a scoreSeries result with its overall series (segment null)', describeValue(input)],
      { path },
    );
  }
  const points: Point[] = [];
  const given = overall.points as unknown[];
  const index = series?.indexOf(overall) as number;
  for (let pointIndex = 0; pointIndex < given.length; pointIndex++) {
    const point = given[pointIndex] as { start?: unknown; score?: unknown } | null | undefined;
    const at = [...path, 'series', index, 'points', pointIndex];
    // A score is a finite number, or null for a period too thin to score; anything else would read as NaN.
    if (!isRecord(point) || typeof point.start !== 'number' || !Number.isFinite(point.start)) {
      raiseStrategy(
        'INVALID_INPUT',
        ['A series point', 'an object { start, score } with a finite start', describeValue(point)],
        {
          path: at,
        },
      );
    }
    if (point.score === null) continue;
    if (typeof point.score !== 'number' || !Number.isFinite(point.score)) {
      raiseStrategy(
        'INVALID_INPUT',
        ["A series point's score", 'a finite number or null', describeValue(point.score)],
        {
          path: [...at, 'score'],
        },
      );
    }
    points.push({ at: point.start, value: point.score });
  }
  return points;
}

function readObservations(input: unknown, path: PropertyPath, timeZone: string): Point[] {
  if (isRecord(input)) return pointsOfSeries(input, path);
  if (!Array.isArray(input)) {
    raiseStrategy(
      'INVALID_INPUT',
      [
        `observations.${String(path.at(-1))}`,
        'an array of { at, value } or a scoreSeries result',
        describeValue(input),
      ],
      { path },
    );
  }
  return input.map((observation: unknown, index) => {
    if (!isRecord(observation)) {
      raiseStrategy('INVALID_INPUT', ['An observation', 'an object { at, value }', describeValue(observation)], {
        path: [...path, index],
      });
    }
    const at = parseInstant(observation.at as Instant, { timeZone, path: [...path, index, 'at'] });
    const { value } = observation;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseStrategy('INVALID_INPUT', ['An observed value', 'a finite number', describeValue(value)], {
        path: [...path, index, 'value'],
      });
    }
    return { at, value };
  });
}

// The last point in time; of two at the same instant, the later in the input.
function lastOf(points: readonly Point[]): Point | undefined {
  let last: Point | undefined;
  for (const point of points) if (last === undefined || point.at >= last.at) last = point;
  return last;
}

function evaluateMetric(
  metric: SuccessMetric,
  points: readonly Point[] | undefined,
  asOf: number,
  tolerance: number,
  timeZone: string,
): MetricProgress | MetricNotEvaluable {
  const about = { metric: metric.metric as string, kind: metric.kind, direction: metric.direction };
  const notEvaluable = (reason: MetricNotEvaluable['reason']): MetricNotEvaluable => ({
    ...about,
    status: 'not-evaluable',
    reason,
  });
  if (metric.baseline === undefined) return notEvaluable('no-baseline');
  if (metric.target === undefined) return notEvaluable('no-target');
  if (metric.target.by === undefined) return notEvaluable('no-target-date');
  const baseline = { value: metric.baseline.value, at: parseInstant(metric.baseline.on, { timeZone }) };
  const target = { value: metric.target.value, at: parseInstant(metric.target.by, { timeZone }) };
  const due = asOf >= target.at;
  // Values from before the baseline predate the plan; values after asOf were not yet
  // known; once the target date has come, the verdict rests on what stood by that date.
  const until = due ? target.at : asOf;
  const inRange = (points ?? []).filter((point) => point.at >= baseline.at && point.at <= asOf);
  const observed = lastOf(inRange.filter((point) => point.at <= until));
  if (observed === undefined) return notEvaluable('no-observations');
  const sign = metric.direction === 'higher-is-better' ? 1 : -1;
  const planned = target.value - baseline.value;
  const elapsed = (observed.at - baseline.at) / (target.at - baseline.at);
  const expected = baseline.value + planned * elapsed;
  const gap = sign * (observed.value - expected);
  const band = tolerance * Math.abs(planned);
  const reached = sign * (observed.value - target.value) >= 0;
  let status: MetricProgress['status'];
  if (reached) status = 'achieved';
  else if (due) status = 'missed';
  else if (gap >= 0) status = 'on-track';
  else if (gap >= -band) status = 'at-risk';
  else status = 'off-track';
  return {
    ...about,
    status,
    baseline,
    target,
    observed: { value: observed.value, at: observed.at },
    observations: inRange.length,
    expected,
    gap,
    tolerance: band,
    elapsed,
    progress: planned === 0 ? null : (observed.value - baseline.value) / planned,
  };
}

/**
 * Says, per metric of a success statement, whether it is on track, at risk, off track,
 * achieved or missed, against the straight line from its baseline (value at the start
 * of the baseline date) to its target (value at the start of the target date), with
 * the numbers behind each verdict.
 *
 * The verdict rests on the last observation between the baseline date and `asOf`
 * (earlier ones predate the plan; later ones were not yet known). A metric at or beyond
 * its target is `achieved`. Before the target date, one behind the line by no more
 * than `tolerance` × the planned change is `at-risk`, further behind `off-track`. From
 * the target date on, the last observation up to that date decides: `achieved` or
 * `missed`. "Behind" honors the metric's direction. A metric without baseline, target,
 * target date or observations is `not-evaluable`, with the reason.
 *
 * @param statement - A success-statement document (parsed here, so JSON is fine).
 * @param observations - Per metric id, `{ at, value }` observations or a `cxkit/metrics` series result.
 * @param options - `asOf` (required), `tolerance` and `timeZone`; see {@link EvaluateSuccessOptions}.
 * @returns The verdict per metric, in the statement's order; see {@link SuccessEvaluation}.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid statement; `CxError` `UNKNOWN_METRIC` (path: the metric id)
 *   for observations of a metric the statement does not have, `INVALID_DATE` (paths `asOf` and `[metric, index, 'at']`),
 *   `INVALID_INPUT` (paths `[metric]`, `[metric, index]`, `[metric, index, 'value']`), `INVALID_OPTION` (`asOf` missing,
 *   `tolerance`), `INVALID_TIME_ZONE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { evaluateSuccess, parseSuccessStatement } from 'cxkit/strategy';
 *
 * const statement = parseSuccessStatement({
 *   kind: 'success-statement',
 *   schemaVersion: 1,
 *   id: 'on-the-wing',
 *   title: 'Engines back on the wing when promised',
 *   outcome: 'Airlines get engines back on the wing on the promised day.',
 *   metrics: [
 *     {
 *       metric: 'wing-to-wing-days',
 *       kind: 'operational',
 *       direction: 'lower-is-better',
 *       baseline: { value: 40, on: '2026-01-01' },
 *       target: { value: 30, by: '2027-01-01' },
 *     },
 *   ],
 * });
 * // Halfway through 2026 (181 of 365 days) the line stands at 40 − 10 × 181/365 ≈ 35.04 days.
 * const result = evaluateSuccess(statement, { 'wing-to-wing-days': [{ at: '2026-07-01', value: 36 }] }, { asOf: '2026-07-15' });
 * result.metrics[0]?.status // => 'at-risk'
 * result.metrics[0]?.status === 'at-risk' && Math.round(result.metrics[0].gap * 100) / 100 // => -0.96
 * evaluateSuccess(statement, { 'wing-to-wing-days': [{ at: '2026-07-01', value: 38 }] }, { asOf: '2026-07-15' }).metrics[0]?.status
 * // => 'off-track'
 * evaluateSuccess(statement, { 'nps-repair': [] }, { asOf: '2026-07-15' }) // throws CxError UNKNOWN_METRIC
 *
 * @category Progress
 */
export function evaluateSuccess(
  statement: DocumentInput<SuccessStatement>,
  observations: Readonly<Record<string, ObservationInput>>,
  options: EvaluateSuccessOptions,
): SuccessEvaluation {
  checkOptions(options, ['asOf', 'tolerance', 'timeZone']);
  const { asOf, tolerance = 0.1, timeZone = 'UTC' } = options ?? ({} as Partial<EvaluateSuccessOptions>);
  timeZoneContext(timeZone);
  if (asOf === undefined) {
    raise('INVALID_OPTION', ['asOf', 'the instant to evaluate as of (cxkit never reads the clock)', 'undefined'], {
      path: ['asOf'],
    });
  }
  const asOfInstant = parseInstant(asOf, { timeZone, path: ['asOf'] });
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    raise(
      'INVALID_OPTION',
      ['tolerance', 'a number from 0 (a share of the planned change)', describeValue(tolerance)],
      {
        path: ['tolerance'],
      },
    );
  }
  const document = parseDocument(successStatementDocument, statement);
  const metrics = document.metrics ?? [];
  if (!isRecord(observations)) {
    raiseStrategy('INVALID_INPUT', ['observations', 'an object keyed by metric id', describeValue(observations)], {
      path: [],
    });
  }
  const known = metrics.map((metric) => metric.metric as string);
  const pointsByMetric = new Map<string, Point[]>();
  for (const [metric, input] of Object.entries(observations)) {
    if (!known.includes(metric)) raiseStrategy('UNKNOWN_METRIC', [metric, document.id, known], { path: [metric] });
    pointsByMetric.set(metric, readObservations(input, [metric], timeZone));
  }
  return {
    statement: document.id,
    asOf: asOfInstant,
    tolerance,
    metrics: metrics.map((metric) =>
      evaluateMetric(metric, pointsByMetric.get(metric.metric), asOfInstant, tolerance, timeZone),
    ),
  };
}
