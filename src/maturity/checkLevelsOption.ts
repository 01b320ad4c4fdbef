import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';

/** @internal Checks a threshold option: a finite number from 0, in levels. */
export function checkLevelsOption(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raise('INVALID_OPTION', [option, 'a finite number of levels from 0', describeValue(value)], { path: [option] });
  }
  return value;
}
