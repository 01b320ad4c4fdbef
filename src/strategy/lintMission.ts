import type { DocumentInput } from '../core/documents/DocumentInput';
import { parseDocument } from '../core/documents/parseDocument';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import { checkMission } from './checkMission';
import type { LintMissionOptions } from './LintOptions';
import { createLintContext } from './lintContext';
import { type Mission, missionDocument } from './missionDocument';

/**
 * Checks a CX mission: an empty statement, wishes ("have a great customer experience",
 * "exceed customer expectations", "move the needle"), superlatives without substance
 * ("world-class"), selling as its aim (not where the text denies it: "not what we want to
 * sell them"), and — for a
 * mission document — whether it says whom it serves, how customers are treated, how
 * their needs are prioritized, and what functions beyond the front line do. The rules
 * are documented in {@link strategyRules}.
 *
 * A bare string is linted as the statement alone (the structured checks are skipped),
 * so that a text box can be linted as the user types; its findings have path `[]`.
 * Findings about a phrase carry its `span`: offsets into the text at the finding's
 * path, to underline it.
 *
 * @param mission - A mission document (parsed here, so JSON is fine) or a statement string.
 * @param options - Rules turned off or re-leveled, and phrases added; see {@link LintMissionOptions}.
 * @returns The findings, most serious first, then in document and text order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid mission document, with each issue's path;
 *   `CxError` `WRONG_DOCUMENT_KIND`, `NEWER_SCHEMA_VERSION`, `UNKNOWN_OPTION`, `UNKNOWN_RULE` (path `['rules', id]`),
 *   `INVALID_SEVERITY`, `INVALID_OPTION`, `INVALID_PHRASE` (path `['phrases', list, index]`).
 *
 * @example
 * import { lintMission } from 'cxkit/strategy';
 *
 * const findings = lintMission('A superior journey for every customer, every time.');
 * findings.map((finding) => [finding.rule, finding.span])
 * // => [['mission/empty-superlative', { start: 2, end: 10, text: 'superior' }], ['mission/vague-wish', { start: 23, end: 49, text: 'every customer, every time' }]]
 * lintMission('We aim to be legendary.', { phrases: { superlatives: ['legendary'] } })[0]?.span
 * // => { start: 13, end: 22, text: 'legendary' }
 * lintMission('Have a great customer experience.').map((finding) => finding.rule) // => ['mission/vague-wish']
 * lintMission('Customers get what they need, not what we want to sell them.') // => []
 * lintMission('').map((finding) => finding.rule) // => ['mission/empty-statement']
 * lintMission('A world-class experience.', { rules: { 'mission/empty-superlative': 'off' } }) // => []
 * const fromConfigFile = JSON.parse('{ "rules": { "mission/vague-whish": "off" } }');
 * lintMission('A world-class experience.', fromConfigFile) // throws CxError UNKNOWN_RULE
 *
 * @category Lint
 */
export function lintMission(mission: DocumentInput<Mission> | string, options: LintMissionOptions = {}): Finding[] {
  const context = createLintContext(options, ['rules', 'phrases']);
  checkMission(context, typeof mission === 'string' ? mission : parseDocument(missionDocument, mission), []);
  return sortFindings(context.findings);
}
