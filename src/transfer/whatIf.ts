import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { raiseTransfer } from './messages';
import { readDriverRow } from './readDriverRow';
import { readTransferFunction } from './readTransferFunction';
import type { TransferFunction } from './TransferFunction';

/**
 * Options for {@link whatIf}.
 *
 * @category Prediction
 */
export interface WhatIfOptions {
  /** The confidence level of the interval for the change. Default `0.95`. */
  readonly level?: number;
}

/**
 * What a transfer function says a change in drivers does to the outcome.
 *
 * @category Prediction
 */
export interface PredictedChange {
  /** The predicted outcome at the baseline. */
  readonly baseline: number;
  /** The predicted outcome after the changes. */
  readonly changed: number;
  /**
   * The change in the mean outcome, `Σ bⱼ·Δxⱼ`, with its standard error
   * `√(Δxᵀ·Cov(b)·Δx)` and a Student-t interval on the residual degrees of freedom.
   */
  readonly change: {
    readonly estimate: number;
    readonly standardError: number;
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
  };
  /** Each changed driver's part of the change, `bⱼ·Δxⱼ`, by name. */
  readonly contributions: Readonly<Record<string, number>>;
}

/**
 * Asks a transfer function "what if": the predicted outcome at a baseline and after
 * moving some drivers by the given amounts, with a confidence interval for the change in
 * the mean outcome. It is the mean change for rows like the baseline, not the change for
 * one customer, so its interval narrows as data grows: its variance `Δxᵀ·Cov(b)·Δx` holds
 * only the coefficients' uncertainty. A prediction interval ({@link predict} with
 * `interval: 'prediction'`) is for one new row's outcome: it adds the level's uncertainty
 * (σ̂²/W) and one row's own spread (σ̂²), which no amount of data removes; both cancel in a
 * difference of two means. In a linear transfer function the change does not depend on
 * the baseline; the baseline sets the levels.
 *
 * @param transferFunction - A fitted transfer function.
 * @param baseline - A value for every driver, by name (for instance today's averages).
 * @param changes - How much each driver moves, by name (`{ responseHours: -4 }`: four hours faster); drivers not
 *   named stay put.
 * @param options - `level` (default 0.95).
 * @returns Baseline and changed predictions, the change with its interval, and each driver's contribution.
 * @throws `CxError` `MISSING_DRIVER` (baseline), `UNKNOWN_DRIVER`, `INVALID_INPUT`, `INVALID_OPTION`,
 *   `INVALID_TRANSFER_FUNCTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { fitTransferFunction, whatIf } from 'cxkit/transfer';
 *
 * const fit = fitTransferFunction({ outcome: [9, 7, 5.5, 3], drivers: { waitMinutes: [0, 5, 10, 15] } });
 * const faster = whatIf(fit, { waitMinutes: 10 }, { waitMinutes: -5 });
 * Math.round(faster.change.estimate * 100) / 100 // => 1.95
 * faster.change.lower < faster.change.estimate && faster.change.estimate < faster.change.upper // => true
 * whatIf(fit, { waitMinutes: 10 }, { waitMinutes: -5 }, { level: 95 }) // throws CxError INVALID_OPTION
 *
 * @category Prediction
 */
export function whatIf(
  transferFunction: TransferFunction,
  baseline: Readonly<Record<string, number>>,
  changes: Readonly<Record<string, number>>,
  options: WhatIfOptions = {},
): PredictedChange {
  checkOptions(options, ['level']);
  const level = options.level ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    raiseTransfer('INVALID_OPTION', ['level', 'a confidence level between 0 and 1 (e.g. 0.95)', describeValue(level)], {
      path: ['level'],
    });
  }
  const checked = readTransferFunction(transferFunction);
  const { drivers, coefficients, covariance } = checked;
  const levels = readDriverRow(baseline, drivers, true, 'baseline');
  const deltas = readDriverRow(changes, drivers, false, 'changes');
  const slope = (index: number) => coefficients[drivers[index] as string]?.estimate as number;
  let baselinePrediction = checked.intercept.estimate;
  let estimate = 0;
  let variance = 0;
  drivers.forEach((_name, row) => {
    baselinePrediction += slope(row) * (levels[row] as number);
    estimate += slope(row) * (deltas[row] as number);
    drivers.forEach((_other, column) => {
      variance += (deltas[row] as number) * (covariance[row + 1]?.[column + 1] as number) * (deltas[column] as number);
    });
  });
  const standardError = Math.sqrt(Math.max(variance, 0));
  const margin = studentCriticalValue(level, checked.degreesOfFreedom.residual) * standardError;
  return {
    baseline: baselinePrediction,
    changed: baselinePrediction + estimate,
    change: { estimate, standardError, lower: estimate - margin, upper: estimate + margin, level },
    contributions: Object.fromEntries(
      drivers.flatMap((name, index) =>
        Object.hasOwn(changes, name) ? [[name, slope(index) * (deltas[index] as number)]] : [],
      ),
    ),
  };
}
