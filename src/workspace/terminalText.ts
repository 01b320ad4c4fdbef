// C0 controls but tab, DEL, C1 controls (U+009B is a one-character CSI on many terminals),
// and the bidirectional overrides that make text read differently from what it holds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unsafeForTerminal = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// JSON.stringify escapes C0 controls itself; the line breaks left are the layout's own.
const unsafeInJson = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const visible = (character: string) => `\\u{${(character.codePointAt(0) as number).toString(16)}}`;

/**
 * @internal Text from a workspace made safe to print on a terminal: every control
 * character (an escape sequence could recolor, move the cursor or retitle the window)
 * and every bidirectional override is written as a visible `\u{…}` escape.
 */
export function terminalText(text: string): string {
  return text.replace(unsafeForTerminal, visible);
}

/**
 * @internal JSON for a terminal: the characters JSON.stringify leaves raw (C1 controls,
 * bidirectional overrides) written as `\uXXXX` escapes, which parse back to the same text.
 */
export function terminalJson(json: string): string {
  return json.replace(
    unsafeInJson,
    (character) => `\\u${(character.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}
