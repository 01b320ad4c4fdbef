import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { bootstrapImportance } from './bootstrapImportance';
import type { DriverImportanceMethod } from './DriverImportanceMethod';
import type { MomentColumns } from './gatherBlock';
import { importanceOfState } from './importanceOfState';
import { raiseTransfer } from './messages';
import type { MomentState } from './momentState';
import { readFitSource } from './readFitSource';
import { readTransferMoments } from './readTransferMoments';
import { shapleyDriverLimit } from './shapleyImportance';
import { summarizeInput } from './summarizeInput';
import type { TransferFunction } from './TransferFunction';
import type { MissingValuePolicy, TransferInput } from './TransferInput';
import type { TransferMoments } from './transferMoments';

/**
 * Bootstrap settings for {@link driverImportance}: how many resamples, and the seed that
 * makes them reproducible.
 *
 * @category Driver importance
 */
export interface ImportanceBootstrap {
  /** How many times the rows are resampled: a whole number from 2 to 100 000 (1 000 or more for 95% intervals). */
  readonly replicates: number;
  /** A whole number from 0 to 2³² − 1; the same seed gives the same intervals. */
  readonly seed: number;
  /** The intervals' confidence level. Default `0.95`. */
  readonly level?: number;
}

/**
 * Options for {@link driverImportance}.
 *
 * @category Driver importance
 */
export interface DriverImportanceOptions {
  /** The decomposition. Required: the two methods answer slightly different questions. */
  readonly method: DriverImportanceMethod;
  /**
   * Bootstrap percentile intervals for each driver's importance. They resample rows, so
   * the input must be the rows (`{ outcome, drivers, weights? }`), not a fit or moments.
   */
  readonly bootstrap?: ImportanceBootstrap;
  /** For rows as input: what to do with rows holding a `NaN`, as {@link fitTransferFunction}. Default `'error'`. */
  readonly missing?: MissingValuePolicy;
}

/**
 * A percentile interval of a bootstrapped importance.
 *
 * @category Driver importance
 */
export interface ImportanceInterval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * One driver's importance: `raw` is its part of R² (the raws sum to R²), `share` its
 * part of the explained variance (the shares sum to 1), and `signedShare` the share with
 * the sign of the driver's coefficient, so that a driver that lowers the outcome (such
 * as hours to first response) reads as negative.
 *
 * @category Driver importance
 */
export interface ImportanceOfDriver {
  readonly raw: number;
  readonly share: number;
  /** `share`, negative when the driver's coefficient in the transfer function is negative. */
  readonly signedShare: number;
  /** With the `bootstrap` option: percentile intervals of `raw` and `share`, and the resamples used. */
  readonly interval?: {
    readonly raw: ImportanceInterval;
    readonly share: ImportanceInterval;
    readonly level: number;
    /** The resamples the intervals rest on: `replicates` less any that were degenerate. */
    readonly replicates: number;
  };
}

/**
 * Each driver's importance, keyed by driver name in the transfer function's order.
 *
 * @category Driver importance
 */
export type DriverImportance = Readonly<Record<string, ImportanceOfDriver>>;

const methods: readonly DriverImportanceMethod[] = ['relative-weights', 'shapley'];

const largestSeed = 4_294_967_295;
const mostReplicates = 100_000;

function readBootstrap(bootstrap: ImportanceBootstrap): Required<ImportanceBootstrap> {
  checkOptions(bootstrap, ['replicates', 'seed', 'level'], 'bootstrap');
  const { replicates, seed } = bootstrap;
  const level = bootstrap.level ?? 0.95;
  if (!Number.isSafeInteger(replicates) || replicates < 2 || replicates > mostReplicates) {
    raiseTransfer(
      'INVALID_OPTION',
      ['bootstrap.replicates', `a whole number from 2 to ${mostReplicates}`, describeValue(replicates)],
      {
        path: ['bootstrap', 'replicates'],
      },
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > largestSeed) {
    raiseTransfer(
      'INVALID_OPTION',
      ['bootstrap.seed', `a whole number from 0 to ${largestSeed}`, describeValue(seed)],
      {
        path: ['bootstrap', 'seed'],
      },
    );
  }
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    raiseTransfer(
      'INVALID_OPTION',
      ['bootstrap.level', 'a confidence level between 0 and 1 (e.g. 0.95)', describeValue(level)],
      {
        path: ['bootstrap', 'level'],
      },
    );
  }
  return { replicates, seed, level };
}

/** The input as working moments, and the rows when it is rows. */
function readImportanceInput(
  input: TransferFunction | TransferMoments | TransferInput,
  missing: MissingValuePolicy | undefined,
): { state: MomentState; moments: TransferMoments; data: MomentColumns | undefined } {
  if (typeof input === 'object' && input !== null && !('kind' in input) && 'outcome' in input) {
    const { moments, data } = summarizeInput(input, missing === undefined ? {} : { missing });
    return { state: readTransferMoments(moments), moments, data };
  }
  return { ...readFitSource(input as TransferFunction | TransferMoments), data: undefined };
}

/**
 * Splits a transfer function's R² among its drivers, so leaders see which driver
 * carries the customer's overall perception even when drivers are correlated (where
 * coefficients and standardized betas mislead). Computed from the correlation matrix
 * in the moments; no row is read again, except to bootstrap.
 *
 * - `'shapley'`: each driver's R² gain averaged over every order in which drivers could
 *   enter (LMG; R's `relaimpo` `type = "lmg"`), exact from the R² of all 2^k subsets.
 *   Refused above 20 drivers (`TOO_MANY_DRIVERS`): 2^20 subsets take a few hundred
 *   milliseconds, and each further driver doubles it.
 * - `'relative-weights'`: Johnson's relative weights, from an eigen decomposition; close
 *   to Shapley in practice and fast for any number of drivers.
 *
 * Importance is a share of variance, so it has no sign; `signedShare` adds the sign of
 * the driver's coefficient (which way it moves the outcome, the others held fixed).
 * With `bootstrap`, the rows are resampled with replacement `replicates` times from the
 * seeded generator, and each driver gets percentile intervals of its raw importance and
 * share (Efron's percentile method; quantiles as R's type 7): the same seed gives the
 * same intervals.
 *
 * @param input - A fitted transfer function, its moments, or the rows `{ outcome, drivers, weights? }` (needed to
 *   bootstrap).
 * @param options - `method`; `bootstrap: { replicates, seed, level? }`; `missing` for rows.
 * @returns `{ [driver]: { raw, share, signedShare, interval? } }`; raws sum to R², shares to 1.
 * @throws `CxError` `INVALID_OPTION` (`method`, bootstrap settings and level), `TOO_MANY_DRIVERS`, `BOOTSTRAP_NEEDS_ROWS`, `BOOTSTRAP_DEGENERATE`,
 *   `UNKNOWN_OPTION`, what {@link fitTransferFunction} throws for
 *   bad rows, and what {@link fitTransferFunctionFromMoments} throws for moments that cannot be fitted (e.g.
 *   `COLLINEAR_DRIVERS`).
 *
 * @example
 * import { driverImportance, transferMoments } from 'cxkit/transfer';
 *
 * // Two drivers uncorrelated with each other: each one's raw importance is its squared correlation with the outcome.
 * const rows = { outcome: [1, 3, 5, 6], drivers: { speed: [1, 1, 2, 2], courtesy: [1, 2, 1, 2] } };
 * const importance = driverImportance(transferMoments(rows), { method: 'shapley' });
 * [importance.speed?.raw.toFixed(3), importance.speed?.share.toFixed(3)] // => ['0.831', '0.845']
 * [importance.courtesy?.raw.toFixed(3), importance.courtesy?.share.toFixed(3)] // => ['0.153', '0.155']
 *
 * // Waiting lowers satisfaction: its share reads as negative.
 * // R: LMG shares 0.643 and 0.357 by the two orders of entry; coef(lm()) -0.397 and 0.163.
 * const waits = { outcome: [9, 8, 6, 7, 4, 5], drivers: { waitMinutes: [2, 4, 9, 6, 14, 10], courtesy: [5, 4, 4, 5, 3, 3] } };
 * const signed = driverImportance(waits, { method: 'shapley' });
 * [signed.waitMinutes?.signedShare.toFixed(3), signed.courtesy?.signedShare.toFixed(3)] // => ['-0.643', '0.357']
 * const bootstrapped = driverImportance(waits, { method: 'shapley', bootstrap: { replicates: 200, seed: 7 } });
 * const interval = bootstrapped.waitMinutes?.interval;
 * interval !== undefined && interval.share.lower <= interval.share.upper // => true
 * driverImportance(waits, { method: 'shapley', bootstrap: { replicates: 200, seed: 7 } }).waitMinutes?.interval // => interval
 * driverImportance(transferMoments(rows), { method: 'shapley', bootstrap: { replicates: 200, seed: 7 } }) // throws CxError BOOTSTRAP_NEEDS_ROWS
 * driverImportance(waits, { method: 'dominance' as 'shapley' }) // throws CxError INVALID_OPTION
 *
 * @category Driver importance
 */
export function driverImportance(
  input: TransferFunction | TransferMoments | TransferInput,
  options: DriverImportanceOptions,
): DriverImportance {
  checkOptions(options, ['method', 'bootstrap', 'missing']);
  const method = options?.method;
  if (!methods.includes(method))
    raiseTransfer(
      'INVALID_OPTION',
      ['method', `one of ${methods.map((name) => JSON.stringify(name)).join(', ')}`, describeValue(method)],
      { path: ['method'] },
    );
  const bootstrap = options.bootstrap === undefined ? undefined : readBootstrap(options.bootstrap);
  const { state, moments, data } = readImportanceInput(input, options.missing);
  const { drivers } = moments;
  const k = drivers.length;
  if (method === 'shapley' && k > shapleyDriverLimit) {
    raiseTransfer('TOO_MANY_DRIVERS', [k, shapleyDriverLimit], { path: ['method'] });
  }
  if (bootstrap !== undefined && data === undefined) raiseTransfer('BOOTSTRAP_NEEDS_ROWS', [], { path: ['bootstrap'] });
  const { raw, solution } = importanceOfState(state, drivers, moments.dropped, method);
  const total = raw.reduce((sum, value) => sum + value, 0);
  const intervals =
    bootstrap === undefined || data === undefined
      ? undefined
      : bootstrapImportance(data, drivers, method, bootstrap.replicates, bootstrap.seed, bootstrap.level);
  return Object.fromEntries(
    drivers.map((name, index) => {
      const share = (raw[index] as number) / total;
      const importance: ImportanceOfDriver = {
        raw: raw[index] as number,
        share,
        signedShare: (solution.standardized[index] as number) < 0 ? -share : share,
      };
      if (intervals === undefined || bootstrap === undefined) return [name, importance];
      const [rawLower, rawUpper] = intervals.raw[index] as readonly [number, number];
      const [shareLower, shareUpper] = intervals.share[index] as readonly [number, number];
      return [
        name,
        {
          ...importance,
          interval: {
            raw: { lower: rawLower, upper: rawUpper },
            share: { lower: shareLower, upper: shareUpper },
            level: bootstrap.level,
            replicates: intervals.replicates,
          },
        },
      ];
    }),
  );
}
