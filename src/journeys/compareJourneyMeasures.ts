import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import { raise } from '../core/errors/raise';
import type { CaseMeasure } from './CaseMeasure';
import type { DurationStatistics } from './DurationStatistics';
import type { JourneyMeasure } from './JourneyMeasure';
import type { TimeBasis } from './TimeBasis';

/** Either form of a measure: with or without the per-case objects. */
type AnyMeasure = JourneyMeasure<readonly CaseMeasure[] | null>;

import { raiseJourneys } from './messages';

/**
 * One statistic before and after, with the change in milliseconds and as a fraction
 * of the value before (`null` when that was 0).
 *
 * @category Journey measurement
 */
export interface StatisticChange {
  readonly before: number;
  readonly after: number;
  readonly change: number;
  readonly relativeChange: number | null;
}

/**
 * One kind of duration (wing to wing, controlled, waiting) compared.
 *
 * @category Journey measurement
 */
export interface DurationComparison {
  readonly count: { readonly before: number; readonly after: number };
  readonly mean: StatisticChange;
  readonly p5: StatisticChange;
  readonly p50: StatisticChange;
  readonly p95: StatisticChange;
  readonly span: StatisticChange;
}

/**
 * What a before/after comparison says, from the customer's side:
 * - `'felt-by-customers'`: wing-to-wing time fell (mean or, with the mean steady, the span).
 * - `'not-felt-by-customers'`: the controlled part fell but wing-to-wing time did not —
 *   the shop got faster and the customer did not notice.
 * - `'spread-grew'`: the span widened while the mean did not get worse: some customers wait much longer.
 * - `'worse-for-customers'`: wing-to-wing time rose.
 * - `'no-change'`: nothing moved by the threshold.
 *
 * @category Journey measurement
 */
export type JourneyVerdict =
  | 'felt-by-customers'
  | 'not-felt-by-customers'
  | 'spread-grew'
  | 'worse-for-customers'
  | 'no-change';

/**
 * The result of {@link compareJourneyMeasures}.
 *
 * @category Journey measurement
 */
export interface JourneyComparison {
  readonly journey: string;
  readonly time: TimeBasis;
  /** The relative change treated as a real move. */
  readonly threshold: number;
  readonly wingToWing: DurationComparison;
  readonly controlled: DurationComparison;
  readonly waiting: DurationComparison;
  readonly controlledShare: {
    readonly before: number | null;
    readonly after: number | null;
    readonly change: number | null;
  };
  readonly verdict: JourneyVerdict;
  /** The verdict in a sentence, with the numbers behind it. */
  readonly message: string;
}

/**
 * Options for {@link compareJourneyMeasures}.
 *
 * @category Journey measurement
 */
export interface CompareJourneyMeasuresOptions {
  /**
   * The relative change (a fraction of the value before) that counts as a move, for
   * the verdict. A practical threshold, not a statistical test. Default `0.1` (10%).
   */
  readonly threshold?: number;
}

const fields = ['mean', 'p5', 'p50', 'p95', 'span'] as const;

function isMeasure(value: unknown): value is AnyMeasure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AnyMeasure).journey === 'string' &&
    typeof (value as AnyMeasure).summary === 'object' &&
    typeof (value as AnyMeasure).counts === 'object'
  );
}

/**
 * Checks what the comparison reads of a measure, so that an altered or hand-made one (a
 * share that is text, a statistic left out) is refused by its place instead of becoming
 * NaN in the comparison.
 */
function checkMeasure(measure: unknown, name: 'before' | 'after'): asserts measure is AnyMeasure {
  function refuse(path: readonly string[], value: unknown): never {
    return raiseJourneys('INVALID_MEASURE', [[name, ...path].join('.'), describeValue(value)], {
      path: [name, ...path],
    });
  }
  if (!isMeasure(measure)) refuse([], measure);
  const { summary } = measure as AnyMeasure;
  if (!isRecord(summary)) refuse(['summary'], summary);
  if (typeof measure.time !== 'string') refuse(['time'], measure.time);
  if (summary.wingToWing === null) raiseJourneys('NO_FINISHED_CASES', [name], { path: [name] });
  for (const part of ['wingToWing', 'controlled', 'waiting'] as const) {
    const statistics: unknown = summary[part];
    if (!isRecord(statistics)) refuse(['summary', part], statistics);
    if (!Number.isSafeInteger(statistics.count) || (statistics.count as number) < 0) {
      refuse(['summary', part, 'count'], statistics.count);
    }
    for (const field of fields) {
      const value = statistics[field];
      if (typeof value !== 'number' || !Number.isFinite(value)) refuse(['summary', part, field], value);
    }
  }
  const share: unknown = summary.controlledShare;
  if (share !== null && (typeof share !== 'number' || !Number.isFinite(share))) {
    refuse(['summary', 'controlledShare'], share);
  }
}

function statisticChange(before: number, after: number): StatisticChange {
  return { before, after, change: after - before, relativeChange: before === 0 ? null : (after - before) / before };
}

function compareDurations(before: DurationStatistics | null, after: DurationStatistics | null): DurationComparison {
  // Both sides have finished cases (checked), so each statistic exists; a controlled
  // summary is present whenever the wing-to-wing one is.
  const left = before as DurationStatistics;
  const right = after as DurationStatistics;
  const comparison: Record<string, unknown> = { count: { before: left.count, after: right.count } };
  for (const field of fields) comparison[field] = statisticChange(left[field], right[field]);
  return comparison as unknown as DurationComparison;
}

const days = (milliseconds: number) => `${Number((milliseconds / 86_400_000).toFixed(1))} days`;
const percent = (fraction: number | null) =>
  fraction === null ? 'from zero' : `${fraction >= 0 ? '+' : ''}${Math.round(fraction * 100)}%`;

function decide(wingToWing: DurationComparison, controlled: DurationComparison, threshold: number): JourneyVerdict {
  const felt = wingToWing.mean.relativeChange ?? 0;
  const spread = wingToWing.span.relativeChange ?? 0;
  const inside = controlled.mean.relativeChange ?? 0;
  if (felt >= threshold) return 'worse-for-customers';
  if (spread >= threshold) return 'spread-grew';
  if (felt <= -threshold || spread <= -threshold) return 'felt-by-customers';
  if (inside <= -threshold) return 'not-felt-by-customers';
  return 'no-change';
}

function describe(verdict: JourneyVerdict, wingToWing: DurationComparison, controlled: DurationComparison): string {
  const felt = `wing-to-wing mean ${days(wingToWing.mean.before)} → ${days(wingToWing.mean.after)} (${percent(wingToWing.mean.relativeChange)}), span ${days(wingToWing.span.before)} → ${days(wingToWing.span.after)} (${percent(wingToWing.span.relativeChange)})`;
  const inside = `controlled mean ${days(controlled.mean.before)} → ${days(controlled.mean.after)} (${percent(controlled.mean.relativeChange)})`;
  switch (verdict) {
    case 'not-felt-by-customers':
      return `The controlled part moved but customers did not feel it: ${inside}; ${felt}.`;
    case 'felt-by-customers':
      return `Customers felt the change: ${felt}; ${inside}.`;
    case 'spread-grew':
      return `The spread grew: some customers wait much longer than before: ${felt}; ${inside}.`;
    case 'worse-for-customers':
      return `The journey got longer for customers: ${felt}; ${inside}.`;
    default:
      return `Nothing moved by the threshold: ${felt}; ${inside}.`;
  }
}

/**
 * Compares two measures of one journey (say, before and after a program) and says
 * what moved: the part the company controls against the whole wing-to-wing span, the
 * mean against the span. When the shop gets faster and the customer does not notice,
 * the verdict is `'not-felt-by-customers'`.
 *
 * Changes are after − before, in milliseconds and relative to before. The verdict reads
 * them with a practical threshold (default 10%), in this order: wing-to-wing mean up →
 * worse; span up → spread grew; wing-to-wing mean or span down → felt; only the
 * controlled mean down → not felt; else no change.
 *
 * @param before - A {@link measureJourney} result.
 * @param after - A later {@link measureJourney} result of the same journey, on the same time basis.
 * @param options - `threshold`; see {@link CompareJourneyMeasuresOptions}.
 * @returns The comparison; see {@link JourneyComparison}.
 * @throws `CxError` `INVALID_MEASURE`, `DIFFERENT_JOURNEYS`, `DIFFERENT_TIME_BASES`, `NO_FINISHED_CASES`
 *   (path `before` or `after`), `INVALID_OPTION` (path `threshold`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { compareJourneyMeasures, measureJourney } from 'cxkit/journeys';
 *
 * const journey = {
 *   kind: 'journey',
 *   schemaVersion: 1,
 *   id: 'engine-repair',
 *   title: 'Engine repair, wing to wing',
 *   customer: { segment: 'airlines' },
 *   boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
 *   events: [
 *     { name: 'engine-removed', perspective: 'customer' },
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *     { name: 'engine-reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [{ id: 'shop', stage: 'repair', name: 'Repair in the shop', owner: 'service', control: 'company',
 *     startEvent: 'engine-received', endEvent: 'engine-shipped' }],
 * } as const;
 * // Days after the engine left the wing: received, shipped, reinstalled.
 * const log = (visits: [number, number, number][]) =>
 *   visits.flatMap(([received, shipped, reinstalled], index) => [
 *     { caseId: index, event: 'engine-removed', at: 0 },
 *     { caseId: index, event: 'engine-received', at: received * 86_400_000 },
 *     { caseId: index, event: 'engine-shipped', at: shipped * 86_400_000 },
 *     { caseId: index, event: 'engine-reinstalled', at: reinstalled * 86_400_000 },
 *   ]);
 * const asOf = 100 * 86_400_000;
 * const before = measureJourney(journey, log([[5, 25, 40], [6, 26, 42]]), { asOf });
 * const after = measureJourney(journey, log([[12, 22, 40], [14, 24, 42]]), { asOf });
 * const comparison = compareJourneyMeasures(before, after);
 * comparison.verdict // => 'not-felt-by-customers'
 * comparison.controlled.mean.relativeChange // => -0.5
 * comparison.message
 * // => 'The controlled part moved but customers did not feel it: controlled mean 20 days → 10 days (-50%); wing-to-wing mean 41 days → 41 days (+0%), span 1.8 days → 1.8 days (+0%).'
 *
 * @category Journey measurement
 */
export function compareJourneyMeasures(
  before: JourneyMeasure<readonly CaseMeasure[] | null>,
  after: JourneyMeasure<readonly CaseMeasure[] | null>,
  options: CompareJourneyMeasuresOptions = {},
): JourneyComparison {
  checkOptions(options, ['threshold']);
  const { threshold = 0.1 } = options;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) {
    raise('INVALID_OPTION', ['threshold', 'a fraction between 0 and 1 (e.g. 0.1)', describeValue(threshold)], {
      path: ['threshold'],
    });
  }
  for (const [name, measure] of [
    ['before', before],
    ['after', after],
  ] as const) {
    checkMeasure(measure, name);
  }
  if (before.journey !== after.journey) {
    raiseJourneys('DIFFERENT_JOURNEYS', [before.journey, after.journey], { path: ['after', 'journey'] });
  }
  if (before.time !== after.time) {
    raiseJourneys('DIFFERENT_TIME_BASES', [before.time, after.time], { path: ['after', 'time'] });
  }
  const wingToWing = compareDurations(before.summary.wingToWing, after.summary.wingToWing);
  const controlled = compareDurations(before.summary.controlled, after.summary.controlled);
  const waiting = compareDurations(before.summary.waiting, after.summary.waiting);
  const verdict = decide(wingToWing, controlled, threshold);
  const shareBefore = before.summary.controlledShare;
  const shareAfter = after.summary.controlledShare;
  return {
    journey: before.journey,
    time: before.time,
    threshold,
    wingToWing,
    controlled,
    waiting,
    controlledShare: {
      before: shareBefore,
      after: shareAfter,
      change: shareBefore === null || shareAfter === null ? null : shareAfter - shareBefore,
    },
    verdict,
    message: describe(verdict, wingToWing, controlled),
  };
}
