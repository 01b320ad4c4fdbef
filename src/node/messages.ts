import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/node` raises (besides core's), as named constants keyed
 * by error code.
 *
 * @category Errors
 */
export const nodeMessages = {
  NO_SUCH_FOLDER: (folder: string, detail: string) => `The workspace folder ${folder} cannot be read: ${detail}`,
  UNREADABLE_FILE: (file: string, detail: string) => `${file} cannot be read: ${detail}.`,
  INVALID_GZIP: (file: string, detail: string) => `${file} is named as a gzip file but ${detail}.`,
  UNKNOWN_FORMAT: (file: string, expected: string) =>
    `${file} has no extension cxkit reads (${expected}); pass the format option to say which it is.`,
} as const;

/**
 * The error codes `cxkit/node` raises (besides core's).
 *
 * @category Errors
 */
export type NodeErrorCode = keyof typeof nodeMessages;

/** @internal Raises one of the node entry's errors. */
export const raiseNode: Raise<typeof nodeMessages> = /* @__PURE__ */ createRaise(nodeMessages);
