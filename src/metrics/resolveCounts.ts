import { CxError } from '../core/errors/CxError';
import { raiseCommon } from '../core/errors/commonMessages';
import { canonicalSum } from '../stats/exactSum';
import { checkScoreCounts } from './checkScoreCounts';
import { checkScaleOption } from './defineScale';
import { emptyScoresMessage, raiseMetrics, tooFewScoresMessage } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts, ScoreInput, ScoreWeights } from './ScoreCounts';
import { assertSameScale } from './sameScale';
import { tallyScores } from './tallyScores';

/** @internal Counts on a known scale, whichever form the input came in. */
export interface ResolvedCounts {
  readonly scale: Scale;
  readonly counts: ArrayLike<number>;
  readonly skipped: number;
  readonly weights?: ScoreWeights | undefined;
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

/** @internal The fewest responses a score with an interval (and a comparison) accepts: one answer has no spread. */
export const minimumSample = 2;

/** @internal Whether a score input is a counts summary rather than raw scores. */
export function isCountsSummary(input: ScoreInput): input is ScoreCounts {
  return typeof input === 'object' && input !== null && 'kind' in input;
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

/** @internal The mass (count, or sum of weights) in the band `[from, to]`. */
export function massInBand(sample: ResolvedSample, band: { from: number; to: number }): number {
  let total = 0;
  for (let point = band.from; point <= band.to; point++) total += sample.mass[point - sample.scale.min] as number;
  return total;
}

/**
 * @internal Unweighted counts as a sample, refusing counts with no score and — one rule for
 * every score — counts too small for an interval: at least 2 responses.
 */
function unweightedSample(metric: string, resolved: ResolvedCounts, argument: string): ResolvedSample {
  const { scale, counts, skipped } = resolved;
  const n = totalOf(counts);
  if (n === 0) throw new CxError('EMPTY_SCORES', emptyScoresMessage(skipped), { path: [argument] });
  if (n < minimumSample) {
    throw new CxError('TOO_FEW_SCORES', tooFewScoresMessage(metric, minimumSample, n), { path: [argument] });
  }
  return { scale, counts, skipped, n, weighted: false, mass: counts, totalMass: n, effectiveN: n };
}

/** @internal Raw scores counted on a checked scale as a sample; `argument` names them in errors. */
function sampleOfTally(
  metric: string,
  scores: ArrayLike<number>,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
): ResolvedSample {
  const { counts, skipped } = tallyScores(scores, scale, invalid, argument);
  return unweightedSample(metric, { scale, counts, skipped }, argument);
}

/**
 * @internal Raw scores counted on a checked `scale` as a sample: the light first step of
 * `nps`, `csat` and `ces`. A counts summary is refused with the name of the function that
 * scores one (`summaryFunction`).
 */
export function sampleOfScores(
  metric: string,
  scores: ArrayLike<number>,
  scale: Scale,
  invalid: InvalidScorePolicy,
  summaryFunction: string,
): ResolvedSample {
  if (isCountsSummary(scores)) {
    raiseCommon(
      'INVALID_INPUT',
      ['scores', `an array of scores (score a counts summary with ${summaryFunction})`, 'a counts summary'],
      { path: ['scores'] },
    );
  }
  return sampleOfTally(metric, scores, scale, invalid, 'scores');
}

/**
 * @internal A counts summary (from `countScores`, `countWeightedScores`, `mergeCounts`, SQL or
 * JSON) as a sample, checked whole, weights included. Its scale must equal `scale` when one
 * is required. With weights, the sample's mass is the weights' and its effective size
 * Kish's, which must reach 2 as `n` must.
 */
export function sampleOfCounts(
  metric: string,
  input: ScoreCounts,
  scale: Scale,
  argument: string,
  scaleIsExplicit: boolean,
): ResolvedSample {
  const summary = checkScoreCounts(input, argument);
  if (scaleIsExplicit) assertSameScale(scale, summary.scale, [argument, 'scale']);
  const sample = unweightedSample(metric, summary, argument);
  if (summary.weights === undefined) return sample;
  const { sums, squares } = summary.weights;
  const mass = sums.map((sum) => sum[0] as number);
  const totalMass = canonicalSum(sums.flat())[0] as number;
  if (totalMass === 0) {
    raiseMetrics('INVALID_WEIGHTS', ['every weight is 0, so there is nothing to score'], { path: [argument] });
  }
  // Kish's effective sample size, (Σw)² / Σw²: at most n, reached when every weight is equal.
  const effectiveN = Math.min(sample.n, (totalMass * totalMass) / (squares[0] as number));
  // A hair of rounding must not refuse two equal weights (n_eff = 2).
  if (effectiveN < minimumSample * (1 - 1e-12)) {
    raiseMetrics('TOO_FEW_SCORES', [metric, minimumSample, effectiveN, true], { path: [argument] });
  }
  return { ...sample, weights: summary.weights, weighted: true, mass, totalMass, effectiveN };
}

/**
 * @internal Raw scores or a counts summary as a sample: the first step of the comparisons,
 * which take either. Raw scores are named by `argument` in errors.
 */
export function resolveSample(
  metric: string,
  input: ScoreInput,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
  scaleIsExplicit: boolean,
): ResolvedSample {
  if (isCountsSummary(input)) return sampleOfCounts(metric, input, scale, argument, scaleIsExplicit);
  return sampleOfTally(metric, input, scaleIsExplicit ? checkScaleOption(scale) : scale, invalid, argument);
}
