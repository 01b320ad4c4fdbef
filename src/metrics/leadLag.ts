import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { studentPValue } from '../stats/studentPValue';
import { raiseMetrics } from './messages';
import { raiseOutcome } from './outcomeMessages';

/**
 * Options for {@link leadLag}.
 *
 * @category Business outcomes
 */
export interface LeadLagOptions {
  /**
   * The longest lag tried, in periods, each way: lags −maxLag … maxLag. A whole number
   * from 0; the series need at least `maxLag + 3` periods. Default `⌊n / 4⌋` (at most
   * `n − 3`), the usual reach of a cross-correlation.
   */
  readonly maxLag?: number;
  /** A lag counts when its p-value, adjusted for the number of lags tried (Holm), is below this. Default `0.05`. */
  readonly alpha?: number;
}

/**
 * The correlation at one lag. A positive lag `k` pairs the score of period `t` with
 * the business measure of period `t + k`: the score leads by `k`.
 *
 * @category Business outcomes
 */
export interface LagCorrelation {
  readonly lag: number;
  /** How many periods are paired: `n − |lag|`. */
  readonly pairs: number;
  /** Pearson's r of the pairs; `null` when either side is constant over them. */
  readonly correlation: number | null;
  /**
   * The effective number of independent pairs once both series' autocorrelation is
   * allowed for (Pyper and Peterman 1998), at most `pairs`; `null` with no correlation.
   */
  readonly effectivePairs: number | null;
  /** Two-sided p-value of Student's t on `effectivePairs − 2` degrees of freedom; `null` when it has none. */
  readonly pValue: number | null;
  /** `pValue` adjusted for every lag tried (Holm); `null` with no p-value. */
  readonly adjustedPValue: number | null;
}

/**
 * What {@link leadLag} returns.
 *
 * @category Business outcomes
 */
export interface LeadLag {
  /** `'scores-lead'`, `'business-leads'`, `'together'` (lag 0) or `'none'` (no lag holds after adjustment). */
  readonly verdict: 'scores-lead' | 'business-leads' | 'together' | 'none';
  /** The lag that holds most clearly (smallest adjusted p-value, then largest |r|); `null` for `'none'`. */
  readonly lag: number | null;
  /** Its correlation: positive when higher scores go with a higher business measure. */
  readonly correlation: number | null;
  readonly alpha: number;
  /** Every lag from −maxLag to maxLag. */
  readonly lags: readonly LagCorrelation[];
}

function readSeries(series: unknown, name: string): Float64Array {
  if (
    series === null ||
    typeof series !== 'object' ||
    typeof (series as ArrayLike<unknown>).length !== 'number' ||
    !Number.isSafeInteger((series as ArrayLike<unknown>).length)
  ) {
    raiseMetrics('INVALID_INPUT', [name, 'an array of numbers', describeValue(series)], { path: [name] });
  }
  const list = series as ArrayLike<unknown>;
  const values = new Float64Array(list.length);
  for (let index = 0; index < list.length; index++) {
    const value = list[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseMetrics('INVALID_INPUT', [`${name}[${index}]`, 'a finite number', describeValue(value)], {
        path: [name, index],
      });
    }
    values[index] = value;
  }
  return values;
}

/**
 * @internal Sample autocorrelations r₁…r_maxLag of `values[start … start + length)`, as
 * R's `acf` computes them: lag products about the mean over the sum of squares.
 */
function autocorrelations(values: Float64Array, start: number, length: number, maxLag: number): Float64Array {
  let sum = 0;
  for (let index = start; index < start + length; index++) sum += values[index] as number;
  const mean = sum / length;
  let squares = 0;
  for (let index = start; index < start + length; index++) squares += ((values[index] as number) - mean) ** 2;
  const result = new Float64Array(maxLag + 1);
  for (let lag = 1; lag <= maxLag; lag++) {
    let products = 0;
    for (let index = start; index + lag < start + length; index++) {
      products += ((values[index] as number) - mean) * ((values[index + lag] as number) - mean);
    }
    result[lag] = squares === 0 ? 0 : products / squares;
  }
  return result;
}

function correlationAt(scores: Float64Array, business: Float64Array, lag: number): LagCorrelation {
  const n = scores.length;
  const pairs = n - Math.abs(lag);
  // Score at t with business at t + lag: the segments that overlap.
  const scoreStart = lag >= 0 ? 0 : -lag;
  const businessStart = lag >= 0 ? lag : 0;
  let sumScore = 0;
  let sumBusiness = 0;
  for (let index = 0; index < pairs; index++) {
    sumScore += scores[scoreStart + index] as number;
    sumBusiness += business[businessStart + index] as number;
  }
  const meanScore = sumScore / pairs;
  const meanBusiness = sumBusiness / pairs;
  let cross = 0;
  let squaresScore = 0;
  let squaresBusiness = 0;
  for (let index = 0; index < pairs; index++) {
    const x = (scores[scoreStart + index] as number) - meanScore;
    const y = (business[businessStart + index] as number) - meanBusiness;
    cross += x * y;
    squaresScore += x * x;
    squaresBusiness += y * y;
  }
  const none = { lag, pairs, correlation: null, effectivePairs: null, pValue: null, adjustedPValue: null };
  if (squaresScore === 0 || squaresBusiness === 0) return none;
  const correlation = Math.max(-1, Math.min(1, cross / Math.sqrt(squaresScore * squaresBusiness)));
  // Pyper & Peterman (1998), eq. 1: 1/N* = 1/N + (2/N) Σ_{j=1}^{N/5} ((N − j)/N) ρxx(j) ρyy(j).
  const reach = Math.floor(pairs / 5);
  const scoreAcf = autocorrelations(scores, scoreStart, pairs, reach);
  const businessAcf = autocorrelations(business, businessStart, pairs, reach);
  let sum = 0;
  for (let j = 1; j <= reach; j++) sum += ((pairs - j) / pairs) * (scoreAcf[j] as number) * (businessAcf[j] as number);
  const inverse = 1 / pairs + (2 / pairs) * sum;
  // Opposite autocorrelations can push N* above N; more independent pairs than pairs
  // is not credible, so it is capped at N.
  const effectivePairs = inverse <= 1 / pairs ? pairs : 1 / inverse;
  if (effectivePairs <= 2) return { ...none, correlation, effectivePairs };
  const degreesOfFreedom = effectivePairs - 2;
  const pValue =
    Math.abs(correlation) === 1
      ? 0
      : studentPValue(correlation * Math.sqrt(degreesOfFreedom / (1 - correlation * correlation)), degreesOfFreedom);
  return { lag, pairs, correlation, effectivePairs, pValue, adjustedPValue: null };
}

// Holm's step-down adjustment (R's p.adjust(method = "holm")), over the lags with a p-value.
function holm(lags: LagCorrelation[]): LagCorrelation[] {
  const tested = lags
    .map((entry, index) => ({ index, pValue: entry.pValue }))
    .filter((entry): entry is { index: number; pValue: number } => entry.pValue !== null)
    .sort((left, right) => left.pValue - right.pValue || left.index - right.index);
  const adjusted = new Map<number, number>();
  let running = 0;
  tested.forEach((entry, rank) => {
    running = Math.max(running, Math.min(1, (tested.length - rank) * entry.pValue));
    adjusted.set(entry.index, running);
  });
  return lags.map((entry, index) => ({ ...entry, adjustedPValue: adjusted.get(index) ?? null }));
}

/**
 * Whether customers' ratings lead a business measure (renewals, revenue, repeat
 * orders), follow it, or move with it: the cross-correlation of two series over the
 * same equally spaced periods at every lag from −maxLag to maxLag, each tested in a way
 * that allows for autocorrelation, and the lag that holds most clearly.
 *
 * Two series that each drift or cycle slowly correlate by chance far more often than
 * the textbook test of r admits, because neighboring periods are not independent. Each
 * lag is therefore tested with Student's t on an effective number of pairs N* (Pyper
 * and Peterman 1998, after Chelton 1984): 1/N* = 1/N + (2/N) Σⱼ ((N − j)/N) ρₓₓ(j) ρᵧᵧ(j)
 * for j up to N/5, with ρ the sample autocorrelations (as R's `acf`) of the two segments
 * paired at that lag, and N* at most N. The p-values are then adjusted for the number
 * of lags tried (Holm). A lag that holds is an association in time, not proof of cause;
 * a series with a strong trend is best differenced first.
 *
 * @param scoreSeries - The CX score per period (e.g. monthly NPS), oldest first.
 * @param businessSeries - The business measure for the same periods.
 * @param options - `maxLag` and `alpha`; see {@link LeadLagOptions}.
 * @returns The verdict, the lag and its correlation, and every lag's test.
 * @throws `CxError` `INVALID_INPUT` (a value that is not a finite number, path `[series, index]`),
 *   `INVALID_OPTION` (`maxLag` or `alpha`), `MISMATCHED_COLUMNS`, `TOO_SHORT_SERIES`, `CONSTANT_SERIES`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { leadLag } from 'cxkit/metrics';
 *
 * // Renewals follow the score two months later.
 * const nps = [12, 18, 9, 15, 21, 7, 14, 19, 11, 16, 8, 20, 13, 17, 10, 22, 6, 15, 18, 12];
 * const renewals = [80, 81, ...nps.slice(0, -2).map((score) => 70 + score)];
 * const result = leadLag(nps, renewals, { maxLag: 4 });
 * [result.verdict, result.lag, result.correlation] // => ['scores-lead', 2, 1]
 * leadLag(nps, renewals.slice(1)) // throws CxError MISMATCHED_COLUMNS
 *
 * @category Business outcomes
 */
export function leadLag(
  scoreSeries: ArrayLike<number>,
  businessSeries: ArrayLike<number>,
  options: LeadLagOptions = {},
): LeadLag {
  checkOptions(options, ['maxLag', 'alpha']);
  const scores = readSeries(scoreSeries, 'scoreSeries');
  const business = readSeries(businessSeries, 'businessSeries');
  if (scores.length !== business.length) raiseOutcome('MISMATCHED_COLUMNS', [scores.length, business.length]);
  const n = scores.length;
  const { maxLag = Math.max(0, Math.min(Math.floor(n / 4), n - 3)), alpha = 0.05 } = options;
  if (!Number.isSafeInteger(maxLag) || maxLag < 0) {
    raiseMetrics('INVALID_OPTION', ['maxLag', 'a whole number from 0', describeValue(maxLag)], {
      path: ['maxLag'],
    });
  }
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    raiseMetrics('INVALID_OPTION', ['alpha', 'a number between 0 and 1', describeValue(alpha)], {
      path: ['alpha'],
    });
  }
  if (n < maxLag + 3) raiseOutcome('TOO_SHORT_SERIES', [n, maxLag, maxLag + 3]);
  for (const [values, which] of [
    [scores, 'score'],
    [business, 'business'],
  ] as const) {
    if (values.every((value) => value === values[0])) raiseOutcome('CONSTANT_SERIES', [which]);
  }
  const lags: LagCorrelation[] = [];
  for (let lag = 0 - maxLag; lag <= maxLag; lag++) lags.push(correlationAt(scores, business, lag));
  const adjusted = holm(lags);
  let best: LagCorrelation | undefined;
  for (const entry of adjusted) {
    if (entry.adjustedPValue === null || entry.adjustedPValue >= alpha) continue;
    if (
      best === undefined ||
      entry.adjustedPValue < (best.adjustedPValue as number) ||
      (entry.adjustedPValue === best.adjustedPValue &&
        Math.abs(entry.correlation ?? 0) > Math.abs(best.correlation ?? 0))
    ) {
      best = entry;
    }
  }
  if (best === undefined) return { verdict: 'none', lag: null, correlation: null, alpha, lags: adjusted };
  return {
    verdict: best.lag > 0 ? 'scores-lead' : best.lag < 0 ? 'business-leads' : 'together',
    lag: best.lag,
    correlation: best.correlation,
    alpha,
    lags: adjusted,
  };
}
