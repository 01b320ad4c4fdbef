import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEventLog, readSurveyExport } from 'cxkit/node';
import { describe, expect, it } from 'vitest';
import { publicFile, publicPath } from '../journeys/publicLogs';

const folder = mkdtempSync(join(tmpdir(), 'cxkit-readers-'));
const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(folder, name), content);
  return join(folder, name);
};

describe('readEventLog', () => {
  it('reads XES, gzipped XES and CSV by their extension, streaming', async () => {
    const progress: number[] = [];
    const xes = await readEventLog(publicPath('running-example.xes'), { onProgress: (bytes) => progress.push(bytes) });
    const gzipped = await readEventLog(publicPath('running-example.xes.gz'));
    const csv = await readEventLog(publicPath('running-example.csv'));
    expect(xes.format).toBe('xes');
    expect(csv.format).toBe('csv');
    expect([...gzipped.events.at]).toEqual([...xes.events.at]);
    expect(csv.counts.events).toBe(42);
    // The file's 15,891 bytes, read to the end.
    expect(progress[progress.length - 1]).toBe(15_891);
  });

  it('streams a log larger than one chunk to the same columns as a read in one piece', async () => {
    const copy = join(folder, 'receipt.csv.gz');
    copyFileSync(publicPath('receipt.csv.gz'), copy);
    const log = await readEventLog(copy);
    expect(log.counts).toMatchObject({ events: 8577, cases: 1434 });
  });

  it('refuses a file named .gz that is not gzip, and gzip that breaks off, naming the file', async () => {
    const fake = write('fake.xes.gz', publicFile('running-example.xes'));
    await expect(readEventLog(fake)).rejects.toMatchObject({
      code: 'INVALID_GZIP',
      message: `${fake} is named as a gzip file but it does not start with the gzip signature (1f 8b).`,
    });
    const whole = gzipSync(publicFile('running-example.xes'));
    const cut = write('cut.xes.gz', whole.subarray(0, whole.length - 200));
    await expect(readEventLog(cut)).rejects.toMatchObject({ code: 'INVALID_GZIP' });
    await expect(readEventLog(join(folder, 'none.xes'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
    await expect(readEventLog(write('log.txt', 'x'))).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('names the file and line of a malformed log', async () => {
    const broken = write('broken.xes', '<log>\n<trace>\n<event>\n</trace>\n</log>\n');
    await expect(readEventLog(broken)).rejects.toMatchObject({
      code: 'INVALID_EVENT_LOG',
      details: { file: broken, line: 4 },
    });
  });
});

describe('readSurveyExport', () => {
  it('reads the Qualtrics samples, plain and gzipped', async () => {
    const current = await readSurveyExport(publicPath('qualtrics-sample.csv'), { score: 'QID1' });
    expect([...current.responses.score]).toEqual([2]);
    const gzipped = await readSurveyExport(
      write('legacy.csv.gz', gzipSync(publicFile('qualtrics-sample-legacy.csv'))),
      {
        score: 'Q1',
      },
    );
    expect(gzipped.format).toBe('qualtrics-legacy');
    expect([...gzipped.responses.at]).toEqual([Date.UTC(2017, 6, 18, 8, 28, 48)]);
  });

  it("takes the parser's options and its own, but not source: errors name the file by its path", async () => {
    const file = publicPath('qualtrics-sample.csv');
    const read = await readSurveyExport(file, { score: 'QID1', maxRows: 10, maxBytes: 1_000_000, badRows: 'error' });
    expect([...read.responses.score]).toEqual([2]);
    await expect(readSurveyExport(file, { score: 'QID1', source: 'other.csv' } as never)).rejects.toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: ['source'],
    });
    await expect(readSurveyExport(file, { score: 'QID1', maxrows: 10 } as never)).rejects.toThrow(
      'did you mean "maxRows"?',
    );
  });
});
