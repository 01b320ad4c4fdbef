import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { formatPath } from '../core/errors/formatPath';
import { countFindings } from '../core/findings/countFindings';
import { assertWorkspaceFindings } from './assertWorkspaceFindings';
import { raiseWorkspace } from './messages';
import { sarif } from './sarif';
import { terminalJson, terminalText } from './terminalText';
import type { WorkspaceFinding } from './WorkspaceFinding';

/**
 * Options for {@link formatFindings}.
 *
 * @category Workspace
 */
export interface FormatFindingsOptions {
  /** `'text'` (grouped by file, for people), `'json'` or `'sarif'` (SARIF 2.1.0, for code hosts). Default `'text'`. */
  readonly format?: 'text' | 'json' | 'sarif';
  /** The cxkit version, written into SARIF's tool description. Default `'0.0.0'`. */
  readonly toolVersion?: string;
  /** For SARIF: the workspace's folder relative to the folder paths are read against; see `SarifOptions`. Default `''`. */
  readonly workspacePath?: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function text(findings: readonly WorkspaceFinding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  const lines: string[] = [];
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file !== undefined) lines.push('');
      file = finding.file;
      lines.push(terminalText(file));
    }
    const place =
      finding.line === undefined
        ? '-'
        : finding.column === undefined
          ? `${finding.line}`
          : `${finding.line}:${finding.column}`;
    const where = finding.path.length === 0 ? '' : ` (at ${formatPath(finding.path)})`;
    lines.push(
      `  ${place.padEnd(7)} ${finding.severity.padEnd(7)} ${terminalText(`${finding.message}${where}`)}  ${finding.rule}`,
    );
    if (finding.hint !== undefined)
      lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)} hint: ${terminalText(finding.hint)}`);
  }
  const counts = countFindings(findings);
  lines.push(
    '',
    `${plural(counts.total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Writes workspace findings in one of the command's three output formats: a readable
 * report grouped by file, each finding with its line and column, severity, message, path,
 * rule id and hint, and a count; JSON (`{ findings, counts }`); or SARIF 2.1.0 (see
 * {@link sarif}).
 *
 * @param findings - Findings from {@link lintWorkspace}, in the order to print.
 * @param options - `format`, `toolVersion` and `workspacePath`; see {@link FormatFindingsOptions}.
 * @returns The text, ending with a newline.
 * @throws `CxError` `INVALID_OPTION` for an unknown format; `INVALID_ARGUMENT`, `INVALID_RULE_ID`, `INVALID_SEVERITY`
 *   or `INVALID_INPUT` for a malformed finding; `UNKNOWN_OPTION`.
 *
 * @example
 * import { formatFindings } from 'cxkit/workspace';
 *
 * const findings = [{
 *   rule: 'workspace/bad-row', severity: 'error', message: 'Column score must be a whole number; received "ten".',
 *   path: [1, 'score'], file: 'data/survey.csv', line: 3,
 * }] as const;
 * formatFindings(findings).split('\n').slice(0, 2)
 * // => ['data/survey.csv', '  3       error   Column score must be a whole number; received "ten". (at [1].score)  workspace/bad-row']
 * JSON.parse(formatFindings(findings, { format: 'json' })).counts // => { error: 1, warning: 0, info: 0, total: 1 }
 * formatFindings(findings, { format: 'xml' as 'json' }) // throws CxError INVALID_OPTION
 *
 * @category Workspace
 */
export function formatFindings(findings: readonly WorkspaceFinding[], options: FormatFindingsOptions = {}): string {
  assertWorkspaceFindings(findings);
  checkOptions(options, ['format', 'toolVersion', 'workspacePath']);
  const { format = 'text', toolVersion = '0.0.0', workspacePath = '' } = options;
  switch (format) {
    case 'text':
      return text(findings);
    case 'json':
      return `${terminalJson(JSON.stringify({ findings, counts: countFindings(findings) }, null, 2))}\n`;
    case 'sarif':
      return `${terminalJson(JSON.stringify(sarif(findings, { toolVersion, workspacePath }), null, 2))}\n`;
    default:
      raiseWorkspace('INVALID_OPTION', ['format', '"text", "json" or "sarif"', describeValue(format)], {
        path: ['format'],
      });
  }
}
