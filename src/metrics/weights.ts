import { describeValue } from '../core/errors/describeValue';
import { canonicalSum } from '../stats/exactSum';
import { raiseMetrics } from './messages';
import type { ScoreWeights } from './ScoreCounts';

/** @internal The smallest positive weight accepted, and the largest. */
export const weightBounds = { smallest: 1e-15, largest: 1e15 } as const;

/**
 * @internal Whether a weight is one cxkit sums exactly: 0, or a number from 1e-15 to 1e15
 * (a range wide enough for normalized weights of a billion responses and for expansion
 * weights of millions of customers each, narrow enough that every square and sum stays
 * exact).
 */
export function isWeight(value: number): boolean {
  return value === 0 || (value >= weightBounds.smallest && value <= weightBounds.largest);
}

/** @internal The phrase for a bad weight. */
export function weightProblem(value: unknown, index: number): string {
  return `weights[${index}] must be 0 or a number from ${weightBounds.smallest} to ${weightBounds.largest}, not ${describeValue(value)}`;
}

// A component of an exact sum read from JSON: 0, or a magnitude this far from 1 at most,
// so every sum and rounding of it stays in the normal range of doubles.
const componentBound = 1e150;

function checkExactSum(value: unknown, path: ReadonlyArray<string | number>, what: string): number[] {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every(
      (term) =>
        typeof term === 'number' &&
        (term === 0 || (Math.abs(term) >= 1 / componentBound && Math.abs(term) <= componentBound)),
    )
  ) {
    raiseMetrics('INVALID_COUNTS', [`${what} must be a non-empty array of finite numbers (an exact sum)`], {
      path: [...path],
    });
  }
  const canonical = canonicalSum(value as number[]);
  if ((canonical[0] as number) < 0) {
    raiseMetrics('INVALID_COUNTS', [`${what} must not be negative`], { path: [...path] });
  }
  return canonical;
}

/**
 * @internal Checks the weights of a counts summary from JSON, a SQL engine or another
 * process: one exact, non-negative sum per scale point, zero where nothing was counted,
 * and an exact sum of squares that is zero exactly when every sum is. Returns them in
 * canonical form.
 */
export function checkScoreWeights(
  value: unknown,
  counts: readonly number[],
  argument: string,
): { sums: number[][]; squares: number[] } {
  const path = [argument, 'weights'];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    raiseMetrics('INVALID_COUNTS', ['weights must be an object { sums, squares }'], { path });
  }
  const keys = Object.keys(value);
  const unknown = keys.find((key) => key !== 'sums' && key !== 'squares');
  if (unknown !== undefined) {
    raiseMetrics('INVALID_COUNTS', [`weights has an unknown field ${JSON.stringify(unknown)}`], {
      path: [...path, unknown],
    });
  }
  const { sums, squares } = value as ScoreWeights;
  if (!Array.isArray(sums) || sums.length !== counts.length) {
    raiseMetrics(
      'INVALID_COUNTS',
      [`weights.sums must be an array of ${counts.length} exact sums, one per scale point`],
      {
        path: [...path, 'sums'],
      },
    );
  }
  const checkedSums = sums.map((sum, index) => {
    const canonical = checkExactSum(sum, [...path, 'sums', index], `weights.sums[${index}]`);
    if (counts[index] === 0 && canonical[0] !== 0) {
      raiseMetrics('INVALID_COUNTS', [`weights.sums[${index}] is not 0 although no score was counted there`], {
        path: [...path, 'sums', index],
      });
    }
    return canonical;
  });
  const checkedSquares = checkExactSum(squares, [...path, 'squares'], 'weights.squares');
  const anyWeight = checkedSums.some((sum) => sum[0] !== 0);
  if (anyWeight !== (checkedSquares[0] !== 0)) {
    raiseMetrics('INVALID_COUNTS', ['weights.squares must be 0 exactly when every weight is'], {
      path: [...path, 'squares'],
    });
  }
  // n weights with sum S and sum of squares Q satisfy S²/n ≤ Q ≤ S²: Kish's n_eff lies in [1, n].
  if (anyWeight) {
    const total = canonicalSum(checkedSums.flat())[0] as number;
    const effective = (total * total) / (checkedSquares[0] as number);
    const responses = counts.reduce((sum, count) => sum + count, 0);
    if (!(effective >= 1 - 1e-9 && effective <= responses * (1 + 1e-9))) {
      raiseMetrics(
        'INVALID_COUNTS',
        [
          `weights.squares does not fit the sums: (Σw)² / Σw² is ${effective}, not between 1 and the ${responses} scores counted`,
        ],
        { path: [...path, 'squares'] },
      );
    }
  }
  return { sums: checkedSums, squares: checkedSquares };
}
