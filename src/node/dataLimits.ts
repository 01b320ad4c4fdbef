/// <reference types="node" />
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { defaultMaxRows } from '../core/text/rowLimit';
import { raiseNode } from './messages';

/**
 * @internal How much of a data file cxkit reads by default, by how the file is read. A
 * CSV or JSON Lines data file of a workspace (and every document file) is read whole,
 * and its rows become objects: it takes some forty times its size in memory, so the
 * limits are low. An event log or survey export is streamed into columns, so only its
 * rows cost memory. Both are raised (or lowered) by the readers' `maxBytes` and
 * `maxRows` options.
 */
export const dataLimits = {
  whole: { maxBytes: 32 * 1024 * 1024, maxRows: 1_000_000 },
  streamed: { maxBytes: 1024 * 1024 * 1024, maxRows: defaultMaxRows },
} as const;

/** @internal Checks a `maxBytes` option: a whole number of bytes from 1. */
export function checkMaxBytes(value: unknown, option = 'maxBytes'): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    raise('INVALID_OPTION', [option, 'a whole number of bytes from 1', describeValue(value)], { path: [option] });
  }
  return value as number;
}

/** @internal Refuses a file holding more than `limit` bytes of text. */
export function refuseBytes(file: string, limit: number): never {
  return raiseNode('FILE_TOO_LARGE', [file, limit, 'maxBytes'], {
    path: ['maxBytes'],
    details: { file, limit },
  });
}
