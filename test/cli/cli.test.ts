import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crashMessage } from '../../src/cli/crashMessage';
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
    const created = run('init', folder);
    expect(created.status).toBe(0);
    const linted = run('lint', folder);
    expect([linted.status, linted.stdout, linted.stderr]).toEqual([0, 'No findings.\n', '']);
    const again = run('init', folder);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('is not empty');
  });

  it('init writes no asOf, so every later run is judged as of its own day', () => {
    const folder = join(emptyFolder(), 'cx');
    expect(run('init', folder, '--as-of', '2026-11-01').status).toBe(0);
    const manifest = readFileSync(join(folder, 'cxkit.yaml'), 'utf8');
    expect(manifest).not.toMatch(/^asOf:/m);
    expect(manifest).toContain('# asOf: 2026-11-01');
    // --as-of dates the starter's baselines.
    expect(readFileSync(join(folder, 'strategy', 'on-time-returns.yaml'), 'utf8')).toContain('on: 2026-11-01');
    // Judged as of a day past the statement's horizon, the lint says so: nothing froze the day.
    const later = run('lint', folder, '--as-of', '2028-06-01');
    expect(later.stdout).toContain('success/date-past');
    const help = run('init', '--help');
    expect(help.stdout).toContain('Exit codes: 0 workspace written; 2 usage errors');
  });

  it('stops with exit 2 at a folder without a manifest, naming it and suggesting cxkit init', () => {
    const folder = emptyFolder();
    writeFileSync(join(folder, 'mission.yaml'), 'kind: mission\nschemaVersion: 1\nid: m\ntitle: M\nstatement: x\n');
    for (const verb of ['lint', 'report']) {
      const result = run(verb, folder, ...(verb === 'report' ? ['--out', join(emptyFolder(), 'out')] : []));
      expect(result.status, verb).toBe(2);
      expect(result.stdout, verb).toBe('');
      expect(result.stderr, verb).toContain(
        `${folder} has no workspace manifest (cxkit.yaml, cxkit.yml or cxkit.json)`,
      );
      expect(result.stderr, verb).toContain('"cxkit init <new folder>"');
    }
  });

  it('reports one finding for a document that does not parse, and nothing it would have answered', () => {
    const folder = join(emptyFolder(), 'workspace');
    cpSync(join(root, 'examples', 'workspace'), folder, { recursive: true });
    const definition = join(folder, 'metrics', 'relationship-nps.yaml');
    writeFileSync(
      definition,
      readFileSync(definition, 'utf8').replace('metric: nps\n', 'metric: nps\n  bad: [unclosed\n'),
    );
    const result = run('lint', folder, '--format', 'json');
    expect(result.status).toBe(1);
    const rules = JSON.parse(result.stdout).findings.map(
      (finding: { rule: string; file: string }) => `${finding.file} ${finding.rule}`,
    );
    expect(rules.filter((rule: string) => rule.endsWith('workspace/invalid-syntax'))).toEqual([
      'metrics/relationship-nps.yaml workspace/invalid-syntax',
    ]);
    // The survey's metric, the success statement's metric and the primary metric are all in
    // the unread file: none is reported missing.
    for (const cascade of ['workspace/missing-link', 'success/undefined-metric', 'metric/no-primary-metric']) {
      expect(
        rules.some((rule: string) => rule.endsWith(cascade)),
        cascade,
      ).toBe(false);
    }
  });

  it('exits 1 on findings at error level and prints them grouped by file', () => {
    const result = run('lint', broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'wrong-kind.yaml\n  1:1     error   Unknown document kind "jorney"; did you mean "journey"?',
    );
    // Six: the decision log's link to a missing charter waits until every document reads.
    expect(result.stdout).toMatch(/6 findings \(6 errors, 0 warnings, 0 info\)\n$/);
  });

  it('writes SARIF that parses, with a result per finding', () => {
    const result = run('lint', broken, '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe(version);
    expect(log.runs[0].results).toHaveLength(6);
  });

  it('names SARIF files from the folder it runs in, or from --sarif-root', () => {
    const uris = (result: { stdout: string }) =>
      JSON.parse(result.stdout).runs[0].results.map(
        (entry: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          entry.locations[0]?.physicalLocation.artifactLocation.uri,
      );
    const fromRoot = spawnSync(process.execPath, [cli, 'lint', 'test/workspace/fixtures/broken', '--format', 'sarif'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(uris(fromRoot)).toContain('test/workspace/fixtures/broken/wrong-kind.yaml');
    const fromTest = spawnSync(
      process.execPath,
      [cli, 'lint', 'test/workspace/fixtures/broken', '--format', 'sarif', '--sarif-root', 'test/workspace'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(uris(fromTest)).toContain('fixtures/broken/wrong-kind.yaml');
    const outside = spawnSync(process.execPath, [cli, 'lint', broken, '--format', 'sarif', '--sarif-root', 'src'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('is not inside the SARIF root');
    expect(run('lint', broken, '--sarif-root', '.').status).toBe(2);
  });

  it('report: exit 0 on a clean workspace, 1 on errors with the report written, 2 when it cannot write', () => {
    const clean = join(emptyFolder(), 'cx');
    expect(run('init', clean).status).toBe(0);
    const cleanOut = join(emptyFolder(), 'clean-report');
    const cleanRun = run('report', clean, '--out', cleanOut);
    expect([cleanRun.status, cleanRun.stderr]).toEqual([0, '']);
    expect(cleanRun.stdout).toMatch(
      /^Report written: .*report\.html and .*report\.md \(\d+ charts? in .*charts\)\.\nNo findings\.\n$/,
    );
    expect(readFileSync(join(cleanOut, 'report.html'), 'utf8')).toContain('Executive summary');

    const out = join(emptyFolder(), 'example-report');
    const example = run('report', join(root, 'examples', 'workspace'), '--out', out);
    expect(example.status).toBe(1);
    expect(example.stdout).toContain(
      '\n14 findings (5 errors, 6 warnings, 3 info), listed in the report\'s appendix; "cxkit lint" shows them with their files and lines.\n',
    );
    // Written all the same: the errors are the report's appendix.
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Appendix: lint and audit findings');

    const file = join(emptyFolder(), 'not-a-folder');
    writeFileSync(file, 'a file');
    const blocked = run('report', clean, '--out', file);
    expect([blocked.status, blocked.stdout]).toEqual([2, '']);
    expect(blocked.stderr).toContain(`cxkit report: the report cannot be written to ${file}`);
    expect(run('report', '--help').stdout).toContain('Exit codes: 0 report written and no finding at error level; 1');
  });

  it('exits 2 on usage and input errors', () => {
    expect(run('lint', join(tmpdir(), 'cxkit-no-such-folder-4711')).status).toBe(2);
    expect(run('lint', '--format', 'xml').status).toBe(2);
    expect(run('lint', '--color').status).toBe(2);
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
    writeFileSync(join(folder, 'cxkit.yaml'), 'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\n');
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
    // The report is written (the link is an error finding, so the exit code is 1).
    expect(await report(reported.context)).toBe(1);
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

describe('usage errors on a terminal', () => {
  // ESC [ 2 J clears the screen; U+202E turns the rest of the line around.
  const hidden = '\u001b[2Jx\u202e';

  it.each([
    ['an unknown verb', [hidden]],
    ['an unknown option', ['lint', `--${hidden}`]],
    ['an unknown document kind', ['schema', hidden]],
    ['a bad --as-of', ['init', emptyFolder(), '--as-of', hidden]],
  ])('quote %s with its control characters made visible, and say where the usage is', async (_, argv) => {
    const { context: usageContext, output } = context(argv);
    expect(await runCli(usageContext)).toBe(2);
    const { stderr } = output();
    expect([stderr.includes('\u001b'), stderr.includes('\u202e')]).toEqual([false, false]);
    // Shown, escaped: by JSON.stringify (\u001b) where the message quotes it so, else visibly.
    expect(stderr).toMatch(/\\u(\{1b\}|001b)\[2Jx/);
    expect(stderr).toMatch(/\nRun "cxkit( \w+)? --help" for usage\.\n$/);
  });

  it('init names a folder that is not empty without running what its name holds', async () => {
    const folder = join(emptyFolder(), `cx${hidden}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'kept');
    const { context: initContext, output } = context([folder]);
    expect(await init(initContext)).toBe(2);
    expect(output().stderr).toContain('is not empty');
    expect([output().stderr.includes('\u001b'), output().stderr.includes('\u202e')]).toEqual([false, false]);
  });
});

describe('cxkit report', () => {
  const example = join(root, 'examples', 'workspace');

  it('writes report.html, report.md and every chart of the example as SVG, and exits 1 on its errors', async () => {
    const out = join(emptyFolder(), 'report');
    // Outside the working folder, the report's place is shown in full.
    const run = context([example, '--out', out], root);
    // The example's planted errors make the exit code 1: the report is written all the same.
    expect(await report(run.context)).toBe(1);
    expect(run.output().stdout).toBe(
      `Report written: ${out}/report.html and ${out}/report.md (${readdirSync(join(out, 'charts')).length} charts in ${out}/charts).\n14 findings (5 errors, 6 warnings, 3 info), listed in the report's appendix; "cxkit lint" shows them with their files and lines.\n`,
    );
    const charts = readdirSync(join(out, 'charts')).sort();
    // One chart per analysis the example's data allows: the NPS series and its segments, the
    // engine repair journey (before and after, and a typical case), the public compensation
    // log's typical case, the driver quadrant, the maturity gaps and radar, the funded portfolio.
    expect(charts).toEqual([
      'compensation-requests-timeline.svg',
      'cx-portfolio-2027-portfolio.svg',
      'maturity-survey-gaps.svg',
      'maturity-survey-radar.svg',
      'relationship-survey-segments.svg',
      'relationship-survey-series.svg',
      'repair-drivers-quadrant.svg',
      'repair-events-comparison.svg',
      'repair-events-timeline.svg',
    ]);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // Each chart twice: drawn wide, and for a phone.
    expect(html.match(/<svg\b/g)).toHaveLength(2 * charts.length);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    for (const chart of charts) expect(markdown).toContain(`(<charts/${chart}>)`);
    // The stories the example's data tells reach the report's words.
    expect(markdown).toContain('The controlled part moved but customers did not feel it');
    expect(markdown).toContain('It dips every year in December \\(2023, 2024 and 2025\\).');
    expect(markdown).toContain('Recurring dips: December in 2023, 2024 and 2025 \\(shaded on the chart\\).');
    // The summary opens the report; the findings close it.
    expect(markdown.indexOf('## Executive summary')).toBeLessThan(markdown.indexOf('## Contents'));
    expect(markdown.trimEnd().split('\n## ').at(-1)).toMatch(/^Appendix: lint and audit findings\n/);
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

  it('exits 2 when the report cannot be written', async () => {
    const file = join(emptyFolder(), 'report.txt');
    writeFileSync(file, 'a file, not a folder');
    const blocked = context([example, '--out', file, '--as-of', '2026-11-01']);
    expect(await report(blocked.context)).toBe(2);
    expect(blocked.output().stderr).toContain(`the report cannot be written to ${file}`);
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

describe('a crash of the command', () => {
  it('prints the stack line by line, with control characters made visible', () => {
    const error = new Error('cannot read \u001b]0;owned\u0007 in x.yaml');
    error.stack = `Error: cannot read \u001b]0;owned\u0007 in x.yaml\n    at read (file.js:1:1)`;
    expect(crashMessage(error)).toBe(
      'cxkit: Error: cannot read \\u{1b}]0;owned\\u{7} in x.yaml\n    at read (file.js:1:1)\n',
    );
    expect(crashMessage('plain \u202e text')).toBe('cxkit: plain \\u{202e} text\n');
  });
});
