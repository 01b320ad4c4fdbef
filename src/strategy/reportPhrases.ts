import type { PropertyPath } from '../core/errors/PropertyPath';
import { isNegated } from './isNegated';
import type { LintContext } from './lintContext';
import { findPhrases, type PhraseMatcher } from './phraseMatcher';
import type { StrategyRuleId } from './strategyRules';

/**
 * @internal Reports one finding per phrase of `matcher` found in `text`, with its span,
 * under `rule`, except where the text denies the phrase ("not what we want to sell
 * them"; see {@link isNegated}). `describe` writes the message for the matched text.
 */
export function reportPhrases(
  context: LintContext,
  rule: StrategyRuleId,
  matcher: PhraseMatcher,
  text: string,
  path: PropertyPath,
  describe: (matched: string) => string,
  hint: string,
): void {
  for (const match of findPhrases(text, matcher)) {
    if (isNegated(text, match)) continue;
    context.report(rule, {
      message: describe(match.text),
      path,
      hint,
      span: { start: match.start, end: match.end, text: match.text },
    });
  }
}
