import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raiseTransfer } from './messages';
import { readFitSource } from './readFitSource';
import { relativeWeights } from './relativeWeights';
import { shapleyDriverLimit, shapleyImportance } from './shapleyImportance';
import { solveTransferFunction } from './solveTransferFunction';
import type { TransferFunction } from './TransferFunction';
import type { TransferMoments } from './transferMoments';

/**
 * How {@link driverImportance} splits R²: `'relative-weights'` (Johnson 2000, any
 * number of drivers) or `'shapley'` (the LMG decomposition, exact over all subsets, up
 * to 20 drivers).
 *
 * @category Driver importance
 */
export type DriverImportanceMethod = 'relative-weights' | 'shapley';

/**
 * Options for {@link driverImportance}.
 *
 * @category Driver importance
 */
export interface DriverImportanceOptions {
  /** The decomposition. Required: the two methods answer slightly different questions. */
  readonly method: DriverImportanceMethod;
}

/**
 * One driver's importance: `raw` is its part of R² (the raws sum to R²), `share` its
 * part of the explained variance (the shares sum to 1).
 *
 * @category Driver importance
 */
export interface ImportanceOfDriver {
  readonly raw: number;
  readonly share: number;
}

/**
 * Each driver's importance, keyed by driver name in the transfer function's order.
 *
 * @category Driver importance
 */
export type DriverImportance = Readonly<Record<string, ImportanceOfDriver>>;

const methods: readonly DriverImportanceMethod[] = ['relative-weights', 'shapley'];

/**
 * Splits a transfer function's R² among its drivers, so leaders see which driver
 * carries the customer's overall perception even when drivers are correlated (where
 * coefficients and standardised betas mislead). Computed from the correlation matrix
 * in the moments; no row is read again.
 *
 * - `'shapley'`: each driver's R² gain averaged over every order in which drivers could
 *   enter (LMG; R's `relaimpo` `type = "lmg"`), exact from the R² of all 2^k subsets.
 *   Refused above 20 drivers (`TOO_MANY_DRIVERS`): 2^20 subsets take a few hundred
 *   milliseconds, and each further driver doubles it.
 * - `'relative-weights'`: Johnson's relative weights, from an eigen decomposition; close
 *   to Shapley in practice and fast for any number of drivers.
 *
 * @param input - A fitted transfer function or its moments.
 * @param options - `method`: `'relative-weights'` or `'shapley'`.
 * @returns `{ [driver]: { raw, share } }`; raws sum to R², shares to 1.
 * @throws `CxError` `INVALID_OPTION`, `TOO_MANY_DRIVERS`, and what {@link fitTransferFunctionFromMoments} throws for
 *   moments that cannot be fitted (e.g. `COLLINEAR_DRIVERS`).
 *
 * @example
 * import { driverImportance, transferMoments } from 'cxkit/transfer';
 *
 * // Two drivers uncorrelated with each other: each one's raw importance is its squared correlation with the outcome.
 * const moments = transferMoments({ outcome: [1, 3, 5, 6], drivers: { speed: [1, 1, 2, 2], courtesy: [1, 2, 1, 2] } });
 * const importance = driverImportance(moments, { method: 'shapley' });
 * [importance.speed?.raw.toFixed(3), importance.speed?.share.toFixed(3)] // => ['0.831', '0.845']
 * [importance.courtesy?.raw.toFixed(3), importance.courtesy?.share.toFixed(3)] // => ['0.153', '0.155']
 * driverImportance(moments, { method: 'dominance' as 'shapley' }) // throws CxError INVALID_OPTION
 *
 * @category Driver importance
 */
export function driverImportance(
  input: TransferFunction | TransferMoments,
  options: DriverImportanceOptions,
): DriverImportance {
  checkOptions(options, ['method']);
  const method = options?.method;
  if (!methods.includes(method))
    raiseTransfer(
      'INVALID_OPTION',
      ['method', `one of ${methods.map((name) => JSON.stringify(name)).join(', ')}`, describeValue(method)],
      {
        path: ['method'],
      },
    );
  const { state, moments } = readFitSource(input);
  const { drivers } = moments;
  const k = drivers.length;
  if (method === 'shapley' && k > shapleyDriverLimit) {
    raiseTransfer('TOO_MANY_DRIVERS', [k, shapleyDriverLimit], { path: ['method'] });
  }
  const { correlations, outcomeCorrelations } = solveTransferFunction(state, drivers, moments.dropped);
  const raw =
    method === 'shapley'
      ? shapleyImportance(correlations, outcomeCorrelations, k)
      : relativeWeights(correlations, outcomeCorrelations, k);
  const total = raw.reduce((sum, value) => sum + value, 0);
  return Object.fromEntries(
    drivers.map((name, index) => [name, { raw: raw[index] as number, share: (raw[index] as number) / total }]),
  );
}
