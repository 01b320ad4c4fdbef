import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { defineScale } from './defineScale';
import { raiseMetrics } from './messages';
import type { ScoreCounts } from './ScoreCounts';
import { checkScoreWeights } from './weights';

/**
 * Checks a counts summary that may come from JSON, a SQL engine or another process:
 * its kind, a valid scale, one non-negative whole count per scale point, `skipped`, and
 * the weights when there are any (returned in canonical form).
 *
 * @internal
 */
export function checkScoreCounts(value: unknown, argument: string): ScoreCounts {
  checkOptions(value, ['kind', 'scale', 'counts', 'skipped', 'weights'], argument);
  const summary = value as ScoreCounts;
  if (summary.kind !== 'score-counts') {
    raiseMetrics('INVALID_COUNTS', [`kind must be "score-counts", not ${describeValue(summary.kind)}`], {
      path: [argument, 'kind'],
    });
  }
  try {
    defineScale(summary.scale as never);
  } catch (error) {
    if (error instanceof Error && 'path' in error) {
      raiseMetrics('INVALID_COUNTS', [`its scale is not valid (${error.message})`], { path: [argument, 'scale'] });
    }
    throw error;
  }
  const points = summary.scale.max - summary.scale.min + 1;
  if (!Array.isArray(summary.counts) || summary.counts.length !== points) {
    raiseMetrics('INVALID_COUNTS', [`counts must be an array of ${points} numbers, one per scale point`], {
      path: [argument, 'counts'],
    });
  }
  summary.counts.forEach((count, index) => {
    if (!Number.isSafeInteger(count) || count < 0) {
      raiseMetrics(
        'INVALID_COUNTS',
        [`counts[${index}] must be a non-negative whole number, not ${describeValue(count)}`],
        {
          path: [argument, 'counts', index],
        },
      );
    }
  });
  if (!Number.isSafeInteger(summary.skipped) || summary.skipped < 0) {
    raiseMetrics(
      'INVALID_COUNTS',
      [`skipped must be a non-negative whole number, not ${describeValue(summary.skipped)}`],
      {
        path: [argument, 'skipped'],
      },
    );
  }
  if (summary.weights === undefined) return summary;
  return { ...summary, weights: checkScoreWeights(summary.weights, summary.counts, argument) };
}
