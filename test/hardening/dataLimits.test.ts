/**
 * Data files are untrusted: a file too large to read is refused by name (a CxError from
 * the readers, a `workspace/too-large` finding at its place in a workspace, with the other
 * files still read); a key that would set a row's prototype is refused at its line; a
 * quoted cell that never closes is named where its quote opens.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/cli/lintVerb';
import { CxError } from '../../src/core/index';
import { createEventLogParser } from '../../src/journeys/index';
import { createSurveyExportParser } from '../../src/metrics/index';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { readEventLog } from '../../src/node/readEventLog';
import { readSurveyExport } from '../../src/node/readSurveyExport';

const mebibyte = 1024 * 1024;

/** A workspace folder with a manifest listing `files` (name → text) as survey data, and the files. */
function workspaceWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
  mkdirSync(join(folder, 'data'));
  const entries = Object.keys(files).map(
    (name, index) => `  - { id: s${index}, type: survey-responses, file: data/${name}, metric: nps }`,
  );
  // Line 5 is "data:"; entry i is on line 6 + i.
  writeFileSync(
    join(folder, 'cxkit.yaml'),
    `kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n${entries.join('\n')}\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'data', name), text);
  return folder;
}

/** `rows` survey rows after a header: line 2 is the first row. Each row is 23 bytes, the header 9. */
const surveyCsv = (rows: number) =>
  `at,score\n${Array.from({ length: rows }, (_, index) => `2026-03-${String(1 + (index % 28)).padStart(2, '0')}T09:00:00Z,9`).join('\n')}\n`;

/** The problems besides the links to metric definitions these bare workspaces lack. */
const problemsIn = (workspace: Awaited<ReturnType<typeof loadWorkspace>>) =>
  workspace.problems.filter((problem) => problem.code !== 'missing-link');

const problemsOf = (workspace: Awaited<ReturnType<typeof loadWorkspace>>) =>
  problemsIn(workspace).map((problem) => [problem.file, problem.line, problem.code]);

describe('data files larger than the limit, in a workspace', () => {
  it('a file over maxBytes is one finding at its manifest line, and the other file is read', async () => {
    const folder = workspaceWith({ 'big.csv': surveyCsv(50), 'small.csv': surveyCsv(3) });
    // big.csv is 9 + 50 × 23 = 1,159 bytes; small.csv 9 + 3 × 23 = 78.
    const workspace = await loadWorkspace(folder, { maxBytes: 1158 });
    expect(problemsOf(workspace)).toEqual([['cxkit.yaml', 6, 'too-large']]);
    expect(problemsIn(workspace)[0]?.path).toEqual(['data', 0, 'file']);
    expect(problemsIn(workspace)[0]?.message).toContain('more than 1,158 bytes');
    expect(workspace.data.map((data) => data.id)).toEqual(['s1']);
    // Raised to the file's size, the same file is read.
    expect((await loadWorkspace(folder, { maxBytes: 1159 })).data.map((data) => data.id)).toEqual(['s0', 's1']);
  });

  it('by default a CSV or JSON Lines data file over 32 MiB is refused without being parsed', async () => {
    const folder = workspaceWith({ 'huge.csv': Buffer.alloc(32 * mebibyte + 1, 0x61), 'ok.jsonl': '' });
    const workspace = await loadWorkspace(folder);
    expect(problemsOf(workspace)).toEqual([['cxkit.yaml', 6, 'too-large']]);
    expect(problemsIn(workspace)[0]?.message).toContain('more than 33,554,432 bytes');
  });

  it('a file over maxRows is one finding at the line where the limit was reached', async () => {
    const jsonl = Array.from({ length: 4 }, () => '{"at": "2026-03-01", "score": 9}').join('\n');
    const folder = workspaceWith({ 'rows.csv': surveyCsv(5), 'rows.jsonl': jsonl, 'fits.csv': surveyCsv(3) });
    const workspace = await loadWorkspace(folder, { maxRows: 3 });
    // The CSV's 4th row is on line 5 (the header is line 1); the JSON Lines file's 4th row on line 4.
    expect(problemsOf(workspace)).toEqual([
      ['data/rows.csv', 5, 'too-large'],
      ['data/rows.jsonl', 4, 'too-large'],
    ]);
    expect(problemsIn(workspace)[0]?.message).toContain('more than 3 rows');
    expect(workspace.data.map((data) => data.id)).toEqual(['s2']);
  });

  it('a document file over maxBytes is one finding at its file; the other documents are read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
    const mission = 'kind: mission\nschemaVersion: 1\nid: cx-mission\ntitle: Mission\nstatement: We keep our word.\n';
    writeFileSync(join(folder, 'a-mission.yaml'), mission);
    writeFileSync(join(folder, 'b-padded.yaml'), `${mission.replace('cx-mission', 'other')}# ${'x'.repeat(200)}\n`);
    const workspace = await loadWorkspace(folder, { maxBytes: 200 });
    expect(problemsOf(workspace)).toEqual([['b-padded.yaml', undefined, 'too-large']]);
    expect(workspace.documents.map((entry) => entry.id)).toEqual(['cx-mission']);
  });

  it('limits that are not whole numbers from 1 are refused', async () => {
    for (const maxBytes of [0, -1, 1.5, Number.NaN, '10']) {
      await expect(loadWorkspace(tmpdir(), { maxBytes } as never)).rejects.toMatchObject({ path: ['maxBytes'] });
    }
    await expect(loadWorkspace(tmpdir(), { maxRows: 0 })).rejects.toBeInstanceOf(CxError);
  });
});

describe('streamed readers', () => {
  const eventLog = (events: number) =>
    `case:concept:name,concept:name,time:timestamp\n${Array.from(
      { length: events },
      (_, index) => `T-${index},Ticket opened,2026-03-02T09:00:00Z`,
    ).join('\n')}\n`;

  it('stop a gzip bomb by the bytes it unpacks to, not the bytes on disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
    const file = join(folder, 'bomb.csv.gz');
    // 8 MiB of one repeated row packs into some 8 kB.
    const row = 'T-1,Ticket opened,2026-03-02T09:00:00Z\n';
    const unpacked = `case:concept:name,concept:name,time:timestamp\n${row.repeat(Math.ceil((8 * mebibyte) / row.length))}`;
    writeFileSync(file, gzipSync(unpacked));
    const refused = await readEventLog(file, { maxBytes: mebibyte }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CxError);
    expect((refused as CxError).code).toBe('FILE_TOO_LARGE');
    expect((refused as CxError).message).toContain('more than 1,048,576 bytes of text');
  });

  it('refuse a plain file over maxBytes before reading it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
    const file = join(folder, 'log.csv');
    writeFileSync(file, eventLog(10));
    await expect(readEventLog(file, { maxBytes: 100 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await readEventLog(file)).counts.events).toBe(10);
  });

  it('refuse the row past maxRows, naming the line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
    const log = join(folder, 'log.csv');
    writeFileSync(log, eventLog(6));
    // Events on lines 2…7: the 5th event, on line 6, is one too many.
    const refused = (await readEventLog(log, { maxRows: 4 }).catch((error: unknown) => error)) as CxError;
    expect(refused).toBeInstanceOf(CxError);
    expect(refused.code).toBe('TOO_MANY_ROWS');
    expect(refused.message).toContain('more than 4 rows');
    expect(refused.details.line).toBe(6);
    const survey = join(folder, 'survey.csv');
    writeFileSync(survey, surveyCsv(6));
    const tooMany = (await readSurveyExport(survey, { format: 'csv', score: 'score', time: 'at', maxRows: 4 }).catch(
      (error: unknown) => error,
    )) as CxError;
    expect([tooMany.code, tooMany.details.line]).toEqual(['TOO_MANY_ROWS', 6]);
  });

  it('the pure parsers take the same limit, 10,000,000 rows by default', () => {
    const parser = createEventLogParser({ format: 'csv', maxRows: 2 });
    expect(() => {
      parser.write(eventLog(3));
      parser.end();
    }).toThrow(/more than 2 rows/);
    const survey = createSurveyExportParser({ format: 'csv', score: 'score', time: 'at', maxRows: 1 });
    expect(() => {
      survey.write(surveyCsv(2));
      survey.end();
    }).toThrow(/more than 1 row,/);
    expect(() => createEventLogParser({ format: 'csv', maxRows: 0 })).toThrow(CxError);
  });

  it('an event log or survey export in a workspace over the limit is a too-large finding', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-limits-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data', 'log.csv'), eventLog(6));
    writeFileSync(
      join(folder, 'cxkit.yaml'),
      'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n  - { id: log, type: journey-events, file: data/log.csv, format: process-mining-csv, journey: engine-repair }\n',
    );
    const workspace = await loadWorkspace(folder, { maxRows: 4 });
    // Events on lines 2…7: the 5th, on line 6, is one too many.
    expect(problemsOf(workspace)).toEqual([['data/log.csv', 6, 'too-large']]);
    expect(problemsIn(workspace)[0]?.message).toContain('more than 4 rows');
  });
});

describe('keys that would set a row prototype', () => {
  it('a JSON Lines row with a "__proto__" key is refused at its line; the other rows are read', async () => {
    const rows = [
      '{"at": "2026-03-01", "score": 9}',
      '{"at": "2026-03-02", "score": 3, "__proto__": {"score": 10}}',
      '{"at": "2026-03-03", "score": 10}',
    ];
    const workspace = await loadWorkspace(workspaceWith({ 'survey.jsonl': rows.join('\n') }));
    expect(problemsIn(workspace).map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['data/survey.jsonl', 2, 'bad-row', [1, '__proto__']],
    ]);
    const [data] = workspace.data;
    expect(data?.type === 'survey-responses' && Array.from(data.responses.score)).toEqual([9, 10]);
  });

  it('a CSV column named "__proto__" is refused at the header, not silently dropped', async () => {
    const workspace = await loadWorkspace(workspaceWith({ 'survey.csv': 'at,score,__proto__\n2026-03-01,9,x\n' }));
    expect(problemsIn(workspace).map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['data/survey.csv', 1, 'bad-row', ['__proto__']],
    ]);
    expect(problemsIn(workspace)[0]?.message).toContain('"__proto__"');
    expect(workspace.data).toEqual([]);
  });
});

describe('a quoted cell that never closes', () => {
  it('is named at the line where its quote opens, not where the file ends', async () => {
    // Line 3 opens a quote that nothing closes; the file ends on line 6.
    const text = 'at,score\n2026-03-01,9\n2026-03-02,"10\n2026-03-03,8\n2026-03-04,7\n2026-03-05,6\n';
    const workspace = await loadWorkspace(workspaceWith({ 'survey.csv': text }));
    expect(problemsOf(workspace)).toEqual([['data/survey.csv', 3, 'invalid-syntax']]);
    expect(problemsIn(workspace)[0]?.message).toContain('never closed');
  });

  it('after a quoted cell spanning lines, at the line of the open quote', async () => {
    // The record starts on line 2; its first cell spans lines 2–3; the open quote is on line 3.
    const text = 'at,score\n"2026-03-01\n",9,"x\n2026-03-02,8\n';
    const workspace = await loadWorkspace(workspaceWith({ 'survey.csv': text }));
    expect(problemsOf(workspace)).toEqual([['data/survey.csv', 3, 'invalid-syntax']]);
  });
});

describe('cxkit lint --max-bytes and --max-rows', () => {
  const run = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await lint({
      argv,
      cwd: tmpdir(),
      isTTY: false,
      stdout: {
        write: (text: string) => {
          stdout += text;
          return true;
        },
      },
      stderr: {
        write: (text: string) => {
          stderr += text;
          return true;
        },
      },
    } as never);
    return { code, stdout, stderr };
  };

  for (const value of ['0', '', '1e3', '0x10', '-5']) {
    it(`refuses --max-rows ${JSON.stringify(value)}`, async () => {
      const { code, stderr } = await run([tmpdir(), `--max-rows=${value}`]);
      expect(code).toBe(2);
      expect(stderr).toContain('--max-rows must be a whole number from 1');
    });
  }

  it('passes the limit to the workspace: a file past it is a workspace/too-large finding', async () => {
    const folder = workspaceWith({ 'survey.csv': surveyCsv(5) });
    const { code, stdout } = await run([folder, '--max-rows', '2', '--format', 'json']);
    expect(code).toBe(1);
    const { findings } = JSON.parse(stdout) as { findings: { rule: string; file: string; line: number }[] };
    expect(findings.filter((finding) => finding.rule === 'workspace/too-large')).toMatchObject([
      { file: 'data/survey.csv', line: 4 },
    ]);
  });
});
