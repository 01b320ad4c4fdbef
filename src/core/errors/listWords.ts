/**
 * Words joined as a sentence lists them: `"a"`, `"a and b"`, `"a, b and c"`; `""` for
 * none. For messages and report text that name several things.
 *
 * @internal
 */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
