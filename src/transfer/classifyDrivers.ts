import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { suggestKey } from '../core/errors/suggestKey';
import type { ImportanceOfDriver } from './driverImportance';
import { raiseTransfer } from './messages';

/**
 * The four quadrants of an importance × performance map.
 *
 * - `'concentrate-here'`: important and below target: where improvement moves the ultimate metric most.
 * - `'keep-up-the-good-work'`: important and on target: protect it.
 * - `'low-priority'`: less important and below target: fix when cheap.
 * - `'possible-overkill'`: less important and on target: effort that may be better spent elsewhere.
 *
 * @category Driver importance
 */
export type DriverQuadrant = 'concentrate-here' | 'keep-up-the-good-work' | 'low-priority' | 'possible-overkill';

/**
 * A driver's current performance against its target. `direction` says which way is
 * better: `'higher-is-better'` (default; first-contact resolution) or `'lower-is-better'`
 * (hours to respond).
 *
 * @category Driver importance
 */
export interface DriverPerformance {
  readonly current: number;
  readonly target: number;
  readonly direction?: 'higher-is-better' | 'lower-is-better';
}

/**
 * Options for {@link classifyDrivers}.
 *
 * @category Driver importance
 */
export interface ClassifyDriversOptions {
  /**
   * The importance share at or above which a driver counts as important. Default: the
   * mean share, 1/k for k drivers.
   */
  readonly importanceThreshold?: number;
}

/**
 * One driver's place on the importance × performance map, with the numbers behind it.
 *
 * @category Driver importance
 */
export interface ClassifiedDriver {
  readonly driver: string;
  readonly quadrant: DriverQuadrant;
  /** Its share of the explained variance. */
  readonly importance: number;
  /** Whether `importance` is at or above the threshold. */
  readonly important: boolean;
  readonly current: number;
  readonly target: number;
  readonly direction: 'higher-is-better' | 'lower-is-better';
  /** How far ahead of target it is (negative: behind), in the driver's unit, the better way positive. */
  readonly gap: number;
  readonly meetsTarget: boolean;
}

/**
 * The importance × performance map of a transfer function's drivers.
 *
 * @category Driver importance
 */
export interface DriverClassification {
  /** The importance share that separated important drivers from the rest. */
  readonly importanceThreshold: number;
  /** Every driver: `'concentrate-here'` first, then keep up, low priority, possible overkill; by importance within each. */
  readonly drivers: readonly ClassifiedDriver[];
}

const quadrantOrder: readonly DriverQuadrant[] = [
  'concentrate-here',
  'keep-up-the-good-work',
  'low-priority',
  'possible-overkill',
];

/**
 * Places each driver in the classic importance × performance quadrants: importance
 * from {@link driverImportance}, performance as current against target. Important
 * drivers below target are where to concentrate; important ones on target are to keep
 * up; the less important below target are low priority; the less important on target
 * may be overkill. Governance prioritization reads this map.
 *
 * A driver is important when its share is at or above the threshold (default the mean
 * share, 1/k), and meets its target when `current ≥ target` (or `≤` for
 * `'lower-is-better'`).
 *
 * @param importance - Each driver's `{ raw, share }` from {@link driverImportance}.
 * @param performance - Each driver's `{ current, target, direction? }`, for the same drivers.
 * @param options - `importanceThreshold` (default 1/k).
 * @returns The threshold and each driver's quadrant with the numbers behind it.
 * @throws `CxError` `MISSING_DRIVER` (a driver without performance), `UNKNOWN_DRIVER` (performance for a driver not in
 *   the importance), `INVALID_INPUT` (a value that is not a finite number, a bad direction or threshold), `UNKNOWN_OPTION`.
 *
 * @example
 * import { classifyDrivers } from 'cxkit/transfer';
 *
 * const map = classifyDrivers(
 *   { responseHours: { raw: 0.3, share: 0.6 }, courtesy: { raw: 0.15, share: 0.3 }, billingAccuracy: { raw: 0.05, share: 0.1 } },
 *   {
 *     responseHours: { current: 30, target: 24, direction: 'lower-is-better' },
 *     courtesy: { current: 4.3, target: 4.5 },
 *     billingAccuracy: { current: 0.999, target: 0.98 },
 *   },
 * );
 * map.drivers.map((driver) => [driver.driver, driver.quadrant])
 * // => [['responseHours', 'concentrate-here'], ['courtesy', 'low-priority'], ['billingAccuracy', 'possible-overkill']]
 * map.drivers[0]?.gap // => -6
 *
 * @category Driver importance
 */
export function classifyDrivers(
  importance: Readonly<Record<string, Pick<ImportanceOfDriver, 'share'> & Partial<ImportanceOfDriver>>>,
  performance: Readonly<Record<string, DriverPerformance>>,
  options: ClassifyDriversOptions = {},
): DriverClassification {
  checkOptions(options, ['importanceThreshold']);
  if (typeof importance !== 'object' || importance === null || Object.keys(importance).length === 0) {
    raiseTransfer(
      'INVALID_INPUT',
      ['importance', 'a non-empty result of driverImportance', describeValue(importance)],
      {
        path: ['importance'],
      },
    );
  }
  if (typeof performance !== 'object' || performance === null) {
    raiseTransfer(
      'INVALID_INPUT',
      ['performance', 'an object of { current, target } by driver', describeValue(performance)],
      {
        path: ['performance'],
      },
    );
  }
  const names = Object.keys(importance);
  for (const name of Object.keys(performance)) {
    if (!names.includes(name)) {
      raiseTransfer('UNKNOWN_DRIVER', [name, suggestKey(name, names), names], { path: ['performance', name] });
    }
  }
  const threshold = options.importanceThreshold ?? 1 / names.length;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    raiseTransfer('INVALID_OPTION', ['importanceThreshold', 'a finite number', describeValue(threshold)], {
      path: ['importanceThreshold'],
    });
  }
  const classified = names.map((name): ClassifiedDriver => {
    const share = importance[name]?.share;
    if (typeof share !== 'number' || !Number.isFinite(share)) {
      raiseTransfer('INVALID_INPUT', [`importance.${name}.share`, 'a finite number', describeValue(share)], {
        path: ['importance', name, 'share'],
      });
    }
    if (!Object.hasOwn(performance, name)) raiseTransfer('MISSING_DRIVER', [name], { path: ['performance', name] });
    const entry = performance[name] as DriverPerformance;
    checkOptions(entry, ['current', 'target', 'direction'], `performance.${name}`);
    const { current, target, direction = 'higher-is-better' } = entry;
    for (const [field, value] of [
      ['current', current],
      ['target', target],
    ] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        raiseTransfer('INVALID_INPUT', [`performance.${name}.${field}`, 'a finite number', describeValue(value)], {
          path: ['performance', name, field],
        });
      }
    }
    if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
      raiseTransfer(
        'INVALID_INPUT',
        [`performance.${name}.direction`, '"higher-is-better" or "lower-is-better"', describeValue(direction)],
        { path: ['performance', name, 'direction'] },
      );
    }
    const gap = direction === 'higher-is-better' ? current - target : target - current;
    const meetsTarget = gap >= 0;
    const important = share >= threshold;
    const quadrant: DriverQuadrant = important
      ? meetsTarget
        ? 'keep-up-the-good-work'
        : 'concentrate-here'
      : meetsTarget
        ? 'possible-overkill'
        : 'low-priority';
    return { driver: name, quadrant, importance: share, important, current, target, direction, gap, meetsTarget };
  });
  classified.sort(
    (left, right) =>
      quadrantOrder.indexOf(left.quadrant) - quadrantOrder.indexOf(right.quadrant) ||
      right.importance - left.importance,
  );
  return { importanceThreshold: threshold, drivers: classified };
}
