import { formatPath } from '../core/errors/formatPath';
import { findingSource } from './findingSource';
import { markdownText } from './markdownText';
import type { ReportFinding } from './Report';

const severityWords: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** @internal One finding as a Markdown list item: where, how serious, the rule, the message, path and hint. */
export function writeMarkdownFinding(finding: ReportFinding): string {
  const rule = /^[a-z0-9-]+\/[a-z0-9-]+$/i.test(finding.rule) ? `\`${finding.rule}\`` : markdownText(finding.rule);
  const where = finding.path.length === 0 ? '' : ` (at ${markdownText(formatPath(finding.path))})`;
  const hint = finding.hint === undefined ? '' : ` Hint: ${markdownText(finding.hint)}`;
  const source = findingSource(finding);
  const file = source === undefined ? '' : `${markdownText(source)} `;
  return `- ${file}**${severityWords[finding.severity] ?? markdownText(finding.severity)}** ${rule}: ${markdownText(finding.message)}${where}${hint}`;
}
