import { formatPath } from '../core/errors/formatPath';
import { escapeXml } from './escapeXml';
import { findingSource } from './findingSource';
import type { ReportFinding } from './Report';

const severityWords: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** @internal One finding as a list item: where it was found, its severity, rule and message, path and hint. */
export function writeHtmlFinding(finding: ReportFinding): string {
  const severity = severityWords[finding.severity] ?? finding.severity;
  const where =
    finding.path.length === 0 ? '' : ` <span class="path">(at ${escapeXml(formatPath(finding.path))})</span>`;
  const hint = finding.hint === undefined ? '' : `<br><span class="hint">Hint: ${escapeXml(finding.hint)}</span>`;
  const source = findingSource(finding);
  const file = source === undefined ? '' : `<span class="file">${escapeXml(source)}</span> `;
  return `<li>${file}<span class="severity severity-${escapeXml(finding.severity)}">${escapeXml(severity)}</span> <code>${escapeXml(finding.rule)}</code>: ${escapeXml(finding.message)}${where}${hint}</li>`;
}
