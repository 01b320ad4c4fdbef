import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/** @internal The message of `INVALID_SCORES`, on its own for the functions that raise only a few. */
export const invalidScoresMessage = (received: string, scale: string, invalidCount: number) =>
  `Expected whole-number scores on the ${scale} scale but received ${received}${invalidCount > 1 ? ` (${invalidCount} invalid scores in all)` : ''}. Pass { invalid: 'skip' } to leave them out and count them instead.`;

/** @internal The message of `INVALID_SCALE`, on its own for the functions that raise only a few. */
export const invalidScaleMessage = (problem: string) => `The scale is not valid: ${problem}.`;

// The message of `SCALE_MISMATCH`.
const scaleMismatchMessage = (field: string, left: string, right: string) =>
  `The scales differ in ${field} (${left} and ${right}); counts on different scales cannot be combined.`;

// The message of `INVALID_COUNTS`.
const invalidCountsMessage = (problem: string) => `The score counts are not valid: ${problem}.`;

// The message of `INVALID_WEIGHTS`.
const invalidWeightsMessage = (problem: string) => `The survey weights are not valid: ${problem}.`;

/** @internal The message of `EMPTY_SCORES`, on its own for the functions that raise only a few. */
export const emptyScoresMessage = (skipped: number) =>
  skipped === 0
    ? 'There are no scores: a score needs at least one response.'
    : `There are no valid scores: all ${skipped} were skipped as invalid.`;

/** @internal The message of `TOO_FEW_SCORES` for counted responses, on its own for the light scores. */
export const tooFewScoresMessage = (metric: string, needed: number, received: number) =>
  `${metric} needs at least ${needed} scores for an interval; received ${received}.`;

// The message of `TOO_FEW_SCORES` for weighted responses: Kish's effective sample size.
const tooFewEffectiveScoresMessage = (metric: string, needed: number, received: number) =>
  `${metric} needs an effective sample size of at least ${needed} for an interval; the weights give ${Number(received.toPrecision(4)) < needed ? Number(received.toPrecision(4)) : received.toPrecision(15)} (Kish's (Σw)² / Σw²).`;

// The message of `UNIFORM_SAMPLES`.
const uniformSamplesMessage = (test: string, remedy: string) =>
  `Neither sample varies (every answer alike within each), so ${test} has a standard error of 0 and cannot tell whether the difference is more than chance${remedy}.`;

/** @internal The message of `MISMATCHED_COLUMNS`, on its own for the functions that raise only a few. */
export const mismatchedColumnsMessage = (column: string, length: number, expected: number) =>
  `Column ${column} has ${length} values but the at column has ${expected}; columns must be the same length.`;

/**
 * Every error message `cxkit/metrics` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const metricMessages = {
  INVALID_SCORES: invalidScoresMessage,
  INVALID_SCALE: invalidScaleMessage,
  SCALE_MISMATCH: scaleMismatchMessage,
  INVALID_COUNTS: invalidCountsMessage,
  INVALID_WEIGHTS: invalidWeightsMessage,
  EMPTY_SCORES: emptyScoresMessage,
  TOO_FEW_SCORES: (metric: string, needed: number, received: number, weighted = false) =>
    (weighted ? tooFewEffectiveScoresMessage : tooFewScoresMessage)(metric, needed, received),
  UNIFORM_SAMPLES: uniformSamplesMessage,
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  MISMATCHED_COLUMNS: mismatchedColumnsMessage,
} as const;

/**
 * The error codes `cxkit/metrics` raises (besides core's).
 *
 * @category Errors
 */
export type MetricErrorCode = keyof typeof metricMessages;

/** @internal Raises one of the metrics module's errors. */
export const raiseMetrics: Raise<typeof metricMessages> = /* @__PURE__ */ createRaise(metricMessages);
