import { invalidInputMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/** @internal The message of `INVALID_EVENTS`. */
const invalidEventsMessage = (expectation: string, received: string) =>
  `The journey events must be ${expectation}; received ${received}.`;

/** @internal The message of `INVALID_EVENT`. */
const invalidEventMessage = (place: string, expectation: string, received: string, invalidCount: number) =>
  `${place} must be ${expectation}; received ${received}${invalidCount > 1 ? ` (${invalidCount} invalid values in this column in all)` : ''}.`;

/** @internal The message of `EMPTY_EVENTS`. */
const emptyEventsMessage = () => 'The event log is empty: measuring a journey needs at least one event.';

/** @internal The message of `MISMATCHED_COLUMNS`. */
const mismatchedColumnsMessage = (column: string, length: number, expected: number) =>
  `Column ${column} has ${length} values but caseIndex has ${expected}; the columns must be the same length.`;

/** @internal The message of `MISSING_AS_OF`. */
const missingAsOfMessage = () =>
  'Option asOf is required: cases that have started but not ended are open, and their age is measured to asOf (cxkit never reads the clock).';

/** @internal The message of `INVALID_DURATIONS`. */
const invalidDurationsMessage = (place: string, received: string) =>
  `${place} must be a finite duration of zero or more milliseconds; received ${received}.`;

// Plain names in the tables, as in core's commonMessages.ts: a table that reads another
// object's property is never dropped from a bundle.
/**
 * The messages a journey measurement raises, apart from the module's table so that
 * `measureJourneyColumns` carries only these.
 *
 * @internal
 */
const measurementMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_EVENTS: invalidEventsMessage,
  INVALID_EVENT: invalidEventMessage,
  EMPTY_EVENTS: emptyEventsMessage,
  MISMATCHED_COLUMNS: mismatchedColumnsMessage,
  MISSING_AS_OF: missingAsOfMessage,
  INVALID_DURATIONS: invalidDurationsMessage,
} as const;

/** @internal Raises one of a journey measurement's errors. */
export const raiseMeasurement: Raise<typeof measurementMessages> = /* @__PURE__ */ createRaise(measurementMessages);

/**
 * Every error message `cxkit/journeys` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const journeyMessages = {
  // The measurement's messages again by name: spreading measurementMessages would read its
  // properties, and a bundle would then keep this whole table wherever a measurement runs.
  INVALID_INPUT: invalidInputMessage,
  INVALID_EVENTS: invalidEventsMessage,
  INVALID_EVENT: invalidEventMessage,
  EMPTY_EVENTS: emptyEventsMessage,
  MISMATCHED_COLUMNS: mismatchedColumnsMessage,
  MISSING_AS_OF: missingAsOfMessage,
  INVALID_MEASURE: (argument: string, received: string) =>
    `${argument} must be a result of measureJourney; received ${received}.`,
  DIFFERENT_JOURNEYS: (before: string, after: string) =>
    `The measures are of different journeys (${before} and ${after}); compare two measures of one journey.`,
  DIFFERENT_TIME_BASES: (before: string, after: string) =>
    `The measures count time differently (${before} and ${after}); measure both in calendar time or both in business time.`,
  NO_FINISHED_CASES: (argument: string) =>
    `${argument} has no finished cases; a comparison needs wing-to-wing durations on both sides.`,
  INVALID_DURATIONS: invalidDurationsMessage,
  INVALID_SUMMARY: (argument: string, problem: string) => `${argument} is not a duration summary: ${problem}.`,
  SUMMARY_MISMATCH: (field: string, left: string, right: string) =>
    `The duration summaries were made with different ${field} (${left} and ${right}) and cannot be merged; summarize every shard with the same options.`,
  EMPTY_SUMMARY: () => 'The duration summary holds no durations; statistics need at least one.',
  INVALID_EVENT_LOG: (place: string, format: string, detail: string) =>
    `The ${format} event log cannot be read at ${place}: ${detail}.`,
} as const;

/**
 * The error codes `cxkit/journeys` raises (besides core's).
 *
 * @category Errors
 */
export type JourneyErrorCode = keyof typeof journeyMessages;

/** @internal Raises one of the journeys module's errors. */
export const raiseJourneys: Raise<typeof journeyMessages> = /* @__PURE__ */ createRaise(journeyMessages);
