import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/render` raises (besides core's), as named constants keyed
 * by error code.
 *
 * @category Errors
 */
export const renderMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  NO_DATA: (chart: string, why: string) =>
    `${chart} has nothing to draw: ${why}. Charts refuse empty input rather than draw an empty frame.`,
  TOO_MANY_SERIES: (chart: string, count: number, limit: number) =>
    `${chart} draws at most ${limit} series, each with its own line pattern and marker shape so they can be told apart without color; received ${count}. Choose fewer.`,
  MISMATCHED_INPUT: (problem: string) => `The inputs do not belong together: ${problem}.`,
  DUPLICATE_ID: (what: string, id: string) =>
    `${what} ${JSON.stringify(id)} is used more than once; ids must be unique in a report.`,
  UNSAFE_SVG: (problem: string) =>
    `A chart's svg must be one <svg> element without scripts or external references (${problem}); pass the string a cxkit/render chart function returned.`,
  NON_FINITE: (what: string) => `${what} is not a finite number; a chart never writes NaN or Infinity.`,
} as const;

/**
 * The error codes `cxkit/render` raises (besides core's).
 *
 * @category Errors
 */
export type RenderErrorCode = keyof typeof renderMessages;

/** @internal Raises one of the render module's errors. */
export const raiseRender: Raise<typeof renderMessages> = /* @__PURE__ */ createRaise(renderMessages);
