import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/cli/initVerb';
import { lint } from '../../src/cli/lintVerb';
import { report } from '../../src/cli/reportVerb';
import { runCli } from '../../src/cli/runCli';
import { schema } from '../../src/cli/schemaVerb';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const broken = join(root, 'test', 'workspace', 'fixtures', 'broken');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

function context(argv: string[], cwd = tmpdir(), isTTY = false) {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      argv,
      cwd,
      isTTY,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    output: () => ({ stdout, stderr }),
  };
}

const run = (...argv: string[]) => spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });
const emptyFolder = () => mkdtempSync(join(tmpdir(), 'cxkit-cli-'));

describe('the built cxkit command', () => {
  it('scaffolds a workspace that lints clean (exit 0), and refuses a folder that is not empty (exit 2)', () => {
    const folder = join(emptyFolder(), 'cx');
    const created = run('init', folder, '--as-of', '2026-11-01');
    expect(created.status).toBe(0);
    const linted = run('lint', folder);
    expect([linted.status, linted.stdout, linted.stderr]).toEqual([0, 'No findings.\n', '']);
    const again = run('init', folder);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('is not empty');
  });

  it('exits 1 on findings at error level and prints them grouped by file', () => {
    const result = run('lint', broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'wrong-kind.yaml\n  1:1     error   Unknown document kind "jorney"; did you mean "journey"?',
    );
    expect(result.stdout).toMatch(/7 findings \(7 errors, 0 warnings, 0 info\)\n$/);
  });

  it('writes SARIF that parses, with a result per finding', () => {
    const result = run('lint', broken, '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe(version);
    expect(log.runs[0].results).toHaveLength(7);
  });

  it('exits 2 on usage and input errors', () => {
    expect(run('lint', join(tmpdir(), 'cxkit-no-such-folder-4711')).status).toBe(2);
    expect(run('lint', '--format', 'xml').status).toBe(2);
    expect(run('lint', '--colour').status).toBe(2);
    expect(run('lnt').stderr).toBe('cxkit: unknown verb "lnt"; did you mean "lint"?\nRun "cxkit --help" for usage.\n');
    expect(run('lnt').status).toBe(2);
  });

  it('prints its version and help', () => {
    expect(run('--version').stdout).toBe(`${version}\n`);
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('  lint    Check every document and data file of a workspace.');
  });
});

describe('cxkit lint', () => {
  it('counts warnings against --max-warnings', async () => {
    const folder = emptyFolder();
    writeFileSync(
      join(folder, 'mission.yaml'),
      'kind: mission\nschemaVersion: 1\nid: cx-mission\ntitle: Mission\nstatement: Exceed customer expectations.\ntreatment: [We call before a repair date slips.]\n',
    );
    const loose = context([folder]);
    expect(await lint(loose.context)).toBe(0);
    expect(loose.output().stdout).toContain('mission/vague-wish');
    const strict = context([folder, '--max-warnings', '0']);
    expect(await lint(strict.context)).toBe(1);
    expect(strict.output().stderr).toMatch(/^cxkit lint: \d+ warnings, more than --max-warnings 0\.\n$/);
    expect(await lint(context([folder, '--max-warnings', '-1']).context)).toBe(2);
  });

  it('exits 2 when the manifest cannot be read', async () => {
    const folder = emptyFolder();
    writeFileSync(join(folder, 'cxkit.yaml'), 'kind: workspace\nschemaVersion: 1\nid: [\n');
    const { context: withManifest, output } = context([folder]);
    expect(await lint(withManifest)).toBe(2);
    expect(output().stdout).toContain('cxkit.yaml');
    expect(output().stderr).toContain('the manifest cannot be read');
  });

  it('takes --as-of over the manifest', async () => {
    const folder = emptyFolder();
    writeFileSync(
      join(folder, 'cxkit.yaml'),
      'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\nasOf: 2026-01-01\n',
    );
    writeFileSync(
      join(folder, 'success.yaml'),
      'kind: success-statement\nschemaVersion: 1\nid: s\ntitle: S\noutcome: Engines back when promised.\nhorizon: 2026-06-30\n',
    );
    const before = context([folder, '--format', 'json']);
    await lint(before.context);
    const after = context([folder, '--format', 'json', '--as-of', '2026-07-01']);
    await lint(after.context);
    const rules = (text: string) => JSON.parse(text).findings.map((finding: { rule: string }) => finding.rule);
    expect(rules(before.output().stdout)).not.toContain('success/date-past');
    expect(rules(after.output().stdout)).toContain('success/date-past');
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const quiet = context([broken]);
    await lint(quiet.context);
    expect(quiet.output().stderr).toBe('');
    const terminal = context([broken], tmpdir(), true);
    await lint(terminal.context);
    expect(terminal.output().stderr).toContain('cxkit lint: 1/6 broken.yaml');
  });
});

describe('a workspace with a link out of it', () => {
  it('lints and reports without a byte of the linked file in any output', async () => {
    const secretFile = join(emptyFolder(), 'id_rsa.csv');
    writeFileSync(secretFile, 'at,score\nBEGIN-PRIVATE-KEY-hunter2,9\n');
    const workspace = join(emptyFolder(), 'workspace');
    cpSync(join(root, 'examples', 'workspace'), workspace, { recursive: true });
    mkdirSync(join(workspace, 'data'), { recursive: true });
    const survey = join(workspace, 'data', 'survey-responses.csv');
    rmSync(survey);
    symlinkSync(secretFile, survey);
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif']) {
      const linted = context([workspace, '--format', format]);
      expect(await lint(linted.context)).toBe(1);
      outputs.push(linted.output().stdout, linted.output().stderr);
    }
    expect(outputs[0]).toContain('outside-workspace');
    const out = emptyFolder();
    const reported = context([workspace, '--out', out, '--as-of', '2026-11-01']);
    expect(await report(reported.context)).toBe(0);
    outputs.push(reported.output().stdout, reported.output().stderr);
    outputs.push(readFileSync(join(out, 'report.html'), 'utf8'), readFileSync(join(out, 'report.md'), 'utf8'));
    for (const chart of readdirSync(join(out, 'charts')))
      outputs.push(readFileSync(join(out, 'charts', chart), 'utf8'));
    for (const output of outputs) expect(output).not.toContain('hunter2');
  });
});

describe('cxkit schema', () => {
  it('prints a kind’s JSON Schema, the list of kinds, or suggests a kind', async () => {
    const journey = context(['journey']);
    expect(await schema(journey.context)).toBe(0);
    const printed = JSON.parse(journey.output().stdout);
    expect(printed.properties.kind).toEqual({ type: 'string', const: 'journey' });
    const list = context(['--list']);
    expect(await schema(list.context)).toBe(0);
    expect(list.output().stdout.split('\n')).toContain('decision-log');
    const unknown = context(['jorney']);
    expect(await schema(unknown.context)).toBe(2);
    expect(unknown.output().stderr).toContain('did you mean "journey"?');
  });
});

describe('help on every verb', () => {
  it.each(['lint', 'report', 'schema', 'init'])('cxkit %s --help', async (verb) => {
    const { context: helpContext, output } = context([verb, '--help']);
    expect(await runCli(helpContext)).toBe(0);
    expect(output().stdout).toMatch(new RegExp(`^Usage: cxkit ${verb}`));
  });

  it('init refuses a bad --as-of', async () => {
    expect(await init(context([emptyFolder(), '--as-of', 'tomorrow']).context)).toBe(2);
  });
});

describe('cxkit report', () => {
  const example = join(root, 'examples', 'workspace');

  it('writes report.html, report.md and every chart of the example as SVG', async () => {
    const out = join(emptyFolder(), 'report');
    // Outside the working folder, the report's place is shown in full.
    const run = context([example, '--out', out], root);
    expect(await report(run.context)).toBe(0);
    expect(run.output().stdout).toBe(
      `Report written: ${out}/report.html and ${out}/report.md (${readdirSync(join(out, 'charts')).length} charts in ${out}/charts).\n`,
    );
    const charts = readdirSync(join(out, 'charts')).sort();
    // One chart per analysis the example's data allows: the NPS series, the journey (every case,
    // before and after), the driver quadrant, the maturity radar and gaps, the funded portfolio.
    expect(charts).toEqual([
      'compensation-requests-timeline.svg',
      'cx-portfolio-2027-portfolio.svg',
      'maturity-survey-gaps.svg',
      'maturity-survey-radar.svg',
      'relationship-survey-series.svg',
      'repair-drivers-quadrant.svg',
      'repair-events-timeline-after.svg',
      'repair-events-timeline-before.svg',
      'repair-events-timeline.svg',
    ]);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<svg\b/g)).toHaveLength(charts.length);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    for (const chart of charts) expect(markdown).toContain(`(<charts/${chart}>)`);
    // The stories the example's data tells reach the report's words.
    expect(markdown).toContain('The controlled part moved but customers did not feel it');
    expect(markdown).toContain('Relationship NPS dips every year in December.');
    expect(markdown).toContain('Recurring dips: December in 2023, 2024 and 2025.');
  });

  it('needs --out, and refuses a folder that does not exist or a bad --as-of (exit 2)', async () => {
    const missingOut = context([example]);
    expect(await report(missingOut.context)).toBe(2);
    expect(missingOut.output().stderr).toContain('--out <folder> is required');
    const noFolder = context([join(emptyFolder(), 'nowhere'), '--out', emptyFolder()]);
    expect(await report(noFolder.context)).toBe(2);
    const badDate = context([example, '--out', emptyFolder(), '--as-of', 'yesterday']);
    expect(await report(badDate.context)).toBe(2);
    expect(badDate.output().stderr).toContain('--as-of must be an ISO date');
  });

  it('never writes through a symbolic link in the out folder (exit 2), and leaves its target alone', async () => {
    const elsewhere = join(emptyFolder(), 'precious.txt');
    writeFileSync(elsewhere, 'keep me');
    const linkedFile = emptyFolder();
    symlinkSync(elsewhere, join(linkedFile, 'report.html'));
    const fileRun = context([example, '--out', linkedFile, '--as-of', '2026-11-01']);
    expect(await report(fileRun.context)).toBe(2);
    expect(fileRun.output().stderr).toContain('the report is never written through a link');
    const linkedCharts = emptyFolder();
    symlinkSync(emptyFolder(), join(linkedCharts, 'charts'));
    const chartsRun = context([example, '--out', linkedCharts, '--as-of', '2026-11-01']);
    expect(await report(chartsRun.context)).toBe(2);
    expect(chartsRun.output().stderr).toContain('is a symbolic link; the report is never written through a link');
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
  });

  it('has help, listed with the other verbs', async () => {
    const help = context(['--help']);
    expect(await report(help.context)).toBe(0);
    expect(help.output().stdout).toMatch(/^Usage: cxkit report \[dir\] --out <folder>/);
    const top = context(['--help']);
    await runCli(top.context);
    expect(top.output().stdout).toContain(
      '  report  Write an HTML and a Markdown report with charts from a workspace.',
    );
  });
});
