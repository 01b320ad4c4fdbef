/// <reference types="node" />
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isCxError } from '../core/errors/isCxError';
import { countFindings } from '../core/findings/countFindings';
import { loadWorkspace } from '../node/loadWorkspace';
import { htmlReport, markdownReport } from '../render/index';
import { analyzeWorkspace, workspaceReport } from '../workspace/index';
import { terminalText } from '../workspace/terminalText';
import { type CliContext, exitCodes, type Verb } from './CliContext';
import { fileProgress } from './fileProgress';
import { findManifest } from './findManifest';
import { limitFlagOptions, limitFlagsHelp, readLimitFlags } from './limitFlags';
import { noManifestMessage } from './noManifestMessage';
import { parseVerbArguments } from './parseVerbArguments';
import { usageError } from './usageError';

const help = `Usage: cxkit report [dir] --out <folder> [options]

Computes everything the workspace in dir (default: the current folder) allows — score
series with intervals and recurring dips, customer outcomes by score category and
whether the score leads a business measure, journeys wing to wing (before and after
when the manifest names two periods), driver importance, maturity and perception gaps,
the decision log, funded portfolios, immersion logs and education plans — and writes
into the out folder:

  report.html   one self-contained file: charts inline, no scripts, no external links
  report.md     the same report in Markdown, with the charts beside it
  charts/*.svg  every chart as its own SVG file

The report opens with an executive summary; the findings of lint and audit are in its
appendix, and their count is printed here.

Options:
  --out <folder>   Where to write the report (required; created if missing).
  --as-of <date>   The day to analyze as of (ISO date). Default: the manifest's asOf, else today.
  --progress       Show progress on stderr while data files over 4 MB are read (default: only
                   when stderr is a terminal).
${limitFlagsHelp(19)}  -h, --help       Show this help.

Exit codes: 0 report written and no finding at error level; 1 report written, but the
workspace has findings at error level (fix them: the report rests on what could be read);
2 no report: usage or input errors (no such folder, no manifest in it, an unreadable
manifest) or the report cannot be written.
`;

const today = () => new Date().toISOString().slice(0, 10);

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

// The out folder may sit in a checked-out pull request, where a planted link could turn
// the report's files into writes anywhere on the machine: nothing is written through one.
function writeUnlinked(path: string, text: string): void {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
  const descriptor = openSync(path, flags, 0o644);
  try {
    writeFileSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * `cxkit report`: loads the workspace, analyzes it, and writes the HTML and Markdown
 * report with its charts.
 *
 * @param context - Arguments, working folder, output streams and whether stderr is a terminal.
 * @returns The exit code.
 * @internal
 */
export async function report(context: CliContext): Promise<number> {
  const parsed = parseVerbArguments(context, 'report', {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    progress: { type: 'boolean' },
    ...limitFlagOptions,
  });
  if (parsed === undefined) return exitCodes.usage;
  const { values, positionals } = parsed;
  if (values.help === true) {
    context.stdout.write(help);
    return exitCodes.clean;
  }
  const usage = (message: string) => usageError(context, 'report', message);
  if (positionals.length > 1) return usage(`expected at most one folder; received ${positionals.length}.`);
  const outText = values.out as string | undefined;
  if (outText === undefined || outText === '') return usage('--out <folder> is required: where to write the report.');
  const asOfText = values['as-of'] as string | undefined;
  if (asOfText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfText)) {
    return usage(`--as-of must be an ISO date such as 2026-11-01; received ${JSON.stringify(asOfText)}.`);
  }
  const limits = readLimitFlags(values);
  if ('problem' in limits) return usage(limits.problem);
  const folder = resolve(context.cwd, positionals[0] ?? '.');
  const out = resolve(context.cwd, outText);
  if ((await findManifest(folder)) === 'absent') return usage(noManifestMessage('report', folder));
  const step = (text: string) => {
    if (context.isTTY) context.stderr.write(`\r\u001b[2Kcxkit report: ${text}`);
  };
  let workspace: Awaited<ReturnType<typeof loadWorkspace>>;
  try {
    const onFileProgress = fileProgress(context, 'report', values.progress === true);
    workspace = await loadWorkspace(folder, {
      ...limits,
      onProgress: (done, total, file) => step(`reading ${done}/${total} ${terminalText(file)}`),
      ...(onFileProgress === undefined ? {} : { onFileProgress }),
    });
  } catch (error) {
    if (isCxError(error)) return usage(error.message);
    throw error;
  }
  const manifestBroken =
    workspace.manifest === null && workspace.problems.some((problem) => /^cxkit\.(ya?ml|json)$/.test(problem.file));
  if (manifestBroken) {
    step('');
    return usage('the manifest cannot be read; run "cxkit lint" to see why.');
  }
  step('analyzing');
  let written: {
    html: string;
    markdown: string;
    charts: { id: string; svg: string }[];
    counts: ReturnType<typeof countFindings>;
  };
  try {
    const analysis = analyzeWorkspace(workspace, { asOf: asOfText ?? workspace.manifest?.asOf ?? today() });
    const built = workspaceReport(analysis);
    const charts = built.sections.flatMap((section) =>
      (section.charts ?? []).map((chart, index) => ({
        id: chart.id ?? `${section.id}-chart-${index + 1}`,
        svg: chart.svg,
      })),
    );
    written = {
      html: htmlReport(built),
      markdown: markdownReport(built, { chartFile: (id) => `charts/${id}.svg` }),
      charts,
      counts: countFindings(analysis.findings),
    };
  } catch (error) {
    if (isCxError(error)) return usage(error.message);
    throw error;
  }
  step('writing');
  const chartFolder = join(out, 'charts');
  const linked = [out, chartFolder].find(isLink);
  if (linked !== undefined) {
    step('');
    return usage(
      `${linked} is a symbolic link; the report is never written through a link. Choose another --out folder.`,
    );
  }
  try {
    mkdirSync(chartFolder, { recursive: true });
    writeUnlinked(join(out, 'report.html'), written.html);
    writeUnlinked(join(out, 'report.md'), written.markdown);
    for (const chart of written.charts) writeUnlinked(join(chartFolder, `${chart.id}.svg`), `${chart.svg}\n`);
  } catch (error) {
    step('');
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ELOOP'
        ? 'a file there is a symbolic link, and the report is never written through a link'
        : String(code ?? error);
    return usage(`the report cannot be written to ${outText}: ${why}.`);
  }
  step('');
  if (context.isTTY) context.stderr.write('\r\u001b[2K');
  const inside = relative(context.cwd, out);
  const shown = inside === '' ? '.' : inside.startsWith('..') ? out : inside;
  const shownText = terminalText(shown);
  const { counts } = written;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  context.stdout.write(
    `Report written: ${join(shownText, 'report.html')} and ${join(shownText, 'report.md')} (${plural(written.charts.length, 'chart')} in ${join(shownText, 'charts')}).\n${
      counts.total === 0
        ? 'No findings.'
        : `${plural(counts.total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info), listed in the report's appendix; "cxkit lint" shows them with their files and lines.`
    }\n`,
  );
  // A report over a workspace with errors rests on documents that could not be read or do
  // not hold together: written for people to read, but never a green check.
  return counts.error > 0 ? exitCodes.findings : exitCodes.clean;
}

export const reportVerb: Verb = {
  summary: 'Write an HTML and a Markdown report with charts from a workspace.',
  help,
  run: report,
};
