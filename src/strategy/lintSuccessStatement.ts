import type { DocumentInput } from '../core/documents/DocumentInput';
import { parseDocument } from '../core/documents/parseDocument';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import { checkSuccessStatement } from './checkSuccessStatement';
import type { LintSuccessStatementOptions } from './LintOptions';
import { createLintContext } from './lintContext';
import { type SuccessStatement, successStatementDocument } from './successStatementDocument';

/**
 * Checks a CX success statement: an outcome that is a wish; no business outcome, owner
 * or horizon; no metric; metrics without baseline, target or target date; targets no
 * better than their baseline; dates already past at `asOf`; only customer-feedback or
 * only operational metrics; and (given metric definitions) customer-feedback metrics
 * no definition describes. The rules are documented in {@link strategyRules}.
 *
 * @param statement - A success-statement document (parsed here, so JSON is fine).
 * @param options - `asOf`, `timeZone`, `metricDefinitions`, and rule and phrase settings; see {@link LintSuccessStatementOptions}.
 * @returns The findings, most serious first, then in document and text order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid document, with each issue's path; `CxError`
 *   `WRONG_DOCUMENT_KIND`, `NEWER_SCHEMA_VERSION`, `INVALID_DATE` (path `asOf`), `INVALID_TIME_ZONE`, `UNKNOWN_OPTION`,
 *   `UNKNOWN_RULE`, `INVALID_SEVERITY`, `INVALID_OPTION`, `INVALID_PHRASE`.
 *
 * @example
 * import { lintSuccessStatement, parseSuccessStatement } from 'cxkit/strategy';
 *
 * const loyalty = parseSuccessStatement({
 *   kind: 'success-statement',
 *   schemaVersion: 1,
 *   id: 'loyalty',
 *   title: 'Loyalty',
 *   outcome: 'Move the needle on loyalty.',
 *   owner: 'Chief customer officer',
 *   horizon: '2025-12-31',
 * });
 * const findings = lintSuccessStatement(loyalty, { asOf: '2026-11-22' });
 * findings.map((finding) => finding.rule)
 * // => ['success/no-business-outcome', 'success/no-metric', 'success/date-past', 'success/vague-wish']
 * findings[3]?.span // => { start: 0, end: 15, text: 'Move the needle' }
 *
 * @category Lint
 */
export function lintSuccessStatement(
  statement: DocumentInput<SuccessStatement>,
  options: LintSuccessStatementOptions = {},
): Finding[] {
  const context = createLintContext(options, ['rules', 'phrases', 'asOf', 'timeZone', 'metricDefinitions']);
  checkSuccessStatement(context, parseDocument(successStatementDocument, statement), []);
  return sortFindings(context.findings);
}
