// Characters XML 1.0 forbids even as references (C0 controls but tab, newline and carriage
// return; U+FFFE, U+FFFF) and lone surrogates: a hostile label must not make the SVG unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML and HTML content and attribute values: `&<>"'` become entities,
 * characters XML cannot hold at all become U+FFFD, and line breaks and tabs become one
 * space (SVG text would collapse them anyway, and a blank line would end the HTML block a
 * Markdown report embeds a chart in). Every label a chart or report writes passes through
 * here, so escaped output never holds a raw `<`, a NUL or a line break.
 *
 * @internal
 */
export function escapeXml(text: string): string {
  return text
    .replace(controlCharacters, '\uFFFD')
    .replace(loneSurrogates, '\uFFFD')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>"']/g, (character) => entities[character] as string);
}
