import { canonicalSum } from '../stats/exactSum';
import { checkScoreCounts } from './checkScoreCounts';
import { tallyScores } from './countScores';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts, ScoreInput, ScoreWeights } from './ScoreCounts';
import { assertSameScale } from './sameScale';

/** @internal Counts on a known scale, whichever form the input came in. */
export interface ResolvedCounts {
  readonly scale: Scale;
  readonly counts: ArrayLike<number>;
  readonly skipped: number;
  readonly weights?: ScoreWeights | undefined;
}

/** @internal Whether a score input is a counts summary rather than raw scores. */
export function isCountsSummary(input: ScoreInput): input is ScoreCounts {
  return typeof input === 'object' && input !== null && 'kind' in input;
}

/**
 * Turns raw scores or a counts summary into counts on the expected scale. A summary's
 * scale must equal `scale` when one is required; otherwise the summary's own is used.
 *
 * @internal
 */
export function resolveCounts(
  input: ScoreInput,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
  scaleIsExplicit: boolean,
  weights?: unknown,
): ResolvedCounts {
  if (isCountsSummary(input)) {
    if (weights !== undefined) {
      raiseMetrics('INVALID_OPTION', ['weights', 'left out for a counts summary, which carries its own', 'weights'], {
        path: ['weights'],
      });
    }
    const summary = checkScoreCounts(input, argument);
    if (scaleIsExplicit) assertSameScale(scale, summary.scale, [argument, 'scale']);
    return { scale: summary.scale, counts: summary.counts, skipped: summary.skipped, weights: summary.weights };
  }
  const tallied = tallyScores(input as ArrayLike<number>, scale, invalid, argument, weights);
  return { scale, counts: tallied.counts, skipped: tallied.skipped, weights: tallied.weights };
}

/** @internal How many counts fall in the band `[from, to]`. */
export function countInBand(resolved: ResolvedCounts, band: { from: number; to: number }): number {
  let total = 0;
  for (let point = band.from; point <= band.to; point++) total += resolved.counts[point - resolved.scale.min] as number;
  return total;
}

/** @internal The number of scores counted. */
export function totalOf(counts: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < counts.length; index++) total += counts[index] as number;
  return total;
}

/**
 * @internal A sample ready for a score: its counts, how many responses, and what each
 * scale point weighs. Without survey weights `mass` is `counts`, `totalMass` and
 * `effectiveN` are `n`; with them `mass[i]` is the sum of the weights at point i and
 * `effectiveN` is Kish's effective sample size (Σw)² / Σw².
 */
export interface ResolvedSample extends ResolvedCounts {
  readonly n: number;
  readonly weighted: boolean;
  readonly mass: ArrayLike<number>;
  readonly totalMass: number;
  readonly effectiveN: number;
}

/**
 * {@link resolveCounts}, then the count of scores, refusing an input with none and — one
 * rule for every score — an input too small for an interval: at least 2 responses (with
 * weights, an effective sample size of at least 2). The shared first step of every score
 * function.
 *
 * @internal
 */
export function resolveSample(
  metric: string,
  input: ScoreInput,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
  scaleIsExplicit: boolean,
  weights?: unknown,
): ResolvedSample {
  const resolved = resolveCounts(input, scale, invalid, argument, scaleIsExplicit, weights);
  const n = totalOf(resolved.counts);
  if (n === 0) raiseMetrics('EMPTY_SCORES', [resolved.skipped], { path: [argument] });
  if (n < minimumSample) raiseMetrics('TOO_FEW_SCORES', [metric, minimumSample, n], { path: [argument] });
  const { counts, skipped } = resolved;
  if (resolved.weights === undefined) {
    return { scale: resolved.scale, counts, skipped, n, weighted: false, mass: counts, totalMass: n, effectiveN: n };
  }
  const { sums, squares } = resolved.weights;
  const mass = sums.map((sum) => sum[0] as number);
  const totalMass = canonicalSum(sums.flat())[0] as number;
  if (totalMass === 0)
    raiseMetrics('INVALID_WEIGHTS', ['every weight is 0, so there is nothing to score'], { path: [argument] });
  // Kish's effective sample size, (Σw)² / Σw²: at most n, reached when every weight is equal.
  const effectiveN = Math.min(n, (totalMass * totalMass) / (squares[0] as number));
  // A hair of rounding must not refuse two equal weights (n_eff = 2).
  if (effectiveN < minimumSample * (1 - 1e-12)) {
    raiseMetrics('TOO_FEW_SCORES', [metric, minimumSample, effectiveN, true], { path: [argument] });
  }
  return { scale: resolved.scale, counts, skipped, n, weighted: true, mass, totalMass, effectiveN };
}

/** @internal The fewest responses a score with an interval (and a comparison) accepts: one answer has no spread. */
export const minimumSample = 2;

/** @internal The mass (count, or sum of weights) in the band `[from, to]`. */
export function massInBand(sample: ResolvedSample, band: { from: number; to: number }): number {
  let total = 0;
  for (let point = band.from; point <= band.to; point++) total += sample.mass[point - sample.scale.min] as number;
  return total;
}
