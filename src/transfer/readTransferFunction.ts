import { describeValue } from '../core/errors/describeValue';
import { raiseTransfer } from './messages';
import type { TransferFunction } from './TransferFunction';

/**
 * Checks the parts of a transfer function (perhaps read back from JSON) that
 * {@link predict} and {@link whatIf} use: drivers, estimates and the covariance matrix.
 *
 * @internal
 */
export function readTransferFunction(transferFunction: TransferFunction): TransferFunction {
  if (
    typeof transferFunction !== 'object' ||
    transferFunction === null ||
    transferFunction.kind !== 'transfer-function'
  ) {
    raiseTransfer(
      'INVALID_INPUT',
      ['transferFunction', 'a fitted transfer function', describeValue(transferFunction)],
      {
        path: [],
      },
    );
  }
  const { drivers, coefficients, intercept, covariance, degreesOfFreedom } = transferFunction;
  if (!Array.isArray(drivers) || drivers.length === 0) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['drivers must be a non-empty array of names'], { path: ['drivers'] });
  }
  if (typeof intercept !== 'object' || intercept === null || !Number.isFinite(intercept.estimate)) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['the intercept has no finite estimate'], {
      path: ['intercept', 'estimate'],
    });
  }
  for (const name of drivers) {
    if (!Number.isFinite(coefficients?.[name]?.estimate)) {
      raiseTransfer('INVALID_TRANSFER_FUNCTION', [`driver ${JSON.stringify(name)} has no finite estimate`], {
        path: ['coefficients', name, 'estimate'],
      });
    }
  }
  const size = drivers.length + 1;
  if (
    !Array.isArray(covariance) ||
    covariance.length !== size ||
    covariance.some((row) => !Array.isArray(row) || row.length !== size || row.some((value) => !Number.isFinite(value)))
  ) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', [`covariance must be a ${size} × ${size} matrix of finite numbers`], {
      path: ['covariance'],
    });
  }
  if (!Number.isSafeInteger(degreesOfFreedom?.residual) || degreesOfFreedom.residual < 1) {
    raiseTransfer('INVALID_TRANSFER_FUNCTION', ['degreesOfFreedom.residual must be a whole number from 1'], {
      path: ['degreesOfFreedom', 'residual'],
    });
  }
  return transferFunction;
}
