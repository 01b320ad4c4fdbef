import type { TextSpan } from '../core/findings/TextSpan';

/**
 * @internal A compiled phrase list: one regular expression per phrase, and the phrase
 * it came from (to name it in messages).
 */
export interface PhraseMatcher {
  readonly patterns: ReadonlyArray<{ readonly phrase: string; readonly pattern: RegExp }>;
}

// Between the words of a phrase: spaces, hyphens and dashes, commas and slashes, so
// that "world-class" and "world class" are one phrase. Not full stops: a phrase does
// not run across sentences.
const separatorClass = '[\\s\\-\\u2010-\\u2015,/]';
const splitter = /[\s\-\u2010-\u2015,/]+/u;
const separator = `${separatorClass}+`;
const anyWord = "[\\p{L}\\p{N}]+(?:['\\u2019][\\p{L}\\p{N}]+)*['\\u2019]?";
// Whole words only: no letter or digit may touch the match on either side.
const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @internal Turns a phrase into its pattern, or `undefined` when it has no word or
 * puts `*` first, last or twice in a row.
 */
export function phrasePattern(phrase: string): RegExp | undefined {
  const words = phrase
    .trim()
    .split(splitter)
    .filter((word) => word !== '');
  const first = words[0];
  if (first === undefined || first === '*' || words.at(-1) === '*') return undefined;
  let source = escapePattern(first);
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as string;
    if (word === '*') {
      if (words[index + 1] === '*') return undefined;
      source += `(?:${separator}${anyWord}){0,3}`;
    } else source += `${separator}${escapePattern(word)}`;
  }
  return new RegExp(`${before}${source}${after}`, 'giu');
}

/** @internal Compiles checked phrases (see {@link phrasePattern}). */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  return {
    patterns: phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) as RegExp })),
  };
}

/** @internal One phrase found in a text. */
export interface PhraseMatch extends TextSpan {
  readonly phrase: string;
}

/**
 * @internal Every place a text holds one of the phrases, in text order, without
 * overlaps: where matches overlap, the one that starts first wins, and of two that
 * start together the longer ("best in the world" over "best").
 */
export function findPhrases(text: string, matcher: PhraseMatcher): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const { phrase, pattern } of matcher.patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      found.push({ start, end: start + match[0].length, text: match[0], phrase });
    }
  }
  found.sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: PhraseMatch[] = [];
  let reached = 0;
  for (const match of found) {
    if (match.start < reached) continue;
    kept.push(match);
    reached = match.end;
  }
  return kept;
}
