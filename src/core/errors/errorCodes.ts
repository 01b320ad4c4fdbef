/**
 * Every code a {@link CxError} can carry, with what it means: the one closed list. A module
 * raises only codes listed here (its message table is checked against this list when it is
 * built), so a code means the same thing wherever it is raised, and `docs/rules.md` lists
 * them all (`npm run docs:rules` writes the table from this object). Use it to explain a
 * code to a user, or to check that a code your program matches on exists.
 *
 * @example
 * import { errorCodes } from 'cxkit/core';
 *
 * errorCodes.INVALID_OPTION.startsWith('An option') // => true
 * 'INVALID_LEVEL' in errorCodes // => false
 *
 * @category Errors
 */
export const errorCodes = {
  // Shared by every module.
  INVALID_INPUT: 'An argument has the wrong type or an impossible value; the message names it and what was expected.',
  INVALID_ARGUMENT: 'An argument of a core function has the wrong type or an impossible value.',
  INVALID_OPTION:
    'An option has the wrong type or an impossible value (a confidence level outside (0, 1), an unknown method, …).',
  UNKNOWN_OPTION:
    'An options object holds a key that the function does not know; the message suggests the nearest known one.',
  EMPTY_INPUT: 'A list that needs at least one value is empty.',
  OUT_OF_RANGE: 'A number lies outside the range the function accepts.',
  INVERTED_RANGE: 'A range ends before it starts.',
  TOO_MANY_ROWS:
    'An input holds more rows than the limit a caller set (or the default); raise the option the message names.',
  VALIDATION_FAILED:
    'A document or input does not satisfy its schema; the error (a CxValidationError) lists every issue with its path.',
  MISMATCHED_COLUMNS: 'Columns that must hold one value per row have different lengths.',
  MISSING_VALUES:
    "Rows hold missing values (NaN, NULL) where the function needs them; `{ missing: 'drop' }` leaves them out.",
  MISSING_AS_OF: 'The day to measure or analyze as of is required and was not given (cxkit never reads the clock).',
  DUPLICATE_ID: 'An id that must be unique is listed more than once.',
  // Dates, periods and identifiers (core).
  INVALID_DATE: 'A date is not a valid Date, ISO 8601 string or epoch milliseconds.',
  INVALID_TIME_ZONE: 'A time zone is neither an IANA name nor a UTC offset.',
  INVALID_PERIOD_LABEL: 'A period label is not one of the forms cxkit writes ("2026-Q3", "2026-W47", …).',
  INVALID_IDENTIFIER:
    'An identifier (or, for SQL builders, a table or column name) has characters or a length that is not allowed.',
  // Documents, rules and findings (core).
  INVALID_DOCUMENT: 'A CX document does not satisfy its schema.',
  WRONG_DOCUMENT_KIND: 'A document of another kind was given where one kind is read.',
  NEWER_SCHEMA_VERSION: 'A document was written by a newer cxkit, with a schemaVersion this version cannot read.',
  MISSING_MIGRATION: 'A document type has no migration from an older schemaVersion.',
  FORBIDDEN_KEY: 'An object holds a key that could change a prototype (`__proto__`, `constructor`, `prototype`).',
  INVALID_JSON: 'A text is not valid JSON.',
  INVALID_RULE_ID: 'A rule id is not of the form "module/kebab-name".',
  INVALID_SEVERITY: 'A severity is not "error", "warning" or "info".',
  DUPLICATE_RULE: 'A rule registry defines one rule id twice.',
  UNKNOWN_RULE: 'A rule id names no rule of the registry.',
  // Metrics.
  INVALID_SCORES: 'Scores are not whole numbers on the scale; `{ invalid: "skip" }` counts and leaves them out.',
  INVALID_SCALE: 'A score scale is not valid (its bounds or its top box).',
  SCALE_MISMATCH: 'Score counts on different scales were combined.',
  INVALID_COUNTS: 'A score-counts summary is not valid.',
  EMPTY_SCORES: 'There are no (valid) scores to compute a score from.',
  TOO_FEW_SCORES: 'Too few scores for an interval.',
  INVALID_WEIGHTS: 'Survey weights are not positive finite numbers, one per score.',
  UNIFORM_SAMPLES:
    'Neither sample of a comparison varies, so its test has a standard error of 0 and cannot tell a difference from chance.',
  INVALID_SURVEY_EXPORT: 'A survey export (Qualtrics or CSV) cannot be read; the place names the line and column.',
  INVALID_METRIC_DEFINITION: 'A metric-definition document is not valid.',
  DUPLICATE_METRIC_DEFINITION: 'Two metric definitions share an id.',
  INVALID_METRIC_HISTORY: 'A value given as metric definitions is neither one nor an array of them.',
  NO_MATCHED_CUSTOMERS: 'No customer has both an answer and an outcome, so ratings cannot be linked to outcomes.',
  TOO_SHORT_SERIES: 'Two series are too short for the lags asked of them (three pairs at the longest lag).',
  CONSTANT_SERIES: 'A series does not vary, so a correlation with it is not defined.',
  // Journeys.
  INVALID_EVENTS: 'The journey events are neither columns nor a list of events.',
  INVALID_EVENT: 'An event has a bad case, step or time; the place names the first one.',
  EMPTY_EVENTS: 'The event log is empty.',
  INVALID_EVENT_LOG: 'An event log (XES or CSV) cannot be read; the place names the line and column.',
  INVALID_MEASURE: 'A value given as a journey measure is not one measureJourney returned.',
  DIFFERENT_JOURNEYS: 'Two journey measures of different journeys were compared.',
  DIFFERENT_TIME_BASES: 'Two journey measures, one in calendar time and one in business time, were compared.',
  NO_FINISHED_CASES: 'A journey measure has no finished cases to compare.',
  INVALID_DURATIONS: 'A duration is negative or not finite.',
  INVALID_SUMMARY: 'A duration summary is not valid.',
  SUMMARY_MISMATCH: 'Duration summaries made with different options were merged.',
  EMPTY_SUMMARY: 'A duration summary holds no durations.',
  // Transfer functions.
  NO_DRIVERS: 'A transfer function was asked for with no driver column.',
  NON_FINITE_VALUE: 'A driver or outcome value is Infinity.',
  VALUES_TOO_LARGE: 'Values are too large for their sums of squares.',
  INVALID_WEIGHT: 'A row weight is not a positive finite number.',
  TOO_FEW_ROWS: 'Too few rows to fit a transfer function with this many parameters.',
  CONSTANT_DRIVER: 'A driver does not vary, so its effect cannot be estimated.',
  CONSTANT_OUTCOME: 'The outcome does not vary.',
  COLLINEAR_DRIVERS: 'A driver is a linear combination of others.',
  PERFECT_FIT: 'The drivers explain the outcome exactly, leaving no error to estimate.',
  DRIVER_MISMATCH: 'Moments of different drivers were merged.',
  WEIGHTING_MISMATCH: 'Weighted and unweighted moments were merged.',
  INVALID_MOMENTS: 'A transfer-moments summary is not valid.',
  INVALID_TRANSFER_FUNCTION: 'A value given as a transfer function is not valid.',
  UNKNOWN_DRIVER: 'A driver name is not one of the transfer function’s drivers.',
  MISSING_DRIVER: 'A row has no value for one of the transfer function’s drivers.',
  TOO_MANY_DRIVERS: 'Too many drivers for an exact Shapley decomposition.',
  BOOTSTRAP_NEEDS_ROWS:
    'Bootstrap intervals were asked of a fitted transfer function or its moments, which hold no rows to resample.',
  BOOTSTRAP_DEGENERATE:
    'Too few bootstrap resamples could be fitted for intervals (constant or collinear drivers in most).',
  METRIC_TREE_CYCLE: 'A metric tree has a cycle.',
  UNKNOWN_NODE: 'An id names no node of the metric tree.',
  // Strategy.
  INVALID_PHRASE: 'A lint phrase is empty or misuses the "*" wildcard.',
  UNKNOWN_METRIC: 'Observations name a metric the success statement does not measure.',
  DUPLICATE_FUNCTION: 'A business function is listed twice.',
  // Governance.
  MISSING_FIELD: 'An input lacks a field the function needs.',
  DUPLICATE_EVENT_ID: 'Two events of a decision log share an id.',
  UNKNOWN_DEPENDENCY: 'An idea depends on an idea that is not listed.',
  DEPENDENCY_CYCLE: 'Ideas depend on each other in a cycle.',
  MUST_DO_OVER_BUDGET: 'The must-do ideas cost more than the budget.',
  TOO_MANY_IDEAS: 'Too many ideas for an exact portfolio search.',
  SEARCH_LIMIT: 'The exact portfolio search stopped at its branch limit.',
  AMOUNTS_TOO_PRECISE: 'Money amounts need more decimal places between them than can be added exactly.',
  // Maturity.
  INVALID_RESPONSES: 'A value given as an assessment is not one.',
  UNKNOWN_FIELD: 'An assessment has a field cxkit does not know.',
  INVALID_FIELD: 'An assessment field has the wrong type.',
  UNKNOWN_QUESTION: 'An answer names no question of the model.',
  ANSWER_OUT_OF_SCALE: 'An answer is not a level of the model.',
  NO_ANSWERS: 'An assessment answers no question of the model.',
  MODEL_MISMATCH: 'An assessment is scored against another model than its own.',
  MISSING_GROUP: 'An assessment has no group where assessments are grouped.',
  INVALID_GROUP: 'A groupBy function returned no group name.',
  NO_ASSESSMENTS: 'There are no assessments.',
  INVALID_RESULT: 'A value given as a maturity result is not one.',
  DIFFERENT_MODELS: 'Results of different maturity models were compared.',
  UNKNOWN_GROUP: 'A group name is not in the result.',
  AMBIGUOUS_GROUP: 'A result has several groups and none was chosen.',
  INVALID_TARGET: 'A roadmap target is not a level of the model.',
  // Warehouse.
  INVALID_ROWS: 'Result rows are not what the generated SQL returns.',
  INVALID_VALUES: 'Result rows hold values the summary cannot take.',
  PRECISION_LOST: 'The engine’s sums lost their precision (a negative sum of squares).',
  INCOMPLETE_ROWS: 'Result rows are fewer or more than one run of the generated query returned.',
  INFINITE_VALUES: 'Rows the engine summarized hold an infinite value.',
  QUERY_FAILED:
    'The engine did not finish a generated query; the error names the option or column at fault where it can.',
  // Workspace, render and node.
  MISSING_LINK: 'A link names a document the workspace does not have.',
  NO_CUSTOMER_COLUMN: 'Survey answers name no customer, so they cannot be joined to customers’ outcomes.',
  MONTHS_APART: 'A business measure and the survey’s monthly score share no run of consecutive months.',
  NO_DATA: 'A chart has nothing to draw.',
  TOO_MANY_SERIES: 'A chart was given more series than it can tell apart.',
  MISMATCHED_INPUT: 'Inputs that must belong together do not.',
  UNSAFE_SVG: 'A chart’s SVG is not a single inert `<svg>` element.',
  NON_FINITE: 'A number to draw is not finite.',
  NO_SUCH_FOLDER: 'A workspace folder cannot be read.',
  UNREADABLE_FILE: 'A file cannot be read.',
  INVALID_GZIP: 'A file named as gzip is not a whole gzip stream.',
  FILE_TOO_LARGE:
    'A file holds more bytes than the limit a caller set (or the default); raise the option the message names.',
  UNKNOWN_FORMAT: 'A file has no extension that says its format, and no format option was given.',
} as const;

/**
 * A stable, machine-readable error code. Codes never change meaning between versions;
 * match on them rather than on message text. The list is closed: every code cxkit raises
 * is one of these, documented in the error catalog (`docs/rules.md`).
 *
 * @category Errors
 */
export type CxErrorCode = keyof typeof errorCodes;
