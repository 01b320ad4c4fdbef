import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { raiseTransfer } from './messages';
import { readDriverRow } from './readDriverRow';
import { readTransferFunction } from './readTransferFunction';
import type { TransferFunction } from './TransferFunction';

/**
 * Options for {@link predict} with an interval.
 *
 * @category Prediction
 */
export interface PredictOptions {
  /**
   * `'confidence'`: an interval for the mean outcome of rows with these driver values
   * (R's `interval = "confidence"`); `'prediction'`: an interval for the outcome of one
   * new row (R's `interval = "prediction"`), wider by the residual variance.
   */
  readonly interval: 'confidence' | 'prediction';
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /**
   * For `'prediction'`: the new row's weight, whose outcome varies by σ̂²/weight, as R's
   * `predict.lm(weights = )`. Default `1` (for a weighted fit, a row of weight 1).
   */
  readonly weight?: number;
}

/**
 * A predicted outcome with its interval, as R's `predict.lm(..., interval = )`.
 *
 * @category Prediction
 */
export interface PredictedOutcome {
  /** `b₀ + Σ bⱼ·xⱼ`. */
  readonly estimate: number;
  /**
   * The standard error the interval uses: for `'confidence'`, that of the mean outcome
   * (R's `se.fit`), `σ̂·√(1/W + (x − x̄)ᵀ(XcᵀWXc)⁻¹(x − x̄))`; for `'prediction'`, that of
   * one new row's outcome, `√(se.fit² + σ̂²/weight)`.
   */
  readonly standardError: number;
  /** `estimate ∓ t·standardError`, t from Student's t on the residual degrees of freedom. */
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  readonly interval: 'confidence' | 'prediction';
}

const intervals = ['confidence', 'prediction'];

/** The fit's σ̂, weight sum and driver means, checked: only intervals need them. */
function readIntervalParts(transferFunction: TransferFunction): { sigma: number; weightSum: number; means: number[] } {
  const sigma = transferFunction.residualStandardError;
  if (typeof sigma !== 'number' || !Number.isFinite(sigma) || sigma < 0) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['residualStandardError must be a finite number from 0'], {
      path: ['residualStandardError'],
    });
  }
  const moments = transferFunction.moments;
  const means = moments?.means;
  if (
    !Array.isArray(means) ||
    means.length !== transferFunction.drivers.length + 1 ||
    means.some((mean) => typeof mean !== 'number' || !Number.isFinite(mean))
  ) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['moments.means must hold a finite mean per variable'], {
      path: ['moments', 'means'],
    });
  }
  const weightSum = moments.weightSum;
  if (typeof weightSum !== 'number' || !Number.isFinite(weightSum) || !(weightSum > 0)) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['moments.weightSum must be a positive finite number'], {
      path: ['moments', 'weightSum'],
    });
  }
  return { sigma, weightSum, means };
}

/**
 * The outcome a transfer function predicts for one set of driver values:
 * `b₀ + Σ bⱼ·xⱼ`.
 *
 * @param transferFunction - A fitted transfer function.
 * @param row - A value for every driver, by name.
 * @returns The predicted outcome.
 * @throws `CxError` `MISSING_DRIVER`, `UNKNOWN_DRIVER` (with a suggestion), `INVALID_INPUT` (a value that is not a
 *   finite number, with its path), `INVALID_TRANSFER_FUNCTION`.
 *
 * @example
 * import { fitTransferFunction, predict } from 'cxkit/transfer';
 *
 * const fit = fitTransferFunction({ outcome: [9, 7, 5.5, 3], drivers: { waitMinutes: [0, 5, 10, 15] } });
 * Math.round(predict(fit, { waitMinutes: 20 }) * 100) / 100 // => 1.25
 * predict(fit, { waitMinute: 20 }) // throws CxError UNKNOWN_DRIVER
 *
 * @category Prediction
 */
export function predict(transferFunction: TransferFunction, row: Readonly<Record<string, number>>): number;
/**
 * The outcome a transfer function predicts for one set of driver values, with a
 * confidence interval for the mean outcome of such rows or a prediction interval for
 * one new row's outcome, as R's `predict.lm(fit, newdata, interval = , level = )`.
 *
 * The confidence interval narrows as data grows: it is only as wide as the uncertainty
 * in the coefficients. The prediction interval adds the spread of single rows around
 * their mean (σ̂), which no amount of data removes.
 *
 * @param transferFunction - A fitted transfer function.
 * @param row - A value for every driver, by name.
 * @param options - `interval` (`'confidence'` or `'prediction'`), `level` (default 0.95), `weight` (default 1).
 * @returns `{ estimate, standardError, lower, upper, level, interval }`.
 * @throws `CxError` as above, and `INVALID_OPTION` (`interval`, `level`, `weight`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { fitTransferFunction, predict } from 'cxkit/transfer';
 *
 * const fit = fitTransferFunction({ outcome: [9, 7, 5.5, 3], drivers: { waitMinutes: [0, 5, 10, 15] } });
 * // R: predict(lm(y ~ x), data.frame(x = 20), interval = 'prediction') gives 1.25, -0.7624, 3.2624.
 * const one = predict(fit, { waitMinutes: 20 }, { interval: 'prediction' });
 * [one.estimate, one.lower, one.upper].map((value) => value.toFixed(4)) // => ['1.2500', '-0.7624', '3.2624']
 * const mean = predict(fit, { waitMinutes: 20 }, { interval: 'confidence' });
 * mean.upper - mean.lower < one.upper - one.lower // => true
 * predict(fit, { waitMinutes: 20 }, { interval: 'tolerance' as 'prediction' }) // throws CxError INVALID_OPTION
 *
 * @category Prediction
 */
export function predict(
  transferFunction: TransferFunction,
  row: Readonly<Record<string, number>>,
  options: PredictOptions,
): PredictedOutcome;
export function predict(
  transferFunction: TransferFunction,
  row: Readonly<Record<string, number>>,
  options?: PredictOptions,
): number | PredictedOutcome {
  if (options !== undefined) checkOptions(options, ['interval', 'level', 'weight']);
  const checked = readTransferFunction(transferFunction);
  const values = readDriverRow(row, checked.drivers, true, 'row');
  let estimate = checked.intercept.estimate;
  checked.drivers.forEach((name, index) => {
    estimate += (checked.coefficients[name]?.estimate as number) * (values[index] as number);
  });
  if (options === undefined) return estimate;
  const { interval } = options;
  if (!intervals.includes(interval)) {
    raiseTransfer('INVALID_OPTION', ['interval', '"confidence" or "prediction"', describeValue(interval)], {
      path: ['interval'],
    });
  }
  const level = options.level ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    raiseTransfer('INVALID_OPTION', ['level', 'a confidence level between 0 and 1 (e.g. 0.95)', describeValue(level)], {
      path: ['level'],
    });
  }
  const weight = options.weight ?? 1;
  if (typeof weight !== 'number' || !(weight > 0) || weight === Number.POSITIVE_INFINITY) {
    raiseTransfer('INVALID_OPTION', ['weight', 'a positive finite number', describeValue(weight)], {
      path: ['weight'],
    });
  }
  const { sigma, weightSum, means } = readIntervalParts(checked);
  // Centered on the drivers' means, so that rows near the data do not pay for the
  // cancellation an uncentered x₀ᵀ·Cov·x₀ would suffer when the means are large.
  const k = checked.drivers.length;
  let spread = 0;
  for (let left = 0; left < k; left++) {
    const leftOffset = (values[left] as number) - (means[left + 1] as number);
    for (let right = 0; right < k; right++) {
      const rightOffset = (values[right] as number) - (means[right + 1] as number);
      spread += leftOffset * (checked.covariance[left + 1]?.[right + 1] as number) * rightOffset;
    }
  }
  const meanVariance = (sigma * sigma) / weightSum + Math.max(spread, 0);
  const variance = interval === 'prediction' ? meanVariance + (sigma * sigma) / weight : meanVariance;
  const standardError = Math.sqrt(variance);
  const margin = studentCriticalValue(level, checked.degreesOfFreedom.residual) * standardError;
  return { estimate, standardError, lower: estimate - margin, upper: estimate + margin, level, interval };
}
