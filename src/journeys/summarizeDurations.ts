import { checkOptions } from '../core/errors/checkOptions';
import { raiseCommon } from '../core/errors/commonMessages';
import { describeValue } from '../core/errors/describeValue';
import { logarithmicBins } from '../stats/logarithmicBins';
import type { DurationSummary, DurationSummarySettings, SketchDurationSummary } from './DurationSummary';
import { raiseMeasurement } from './messages';

/**
 * Options for {@link summarizeDurations}.
 *
 * @category Duration summaries
 */
export interface SummarizeDurationsOptions {
  /** Keep every duration (exact percentiles) up to this many. A whole number from 0. Default `10000`. */
  readonly exactLimit?: number;
  /** The sketch's relative accuracy beyond `exactLimit`, between 0 and 1. Default `0.01` (1%). */
  readonly relativeAccuracy?: number;
}

/** @internal Checks summary settings once. */
export function checkSummarySettings(options: SummarizeDurationsOptions): DurationSummarySettings {
  checkOptions(options, ['exactLimit', 'relativeAccuracy']);
  const { exactLimit = 10_000, relativeAccuracy = 0.01 } = options;
  if (!Number.isSafeInteger(exactLimit) || exactLimit < 0) {
    raiseCommon('INVALID_OPTION', ['exactLimit', 'a whole number from 0', describeValue(exactLimit)], {
      path: ['exactLimit'],
    });
  }
  if (typeof relativeAccuracy !== 'number' || !(relativeAccuracy > 0 && relativeAccuracy < 1)) {
    raiseCommon(
      'INVALID_OPTION',
      ['relativeAccuracy', 'a fraction between 0 and 1 (e.g. 0.01)', describeValue(relativeAccuracy)],
      {
        path: ['relativeAccuracy'],
      },
    );
  }
  return { exactLimit, relativeAccuracy };
}

/** @internal Bins durations (any order, each checked) into a sketch summary. */
export function sketchOf(
  values: ArrayLike<number>,
  settings: DurationSummarySettings,
  sum: number,
): SketchDurationSummary {
  const mapping = logarithmicBins(settings.relativeAccuracy);
  let zeroCount = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let smallestPositive = Number.POSITIVE_INFINITY;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (value < min) min = value;
    if (value > max) max = value;
    if (value <= mapping.zeroThreshold) zeroCount++;
    else if (value < smallestPositive) smallestPositive = value;
  }
  const bins: [number, number][] = [];
  if (zeroCount < values.length) {
    // Keys span log_γ(max / smallest) bins — a few thousand at most for durations — so
    // one dense count array beats a hash map.
    const lowest = mapping.key(smallestPositive);
    const counts = new Float64Array(mapping.key(max) - lowest + 1);
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as number;
      if (value > mapping.zeroThreshold) {
        const offset = mapping.key(value) - lowest;
        counts[offset] = (counts[offset] as number) + 1;
      }
    }
    counts.forEach((count, offset) => {
      if (count > 0) bins.push([lowest + offset, count]);
    });
  }
  return {
    kind: 'duration-summary',
    mode: 'sketch',
    // Only the two settings: callers may pass a whole summary as its own settings.
    exactLimit: settings.exactLimit,
    relativeAccuracy: settings.relativeAccuracy,
    count: values.length,
    sum,
    min,
    max,
    zeroCount,
    bins,
  };
}

/**
 * Summarizes durations (milliseconds, e.g. the `wingToWingMs` of a shard's finished
 * cases) into a mergeable, JSON-serializable {@link DurationSummary}: every duration,
 * sorted, while there are at most `exactLimit` (percentiles exact); beyond that, counts
 * in logarithmic bins (percentiles within `relativeAccuracy` of the true duration —
 * the DDSketch guarantee).
 *
 * @param durations - Durations in milliseconds, each finite and at least 0 (typed arrays welcome).
 * @param options - `exactLimit` and `relativeAccuracy`; see {@link SummarizeDurationsOptions}.
 * @returns The summary.
 * @throws `CxError` `INVALID_DURATIONS` (path `[index]`), `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { durationSummaryStatistics, mergeDurationSummaries, summarizeDurations } from 'cxkit/journeys';
 *
 * const hour = 3_600_000;
 * const east = summarizeDurations([30 * hour, 50 * hour]);
 * const west = summarizeDurations([20 * hour, 40 * hour, 90 * hour]);
 * east.mode // => 'exact'
 * const statistics = durationSummaryStatistics(mergeDurationSummaries(east, west));
 * statistics.p50 / hour // => 40
 * statistics.mean / hour // => 46
 * summarizeDurations([-1]) // throws CxError INVALID_DURATIONS
 *
 * @category Duration summaries
 */
export function summarizeDurations(
  durations: ArrayLike<number>,
  options: SummarizeDurationsOptions = {},
): DurationSummary {
  const settings = checkSummarySettings(options);
  if (!(Array.isArray(durations) || ArrayBuffer.isView(durations))) {
    raiseMeasurement('INVALID_DURATIONS', ['durations', `an array of durations, not ${describeValue(durations)}`], {
      path: [],
    });
  }
  let sum = 0;
  for (let index = 0; index < durations.length; index++) {
    const value = durations[index] as number;
    // The type first: comparing an object calls its valueOf, which may throw or answer a number.
    if (typeof value !== 'number' || !(value >= 0 && value < Number.POSITIVE_INFINITY)) {
      raiseMeasurement('INVALID_DURATIONS', [`durations[${index}]`, describeValue(value)], { path: [index] });
    }
    sum += value;
  }
  if (durations.length > settings.exactLimit) return sketchOf(durations, settings, sum);
  const sorted = Float64Array.from(durations).sort();
  return {
    kind: 'duration-summary',
    mode: 'exact',
    ...settings,
    count: sorted.length,
    sum,
    min: sorted.length === 0 ? 0 : (sorted[0] as number),
    max: sorted.length === 0 ? 0 : (sorted[sorted.length - 1] as number),
    values: Array.from(sorted),
  };
}
