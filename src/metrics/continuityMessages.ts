import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message the metric-continuity part of `cxkit/metrics` raises, as named
 * constants. Kept apart from `messages.ts` so that metric definitions and their lint
 * can change without touching the scores' messages.
 *
 * @category Errors
 */
export const continuityMessages = {
  INVALID_METRIC_DEFINITION: (where: string, count: number) =>
    `${where} is not a valid metric-definition document: ${count} ${count === 1 ? 'problem' : 'problems'} found.`,
  DUPLICATE_METRIC_DEFINITION: (id: string, firstIndex: number) =>
    `Metric definition id ${JSON.stringify(id)} is used more than once (first at index ${firstIndex}); each definition needs its own id so that findings can name it.`,
  INVALID_METRIC_HISTORY: (received: string) =>
    `definitions must be a metric definition or an array of them; received ${received}.`,
} as const;

/**
 * The error codes the metric-continuity functions of `cxkit/metrics` raise (besides
 * core's and {@link MetricErrorCode}).
 *
 * @category Errors
 */
export type ContinuityErrorCode = keyof typeof continuityMessages;

/** @internal Raises one of the metric-continuity errors. */
export const raiseContinuity: Raise<typeof continuityMessages> = /* @__PURE__ */ createRaise(continuityMessages);
