import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';

/**
 * @internal The most rows a streamed reader (an event log, a survey export) reads from
 * one text by default: every row kept costs memory, so a file of a billion short lines
 * is refused by name instead of filling the heap.
 */
export const defaultMaxRows = 10_000_000;

/** @internal Checks a `maxRows` option: a whole number from 1. */
export function checkMaxRows(value: unknown, option = 'maxRows'): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    raise('INVALID_OPTION', [option, 'a whole number from 1', describeValue(value)], { path: [option] });
  }
  return value as number;
}

/** @internal Refuses the row past `limit`, naming the source and the line where it stopped. */
export function refuseRows(source: string, limit: number, line: number | undefined): never {
  return raise('TOO_MANY_ROWS', [source, limit, 'maxRows'], {
    path: ['maxRows'],
    details: { file: source, limit, ...(line === undefined ? {} : { line }) },
  });
}
