import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message the business-outcome part of `cxkit/metrics` raises
 * (`outcomesByScoreCategory`, `leadLag`), as named constants. Kept apart from
 * `messages.ts` so that linking ratings to outcomes can change without touching the
 * scores' messages.
 *
 * @category Errors
 */
export const outcomeMessages = {
  DUPLICATE_ID: (list: string, customerId: string, firstIndex: number) =>
    `Customer ${JSON.stringify(customerId)} appears twice in ${list} (first at index ${firstIndex}); each customer counts once.${list === 'responses' ? " Pass { repeatedResponses: 'last' } to keep each customer's last answer." : ''}`,
  NO_MATCHED_CUSTOMERS: (responded: number, withOutcome: number) =>
    `No customer has both an answer and an outcome (${responded} answered, ${withOutcome} with an outcome): check that both use the same customer ids.`,
  MISMATCHED_COLUMNS: (scoreLength: number, businessLength: number) =>
    `The two series must cover the same periods: the score series has ${scoreLength} values and the business series ${businessLength}.`,
  TOO_SHORT_SERIES: (length: number, maxLag: number, needed: number) =>
    `With maxLag ${maxLag}, the series need at least ${needed} periods (three pairs at the longest lag); they have ${length}.`,
  CONSTANT_SERIES: (which: string) => `The ${which} series does not vary: a correlation with it is not defined.`,
} as const;

/**
 * The error codes the business-outcome functions of `cxkit/metrics` raise (besides
 * core's and {@link MetricErrorCode}).
 *
 * @category Errors
 */
export type OutcomeErrorCode = keyof typeof outcomeMessages;

/** @internal Raises one of the business-outcome errors. */
export const raiseOutcome: Raise<typeof outcomeMessages> = /* @__PURE__ */ createRaise(outcomeMessages);
