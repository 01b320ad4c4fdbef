// Advance widths in em of DejaVu Sans, the widest of the common sans-serif faces (the
// fallback on Linux; Segoe UI and Helvetica are narrower): narrow letters and
// punctuation, wide m/w, capitals, digits, and everything else about 0.6 em. Measured in
// Chromium against real text, so a label sized by these fits in any of those faces.
const narrow = new Set([...'iljtfrI!|.,:;\'"()[]{} ']);
const wide = new Set([...'mwMW@%']);

/**
 * The width in pixels a line of text needs at a font size, estimated from its characters:
 * a chart is drawn without a DOM to measure text, yet must never cut a label off. Bold
 * text is about 13% wider.
 *
 * @internal
 */
export function textWidth(content: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const character of content) {
    if (narrow.has(character)) ems += 0.34;
    else if (wide.has(character)) ems += 0.95;
    else if (character >= 'A' && character <= 'Z') ems += 0.72;
    else if (character >= '0' && character <= '9') ems += 0.64;
    else if (character.charCodeAt(0) > 0x2000) ems += 0.85;
    else ems += 0.61;
  }
  return Math.ceil(ems * fontSize * (bold ? 1.13 : 1));
}

/** @internal The widest of several texts at one font size, 0 for none. */
export function widestText(contents: readonly string[], fontSize: number, bold = false): number {
  let widest = 0;
  for (const content of contents) widest = Math.max(widest, textWidth(content, fontSize, bold));
  return widest;
}
