import { textWidth } from './textWidth';

/**
 * Breaks a text into lines no wider than `maxWidth` at a font size, at spaces (never at a
 * no-break space, which keeps a number with its unit; and after
 * hyphens and slashes when one word is too long on its own); a word wider than a line by
 * itself is cut between characters. A chart that must fit a phone's width wraps its words
 * rather than grow wider and be scaled down to an unreadable size.
 *
 * @internal
 */
export function wrapText(content: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  const pushWord = (word: string) => {
    const joined = current === '' ? word : `${current} ${word}`;
    if (fits(joined)) {
      current = joined;
      return;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (fits(word)) {
      current = word;
      return;
    }
    // Too long for a line of its own: break after hyphens and slashes, else between characters.
    for (const piece of word.split(/(?<=[-/])/)) {
      if (fits(`${current}${piece}`)) {
        current = `${current}${piece}`;
        continue;
      }
      if (current !== '') lines.push(current);
      current = '';
      for (const character of piece) {
        if (current !== '' && !fits(`${current}${character}`)) {
          lines.push(current);
          current = '';
        }
        current += character;
      }
    }
  };
  // Only ordinary spaces break a line: a no-break space keeps a number with its unit.
  for (const word of content.split(/[ \t\n]+/).filter((part) => part !== '')) pushWord(word);
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
