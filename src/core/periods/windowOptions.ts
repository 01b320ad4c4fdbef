import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { Period } from './Period';
import type { RollingWindow } from './RollingWindow';
import { shiftPeriod } from './shiftPeriod';

/** @internal Checks that a window size or step is a positive integer, naming the option. */
export function assertPositiveInteger(value: unknown, option: string): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    raise('INVALID_OPTION', [option, 'a positive integer', describeValue(value)], { path: [option] });
  }
}

/** @internal The window of `size` periods that ends with `last`. */
export function windowEndingAt(last: Period, size: number): RollingWindow {
  const first = size === 1 ? last : shiftPeriod(last, 1 - size);
  return {
    start: first.start,
    end: last.end,
    label: size === 1 ? last.label : `${first.label}..${last.label}`,
    first: first.label,
    last: last.label,
  };
}
