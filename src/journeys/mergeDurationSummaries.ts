import { checkDurationSummary } from './checkDurationSummary';
import type { DurationSummary, ExactDurationSummary, SketchDurationSummary } from './DurationSummary';
import { raiseJourneys } from './messages';
import { sketchOf } from './summarizeDurations';

function mergeSortedValues(left: readonly number[], right: readonly number[]): number[] {
  const merged = new Array<number>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    merged[k++] = (left[i] as number) <= (right[j] as number) ? (left[i++] as number) : (right[j++] as number);
  }
  while (i < left.length) merged[k++] = left[i++] as number;
  while (j < right.length) merged[k++] = right[j++] as number;
  return merged;
}

function asSketch(summary: DurationSummary): SketchDurationSummary {
  return summary.mode === 'sketch' ? summary : sketchOf(summary.values, summary, summary.sum);
}

function mergeBins(left: SketchDurationSummary, right: SketchDurationSummary): [number, number][] {
  const merged: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < left.bins.length || j < right.bins.length) {
    const a = left.bins[i];
    const b = right.bins[j];
    if (b === undefined || (a !== undefined && a[0] < b[0])) {
      merged.push([(a as readonly [number, number])[0], (a as readonly [number, number])[1]]);
      i++;
    } else if (a === undefined || b[0] < a[0]) {
      merged.push([b[0], b[1]]);
      j++;
    } else {
      merged.push([a[0], a[1] + b[1]]);
      i++;
      j++;
    }
  }
  return merged;
}

/**
 * Merges two duration summaries made with the same settings, as if every duration had
 * been summarized in one pass: exact while the total stays within `exactLimit`, binned
 * beyond it. The result does not depend on the order of merging (bins and sorted values
 * are the same whichever way round; only `sum` can differ in its last bits), so shards
 * can be merged in any tree.
 *
 * @param left - A {@link DurationSummary} (checked, as it may have come through JSON).
 * @param right - Another, made with the same `exactLimit` and `relativeAccuracy`.
 * @returns The merged summary.
 * @throws `CxError` `INVALID_SUMMARY` (path `left` or `right` and the field), `SUMMARY_MISMATCH`.
 *
 * @example
 * import { mergeDurationSummaries, summarizeDurations } from 'cxkit/journeys';
 *
 * const merged = mergeDurationSummaries(summarizeDurations([3, 1]), summarizeDurations([2]));
 * merged.mode === 'exact' && merged.values // => [1, 2, 3]
 * mergeDurationSummaries(summarizeDurations([3, 1], { exactLimit: 2 }), summarizeDurations([2], { exactLimit: 2 })).mode
 * // => 'sketch'
 * mergeDurationSummaries(summarizeDurations([1]), summarizeDurations([2], { relativeAccuracy: 0.02 }))
 * // throws CxError SUMMARY_MISMATCH
 *
 * @category Duration summaries
 */
export function mergeDurationSummaries(left: DurationSummary, right: DurationSummary): DurationSummary {
  checkDurationSummary(left, 'left');
  checkDurationSummary(right, 'right');
  for (const field of ['exactLimit', 'relativeAccuracy'] as const) {
    if (left[field] !== right[field]) {
      raiseJourneys('SUMMARY_MISMATCH', [field, String(left[field]), String(right[field])], { path: ['right', field] });
    }
  }
  if (left.count === 0) return right;
  if (right.count === 0) return left;
  const count = left.count + right.count;
  const sum = left.sum + right.sum;
  const min = Math.min(left.min, right.min);
  const max = Math.max(left.max, right.max);
  if (left.mode === 'exact' && right.mode === 'exact' && count <= left.exactLimit) {
    const exact: ExactDurationSummary = {
      ...left,
      count,
      sum,
      min,
      max,
      values: mergeSortedValues(left.values, right.values),
    };
    return exact;
  }
  const a = asSketch(left);
  const b = asSketch(right);
  return {
    kind: 'duration-summary',
    mode: 'sketch',
    exactLimit: left.exactLimit,
    relativeAccuracy: left.relativeAccuracy,
    count,
    sum,
    min,
    max,
    zeroCount: a.zeroCount + b.zeroCount,
    bins: mergeBins(a, b),
  };
}
