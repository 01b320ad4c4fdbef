import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/people` raises (besides core's), as named constants keyed
 * by error code.
 *
 * @category Errors
 */
export const peopleMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  MISSING_AS_OF: (audit: string) =>
    `${audit} needs options.asOf, the day the audit is run as of: cxkit never reads the clock.`,
} as const;

/**
 * The error codes `cxkit/people` raises (besides core's).
 *
 * @category Errors
 */
export type PeopleErrorCode = keyof typeof peopleMessages;

/** @internal Raises one of the people module's errors. */
export const raisePeople: Raise<typeof peopleMessages> = /* @__PURE__ */ createRaise(peopleMessages);
