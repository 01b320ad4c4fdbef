/**
 * Parsing 1M offset-less ISO date-times, as data files hold them: cxkit's instant reader
 * in UTC (the reference) beside the same reader in a named zone with daylight saving
 * (Europe/London: its offsets are found once per local hour and cached), and beside what
 * the per-value path did before — a zoned date built for every value (date-fns parseISO
 * with @date-fns/tz), run on a tenth.
 */
import { tz } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import { createInstantReader } from '../../src/core/periods/instantReader';
import { compare } from '../harness';

const count = 1_000_000;
const start = Date.UTC(2024, 0, 1);
const texts: string[] = [];
let state = 4_242;
for (let index = 0; index < count; index++) {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  const epoch = start + Math.floor((state / 2_147_483_648) * 3 * 365 * 86_400_000);
  texts.push(new Date(epoch).toISOString().slice(0, 19).replace('T', ' '));
}

function readAll(read: (text: string) => number, values: readonly string[]): Float64Array {
  const epochs = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) epochs[index] = read(values[index] as string);
  return epochs;
}

export async function run(): Promise<void> {
  const london = tz('Europe/London');
  await compare({
    title: 'instants: 1M offset-less "YYYY-MM-DD HH:MM:SS" texts over three years',
    reference: { name: 'cxkit instant reader, UTC', run: () => readAll(createInstantReader('UTC'), texts) },
    candidates: [
      {
        name: 'cxkit instant reader, Europe/London (offsets cached)',
        run: () => readAll(createInstantReader('Europe/London'), texts),
      },
      {
        name: 'zoned date per value: parseISO in Europe/London (100k, x10)',
        run: () => readAll((text) => parseISO(text, { in: london }).getTime(), texts.slice(0, count / 10)),
        scale: 10,
      },
    ],
  });
}
