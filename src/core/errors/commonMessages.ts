import { createRaise, type Raise } from './createRaise';

/** @internal The message of a bad option. */
export const invalidOptionMessage = (option: string, expectation: string, received: string) =>
  `Option ${option} must be ${expectation}; received ${received}.`;

/** @internal The message of an option no function knows, with a "did you mean". */
export const unknownOptionMessage = (option: string, suggestion: string | undefined, known: readonly string[]) =>
  `Unknown option ${JSON.stringify(option)}${suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`} Known options: ${known.join(', ')}.`;

/** @internal The message of a bad argument. */
export const invalidArgumentMessage = (argument: string, expectation: string, received: string) =>
  `${argument} must be ${expectation}; received ${received}.`;

/** @internal The message of bad input (the same sentence), raised by the domain modules, whose tables take it from here. */
export const invalidInputMessage = invalidArgumentMessage;

// Plain names in the tables, not `commonMessages.X`: a bundler keeps an object literal that
// reads a property (the read might run a getter), so a table built that way is never dropped.
/**
 * The messages every module shares: a bad argument, a bad or unknown option. Kept apart from
 * core's full table (`messages.ts`, which takes them from here) so that a function that only
 * checks its options — `nps`, `countScores` — does not carry every sentence core can say.
 *
 * @internal
 */
export const commonMessages = {
  INVALID_OPTION: invalidOptionMessage,
  UNKNOWN_OPTION: unknownOptionMessage,
  INVALID_ARGUMENT: invalidArgumentMessage,
  INVALID_INPUT: invalidInputMessage,
} as const;

/** @internal Raises one of the shared errors. */
export const raiseCommon: Raise<typeof commonMessages> = /* @__PURE__ */ createRaise(commonMessages);
