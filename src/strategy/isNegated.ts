import type { TextSpan } from '../core/findings/TextSpan';

// A negation denies what follows it in its clause: "not what we want to sell them",
// "rather than upselling", "we never sell". "Not only", "not just" and their kin add
// rather than deny ("not only to sell but to serve" still makes selling an aim), so they
// are left out.
const negationBefore =
  /(?<![\p{L}\p{N}])(?:(?:not|never)(?![\p{L}\p{N}])(?!\s+(?:only|just|merely|simply|solely)(?![\p{L}\p{N}]))|no|nor|without|cannot|instead\s+of|rather\s+than|\p{L}+n['’]t)(?![\p{L}\p{N}])/giu;
// "Revenue is not our aim", "selling is never the point": a phrase denied right after it.
const negationAfter =
  /^\s+(?:(?:is|are|was|were|will\s+be)\s+(?:not|never)|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t\s+be)(?![\p{L}\p{N}])/iu;
// Where a clause ends: a negation before such a mark does not reach past it.
const clauseBreak = /[.;:!?,()\u2013\u2014]|(?<![\p{L}\p{N}])(?:but|and|yet|so|while|whereas)(?![\p{L}\p{N}])/giu;
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// How many words may stand between a negation and the phrase it denies.
const reach = 5;

/**
 * @internal Whether a phrase found in a text is denied rather than claimed: a negation
 * ("not", "never", "no", "without", "instead of", "rather than", "don't", …) stands
 * before it in the same clause, at most five words away, or a denial ("is not",
 * "isn't") follows it at once. A word list cannot tell "we upsell" from "not what we
 * want to sell them"; this reads the clause around the word.
 */
export function isNegated(text: string, span: TextSpan): boolean {
  if (negationAfter.test(text.slice(span.end))) return true;
  const before = text.slice(0, span.start);
  let clauseStart = 0;
  for (const mark of before.matchAll(clauseBreak)) clauseStart = mark.index + mark[0].length;
  const clause = before.slice(clauseStart);
  for (const negation of clause.matchAll(negationBefore)) {
    const between = clause.slice(negation.index + negation[0].length).match(wordPattern) ?? [];
    if (between.length <= reach) return true;
  }
  return false;
}
