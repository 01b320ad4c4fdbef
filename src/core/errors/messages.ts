import {
  invalidArgumentMessage,
  invalidInputMessage,
  invalidOptionMessage,
  unknownOptionMessage,
} from './commonMessages';

/** @internal The message of `INVALID_DATE`, on its own for the light paths that raise it. */
export const invalidDateMessage = (received: string, invalidCount = 1) =>
  `Expected a valid date (a Date, an ISO 8601 string or epoch milliseconds) but received ${received}${invalidCount > 1 ? ` (${invalidCount} invalid values in all)` : ''}.`;

/** @internal The message of `INVALID_TIME_ZONE`, on its own as {@link invalidDateMessage}. */
export const invalidTimeZoneMessage = (zone: string) =>
  `Unknown time zone ${JSON.stringify(zone)}: use an IANA name such as "Europe/Berlin" or an offset such as "+05:30".`;

/** @internal The message of `WRONG_DOCUMENT_KIND`, on its own as {@link invalidDateMessage}. */
export const wrongDocumentKindMessage = (expected: string, received: string) =>
  `Expected a document of kind ${JSON.stringify(expected)} but received kind ${received}.`;

// Plain names in the table, as in commonMessages.ts: a table that reads another object's
// property is never dropped from a bundle.
/**
 * Every error message cxkit's core raises, as named constants so that tests can pin
 * them and translators or wrappers can find them in one place.
 */
export const messages = {
  INVALID_DATE: invalidDateMessage,
  INVALID_TIME_ZONE: invalidTimeZoneMessage,
  INVALID_OPTION: invalidOptionMessage,
  UNKNOWN_OPTION: unknownOptionMessage,
  INVALID_ARGUMENT: invalidArgumentMessage,
  INVALID_INPUT: invalidInputMessage,
  EMPTY_INPUT: (what: string) => `${what} is empty; at least one value is needed.`,
  INVALID_IDENTIFIER: (received: string) =>
    `Expected an identifier (1–128 characters: letters, digits, "-", "_", ".", ":"; starting with a letter or digit) but received ${received}.`,
  INVALID_RULE_ID: (received: string) =>
    `Expected a rule id like "module/kebab-name" (for example "mission/vague-wish") but received ${received}.`,
  INVALID_SEVERITY: (received: string) =>
    `Expected a severity of "error", "warning" or "info" but received ${received}.`,
  DUPLICATE_RULE: (rule: string) => `Rule ${JSON.stringify(rule)} is defined more than once.`,
  UNKNOWN_RULE: (rule: string) => `Rule ${JSON.stringify(rule)} is not in the registry.`,
  INVALID_DOCUMENT: (kind: string, count: number) =>
    `The ${kind} document is not valid: ${count} ${count === 1 ? 'problem' : 'problems'} found.`,
  WRONG_DOCUMENT_KIND: wrongDocumentKindMessage,
  NEWER_SCHEMA_VERSION: (kind: string, received: number, supported: number) =>
    `This ${kind} document has schemaVersion ${received}, written by a newer cxkit; this version reads up to schemaVersion ${supported}. Upgrade cxkit to read it.`,
  MISSING_MIGRATION: (kind: string, from: number) =>
    `No migration is defined from ${kind} schemaVersion ${from} to ${from + 1}.`,
  FORBIDDEN_KEY: (key: string) =>
    `The key ${JSON.stringify(key)} is not allowed: it could change an object's prototype.`,
  INVALID_JSON: (detail: string) => `The text is not valid JSON: ${detail}`,
  INVALID_PERIOD_LABEL: (received: string) =>
    `Expected a period label such as "2026", "2026-Q3", "2026-11", "2026-W47", "2026-11-22/P1W" or "2026-11-22" but received ${received}.`,
  OUT_OF_RANGE: (what: string, range: string, received: string) =>
    `${what} must lie within ${range}; received ${received}.`,
  TOO_MANY_ROWS: (source: string, limit: number, option: string) =>
    `${source} has more than ${limit.toLocaleString('en-US')} ${limit === 1 ? 'row' : 'rows'}, the most ${option} lets cxkit read from one file: pass a higher ${option} to read it, or split the file.`,
  INVERTED_RANGE: (startField: string, endField: string) =>
    `${endField} is before ${startField}; a range must not end before it starts.`,
} as const;

/**
 * The error codes core raises.
 *
 * @category Errors
 */
export type CoreErrorCode = keyof typeof messages | 'VALIDATION_FAILED';
