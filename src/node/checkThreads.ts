import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';

/** @internal Checks the `threads` option. */
export function checkThreads(threads: unknown): number {
  if (!Number.isSafeInteger(threads) || (threads as number) < 1) {
    raise('INVALID_OPTION', ['threads', 'a whole number from 1', describeValue(threads)], { path: ['threads'] });
  }
  return threads as number;
}
