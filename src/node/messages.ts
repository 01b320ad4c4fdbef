import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `loadWorkspace` raises (besides core's), as named constants keyed
 * by error code.
 *
 * @category Errors
 */
export const nodeMessages = {
  NO_SUCH_FOLDER: (folder: string, detail: string) => `The workspace folder ${folder} cannot be read: ${detail}`,
} as const;

/**
 * The error codes `cxkit/node`'s workspace loader raises (besides core's).
 *
 * @category Errors
 */
export type NodeErrorCode = keyof typeof nodeMessages;

/** @internal Raises one of the node entry's errors. */
export const raiseNode: Raise<typeof nodeMessages> = /* @__PURE__ */ createRaise(nodeMessages);
