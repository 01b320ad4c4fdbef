import { escapeXml } from './escapeXml';

/**
 * Writes plain text as inline Markdown that reads as the same text: HTML's special
 * characters become entities (so a label cannot open a tag), Markdown's punctuation is
 * escaped with a backslash (so it cannot start emphasis, a link or a table cell).
 *
 * @internal
 */
export function markdownText(text: string): string {
  // Punctuation first, entities second: the other way round, the # of &#39; (an
  // apostrophe) would be escaped too, and "&\#39;" shows as those six characters.
  return escapeXml(text.replace(/[\\`*_[\]{}()#+!|~]/g, (character) => `\\${character}`));
}

/** @internal Text as a paragraph of its own: also kept from starting a list, quote or heading underline. */
export function markdownParagraph(text: string): string {
  return markdownText(text)
    .replace(/^(\s*)([-=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
