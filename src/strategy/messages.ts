import { invalidInputMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/strategy` raises (besides core's), as named constants
 * keyed by error code.
 *
 * @category Errors
 */
export const strategyMessages = {
  INVALID_INPUT: invalidInputMessage,
  UNKNOWN_RULE: (rule: string, suggestion: string | undefined) =>
    `Rule ${JSON.stringify(rule)} is not a cxkit/strategy rule${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}`}. The rules are listed in strategyRules.`,
  INVALID_PHRASE: (list: string, received: string) =>
    `Each phrase in phrases.${list} must hold at least one word, with "*" (up to three words) only between words; received ${received}.`,
  UNKNOWN_METRIC: (metric: string, statement: string, known: readonly string[]) =>
    `There are observations for metric ${JSON.stringify(metric)}, which success statement ${JSON.stringify(statement)} does not measure. Its metrics: ${known.length === 0 ? 'none' : known.join(', ')}.`,
  DUPLICATE_FUNCTION: (name: string, firstIndex: number) =>
    `Function ${JSON.stringify(name)} is listed more than once (first at index ${firstIndex}); list each function once.`,
} as const;

/**
 * The error codes `cxkit/strategy` raises (besides core's).
 *
 * @category Errors
 */
export type StrategyErrorCode = keyof typeof strategyMessages;

/** @internal Raises one of the strategy module's errors. */
export const raiseStrategy: Raise<typeof strategyMessages> = /* @__PURE__ */ createRaise(strategyMessages);
