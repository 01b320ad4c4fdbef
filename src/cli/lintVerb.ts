/// <reference types="node" />
import { resolve } from 'node:path';
import { isCxError } from '../core/errors/isCxError';
import { countFindings } from '../core/findings/countFindings';
import { loadWorkspace } from '../node/loadWorkspace';
import { formatFindings, lintWorkspace } from '../workspace/index';
import { terminalText } from '../workspace/terminalText';
import { type CliContext, exitCodes, type Verb } from './CliContext';
import { cliVersion } from './cliVersion';
import { fileProgress } from './fileProgress';
import { findManifest } from './findManifest';
import { limitFlagOptions, limitFlagsHelp, readLimitFlags } from './limitFlags';
import { noManifestMessage } from './noManifestMessage';
import { parseVerbArguments } from './parseVerbArguments';
import { sarifPath } from './sarifPath';
import { usageError } from './usageError';

const help = `Usage: cxkit lint [dir] [options]

Checks every CX document and data file of the workspace in dir (default: the current
folder): schemas, links between documents, data rows, and every lint and audit.

Options:
  --format <text|json|sarif>  Output format (default text). sarif is SARIF 2.1.0 for code hosts.
  --sarif-root <dir>          With --format sarif: the folder the SARIF file paths are relative
                              to, usually the repository's root (default: the current folder).
  --max-warnings <n>          Exit 1 when there are more than n warnings (default: no limit).
  --as-of <date>              The day audits are run as of (ISO date). Default: the manifest's
                              asOf, else today.
  --progress                  Show progress on stderr while data files over 4 MB are read
                              (default: only when stderr is a terminal).
${limitFlagsHelp(30)}  -h, --help                  Show this help.

Exit codes: 0 clean, 1 findings at error level or too many warnings, 2 usage or input
errors (no such folder, no manifest in it, an unreadable manifest).
`;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The `lint` verb: loads the workspace, lints it, prints the findings and returns the exit code.
 *
 * @internal
 */
export async function lint(context: CliContext): Promise<number> {
  const parsed = parseVerbArguments(context, 'lint', {
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    'as-of': { type: 'string' },
    progress: { type: 'boolean' },
    'sarif-root': { type: 'string' },
    ...limitFlagOptions,
  });
  if (parsed === undefined) return exitCodes.usage;
  const { values, positionals } = parsed;
  if (values.help === true) {
    context.stdout.write(help);
    return exitCodes.clean;
  }
  const usage = (message: string) => usageError(context, 'lint', message);
  if (positionals.length > 1) return usage(`expected at most one folder; received ${positionals.length}.`);
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    return usage(`--format must be text, json or sarif; received ${JSON.stringify(format)}.`);
  }
  const maxWarningsText = values['max-warnings'] as string | undefined;
  // Digits only: Number() would also read "", "0x10" and "1e1".
  const maxWarnings =
    maxWarningsText !== undefined && /^\d{1,15}$/.test(maxWarningsText) ? Number(maxWarningsText) : undefined;
  if (maxWarningsText !== undefined && maxWarnings === undefined) {
    return usage(`--max-warnings must be a whole number from 0; received ${JSON.stringify(maxWarningsText)}.`);
  }
  const asOfText = values['as-of'] as string | undefined;
  if (asOfText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfText)) {
    return usage(`--as-of must be an ISO date such as 2026-11-01; received ${JSON.stringify(asOfText)}.`);
  }
  const sarifRootText = values['sarif-root'] as string | undefined;
  if (sarifRootText !== undefined && format !== 'sarif') {
    return usage('--sarif-root applies to --format sarif only.');
  }
  const limits = readLimitFlags(values);
  if ('problem' in limits) return usage(limits.problem);
  const folder = resolve(context.cwd, positionals[0] ?? '.');
  // SARIF paths name files from the root a code host reads them against, not from the
  // workspace: a workspace in a subfolder must still annotate the right files.
  const sarifRoot = resolve(context.cwd, sarifRootText ?? '.');
  const workspacePath = format === 'sarif' ? sarifPath(folder, sarifRoot) : '';
  if (workspacePath === undefined) {
    return usage(
      `the workspace ${folder} is not inside the SARIF root ${sarifRoot}; run from the repository that holds it, or pass --sarif-root.`,
    );
  }
  if ((await findManifest(folder)) === 'absent') return usage(noManifestMessage('lint', folder));
  const progress = (done: number, total: number, file: string) => {
    if (context.isTTY) context.stderr.write(`\r\u001b[2Kcxkit lint: ${done}/${total} ${terminalText(file)}`);
  };
  let workspace: Awaited<ReturnType<typeof loadWorkspace>>;
  try {
    const onFileProgress = fileProgress(context, 'lint', values.progress === true);
    workspace = await loadWorkspace(folder, {
      ...limits,
      onProgress: progress,
      ...(onFileProgress === undefined ? {} : { onFileProgress }),
    });
  } catch (error) {
    if (isCxError(error)) return usage(error.message);
    throw error;
  }
  if (context.isTTY) context.stderr.write('\r\u001b[2K');
  let findings: ReturnType<typeof lintWorkspace>;
  try {
    findings = lintWorkspace(workspace, { asOf: asOfText ?? workspace.manifest?.asOf ?? today() });
  } catch (error) {
    if (isCxError(error)) return usage(error.message);
    throw error;
  }
  context.stdout.write(formatFindings(findings, { format, toolVersion: cliVersion, workspacePath }));
  // A manifest that exists but cannot be read leaves the data unread: an input error.
  const manifestBroken =
    workspace.manifest === null && workspace.problems.some((problem) => /^cxkit\.(ya?ml|json)$/.test(problem.file));
  if (manifestBroken) {
    context.stderr.write('cxkit lint: the manifest cannot be read; fix it first (see the findings above).\n');
    return exitCodes.usage;
  }
  const counts = countFindings(findings);
  if (counts.error > 0) return exitCodes.findings;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    if (format === 'text')
      context.stderr.write(`cxkit lint: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return exitCodes.findings;
  }
  return exitCodes.clean;
}

/** @internal The `lint` verb's entry in the verb table. */
export const lintVerb: Verb = { summary: 'Check every document and data file of a workspace.', help, run: lint };
