import type { PropertyPath } from '../core/errors/PropertyPath';
import type { LintContext } from './lintContext';
import { findPhrases, type PhraseMatcher } from './phraseMatcher';
import type { StrategyRuleId } from './strategyRules';

/**
 * @internal Reports one finding per phrase of `matcher` found in `text`, with its span,
 * under `rule`. `describe` writes the message for the matched text.
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
    context.report(rule, {
      message: describe(match.text),
      path,
      hint,
      span: { start: match.start, end: match.end, text: match.text },
    });
  }
}
