import * as z from 'zod/mini';

/**
 * The longest event name or case id cxkit accepts, in UTF-16 code units: room for the
 * longest activity names real logs use, not for a paragraph pasted by mistake.
 *
 * @internal
 */
export const eventNameLimit = 256;

// C0 and C1 controls (tabs and line breaks among them), the line and paragraph
// separators, and the bidirectional overrides and isolates that can make a name read
// differently from what it is in a report or a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const forbiddenCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * @internal Whether a text is a name as real logs write them: not blank, no control
 * characters, at most {@link eventNameLimit} characters. Spaces, capitals, accents and
 * punctuation are all welcome; names are matched exactly as written.
 */
export function isEventName(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= eventNameLimit && /\S/.test(value) && !forbiddenCharacters.test(value)
  );
}

/** @internal What {@link isEventName} asks for, in words, for messages. */
export const eventNameExpectation = `a name of 1–${eventNameLimit} characters, not blank, without control characters`;

/**
 * @internal The schema of an event name in a journey document: any non-blank text without
 * control characters, up to {@link eventNameLimit} characters ("Resolve ticket",
 * "T02 Check confirmation of receipt", "engine-removed"). Its JSON Schema carries the
 * same rule as a pattern, so editors check it too.
 */
export const eventNameSchema = () =>
  z.string().check(
    z.maxLength(eventNameLimit, `Expected an event name of at most ${eventNameLimit} characters.`),
    z.regex(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
      /^(?=.*\S)[^\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]+$/,
      'Expected an event name as the log writes it: not blank, without control characters (tabs, line breaks, bidirectional overrides).',
    ),
  );
