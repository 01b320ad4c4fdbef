/// <reference types="node" />
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isCxError } from '../core/errors/isCxError';
import { loadWorkspace } from '../node/loadWorkspace';
import { htmlReport, markdownReport } from '../render/index';
import { analyzeWorkspace, workspaceReport } from '../workspace/index';
import { terminalText } from '../workspace/terminalText';
import { type CliContext, exitCodes, type Verb } from './CliContext';
import { fileProgress } from './fileProgress';
import { parseVerbArguments } from './parseVerbArguments';

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

Findings from lint and audit are part of the report; they do not change the exit code.

Options:
  --out <folder>   Where to write the report (required; created if missing).
  --as-of <date>   The day to analyse as of (ISO date). Default: the manifest's asOf, else today.
  --progress       Show progress on stderr while data files over 4 MB are read (default: only
                   when stderr is a terminal).
  -h, --help       Show this help.

Exit codes: 0 report written, 2 usage or input errors (no such folder, unreadable manifest).
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
 * `cxkit report`: loads the workspace, analyses it, and writes the HTML and Markdown
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
  });
  if (parsed === undefined) return exitCodes.usage;
  const { values, positionals } = parsed;
  if (values.help === true) {
    context.stdout.write(help);
    return exitCodes.clean;
  }
  const usage = (message: string) => {
    context.stderr.write(`cxkit report: ${terminalText(message)}\nRun "cxkit report --help" for usage.\n`);
    return exitCodes.usage;
  };
  if (positionals.length > 1) return usage(`expected at most one folder; received ${positionals.length}.`);
  const outText = values.out as string | undefined;
  if (outText === undefined || outText === '') return usage('--out <folder> is required: where to write the report.');
  const asOfText = values['as-of'] as string | undefined;
  if (asOfText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfText)) {
    return usage(`--as-of must be an ISO date such as 2026-11-01; received ${JSON.stringify(asOfText)}.`);
  }
  const folder = resolve(context.cwd, positionals[0] ?? '.');
  const out = resolve(context.cwd, outText);
  const step = (text: string) => {
    if (context.isTTY) context.stderr.write(`\r\u001b[2Kcxkit report: ${text}`);
  };
  let workspace: Awaited<ReturnType<typeof loadWorkspace>>;
  try {
    const onFileProgress = fileProgress(context, 'report', values.progress === true);
    workspace = await loadWorkspace(folder, {
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
  step('analysing');
  let written: { html: string; markdown: string; charts: { id: string; svg: string }[] };
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
  context.stdout.write(
    `Report written: ${join(shown, 'report.html')} and ${join(shown, 'report.md')} (${written.charts.length} charts in ${join(shown, 'charts')}).\n`,
  );
  return exitCodes.clean;
}

export const reportVerb: Verb = {
  summary: 'Write an HTML and a Markdown report with charts from a workspace.',
  help,
  run: report,
};
