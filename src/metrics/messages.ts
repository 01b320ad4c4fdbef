import { commonMessages } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/metrics` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const metricMessages = {
  INVALID_SCORES: (received: string, scale: string, invalidCount: number) =>
    `Expected whole-number scores on the ${scale} scale but received ${received}${invalidCount > 1 ? ` (${invalidCount} invalid scores in all)` : ''}. Pass { invalid: 'skip' } to leave them out and count them instead.`,
  INVALID_SCALE: (problem: string) => `The scale is not valid: ${problem}.`,
  SCALE_MISMATCH: (field: string, left: string, right: string) =>
    `The scales differ in ${field} (${left} and ${right}); counts on different scales cannot be combined.`,
  INVALID_COUNTS: (problem: string) => `The score counts are not valid: ${problem}.`,
  INVALID_WEIGHTS: (problem: string) => `The survey weights are not valid: ${problem}.`,
  EMPTY_SCORES: (skipped: number) =>
    skipped === 0
      ? 'There are no scores: a score needs at least one response.'
      : `There are no valid scores: all ${skipped} were skipped as invalid.`,
  TOO_FEW_SCORES: (metric: string, needed: number, received: number, weighted = false) =>
    weighted
      ? `${metric} needs an effective sample size of at least ${needed} for an interval; the weights give ${Number(received.toPrecision(4)) < needed ? Number(received.toPrecision(4)) : received.toPrecision(15)} (Kish's (Σw)² / Σw²).`
      : `${metric} needs at least ${needed} scores for an interval; received ${received}.`,
  UNIFORM_SAMPLES: (test: string, remedy: string) =>
    `Neither sample varies (every answer alike within each), so ${test} has a standard error of 0 and cannot tell whether the difference is more than chance${remedy}.`,
  INVALID_INPUT: commonMessages.INVALID_INPUT,
  INVALID_OPTION: commonMessages.INVALID_OPTION,
  MISMATCHED_COLUMNS: (column: string, length: number, expected: number) =>
    `Column ${column} has ${length} values but the at column has ${expected}; columns must be the same length.`,
} as const;

/**
 * The error codes `cxkit/metrics` raises (besides core's).
 *
 * @category Errors
 */
export type MetricErrorCode = keyof typeof metricMessages;

/** @internal Raises one of the metrics module's errors. */
export const raiseMetrics: Raise<typeof metricMessages> = /* @__PURE__ */ createRaise(metricMessages);
