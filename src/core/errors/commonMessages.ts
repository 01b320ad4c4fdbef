import { createRaise, type Raise } from './createRaise';

/**
 * The messages every module shares: a bad argument, a bad or unknown option. Kept apart from
 * core's full table (`messages.ts`, which takes them from here) so that a function that only
 * checks its options — `nps`, `countScores` — does not carry every sentence core can say.
 *
 * @internal
 */
export const commonMessages = {
  INVALID_OPTION: (option: string, expectation: string, received: string) =>
    `Option ${option} must be ${expectation}; received ${received}.`,
  UNKNOWN_OPTION: (option: string, suggestion: string | undefined, known: readonly string[]) =>
    `Unknown option ${JSON.stringify(option)}${suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`} Known options: ${known.join(', ')}.`,
  INVALID_ARGUMENT: (argument: string, expectation: string, received: string) =>
    `${argument} must be ${expectation}; received ${received}.`,
  // Raised by the domain modules, whose message tables take this entry from here.
  INVALID_INPUT: (argument: string, expectation: string, received: string) =>
    `${argument} must be ${expectation}; received ${received}.`,
} as const;

/** @internal Raises one of the shared errors. */
export const raiseCommon: Raise<typeof commonMessages> = /* @__PURE__ */ createRaise(commonMessages);
