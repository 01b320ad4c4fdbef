/**
 * Reading a 1M-row Qualtrics export and a 1M-event XES log from disk, streaming: cxkit's
 * readers beside the plain parse of the same file with no checks — csv-parse alone
 * (records counted) and saxes' bare pass (elements counted) — with the growth of the
 * heap's peak for each.
 */
import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { SaxesParser } from 'saxes';
import { readEventLog } from '../../src/node/readEventLog';
import { readSurveyExport } from '../../src/node/readSurveyExport';
import { compare } from '../harness';
import { peakHeapGrowth, qualtricsExport, xesLog } from './largeFiles';

async function csvParseAlone(path: string): Promise<number> {
  let records = 0;
  const parser = createReadStream(path).pipe(parse({ bom: true, relax_column_count: true }));
  for await (const _record of parser) records++;
  return records;
}

async function saxesAlone(path: string): Promise<number> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let elements = 0;
  parser.on('opentag', () => {
    elements++;
  });
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  stream.setEncoding('utf8');
  for await (const chunk of stream) parser.write(chunk as string);
  parser.close();
  return elements;
}

const megabytes = (path: string) => (statSync(path).size / 1_048_576).toFixed(0);

export async function runSurveyExport(): Promise<void> {
  const survey = await qualtricsExport();
  await compare({
    title: `readSurveyExport: a 1M-row Qualtrics export (${megabytes(survey)} MB), from disk`,
    reference: { name: 'csv-parse alone (records counted, no checks)', run: () => csvParseAlone(survey) },
    candidates: [
      {
        name: 'cxkit readSurveyExport (score, time, segment)',
        run: () => readSurveyExport(survey, { score: 'QID1', segment: 'Region' }),
      },
    ],
    time: 1,
    rounds: 2,
  });
  console.log(
    `  peak heap growth: csv-parse alone ${await peakHeapGrowth(() => csvParseAlone(survey))}, cxkit ${await peakHeapGrowth(() => readSurveyExport(survey, { score: 'QID1', segment: 'Region' }))}`,
  );
}

export async function runEventLog(): Promise<void> {
  const xes = await xesLog();
  await compare({
    title: `readEventLog: a 1M-event XES log (${megabytes(xes)} MB), from disk`,
    reference: { name: "saxes' bare pass (elements counted, no checks)", run: () => saxesAlone(xes) },
    candidates: [
      { name: 'cxkit readEventLog (attributes kept)', run: () => readEventLog(xes) },
      { name: 'cxkit readEventLog, attributes: false', run: () => readEventLog(xes, { attributes: false }) },
    ],
    time: 1,
    rounds: 2,
  });
  console.log(
    `  peak heap growth: saxes alone ${await peakHeapGrowth(() => saxesAlone(xes))}, cxkit ${await peakHeapGrowth(() => readEventLog(xes))}`,
  );
}
