import { readDriverRow } from './readDriverRow';
import { readTransferFunction } from './readTransferFunction';
import type { TransferFunction } from './TransferFunction';

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
export function predict(transferFunction: TransferFunction, row: Readonly<Record<string, number>>): number {
  const checked = readTransferFunction(transferFunction);
  const values = readDriverRow(row, checked.drivers, true, 'row');
  let prediction = checked.intercept.estimate;
  checked.drivers.forEach((name, index) => {
    prediction += (checked.coefficients[name]?.estimate as number) * (values[index] as number);
  });
  return prediction;
}
