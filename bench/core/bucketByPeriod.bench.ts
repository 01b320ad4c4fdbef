/**
 * bucketByPeriod over 1M response timestamps spread over two years, by month: cxkit
 * beside the plain loop users write (a Date per response, UTC getters, a Map), and
 * beside the date-fns idiom (format each timestamp to a "yyyy-MM" key).
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { bucketByPeriod } from '../../src/core/index';
import { compare } from '../harness';

const count = 1_000_000;
const start = Date.UTC(2025, 0, 1);
const span = 2 * 365 * 86_400_000;
// A fixed linear congruential sequence: the same instants on every run, in random order.
const instants = new Float64Array(count);
let state = 12_345;
for (let index = 0; index < count; index++) {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  instants[index] = start + Math.floor((state / 2_147_483_648) * span);
}
const sorted = Float64Array.from(instants).sort();

function plainMonthLoop(values: Float64Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let index = 0; index < values.length; index++) {
    const date = new Date(values[index] as number);
    const key = date.getUTCFullYear() * 12 + date.getUTCMonth();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const utc = tz('UTC');
function dateFnsMonthKeys(values: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < values.length; index++) {
    const key = format(values[index] as number, 'yyyy-MM', { in: utc });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The machine's limit for UTC days: one division and one increment per value, no labels. */
function tightDayLoop(values: Float64Array): Uint32Array {
  const first = Math.floor((values[0] as number) / 86_400_000);
  const counts = new Uint32Array(Math.floor((values[values.length - 1] as number) / 86_400_000) - first + 1);
  const index = new Uint32Array(values.length);
  for (let position = 0; position < values.length; position++) {
    const day = Math.floor((values[position] as number) / 86_400_000) - first;
    index[position] = day;
    counts[day] = (counts[day] as number) + 1;
  }
  return counts;
}

export async function run(): Promise<void> {
  await compare({
    title: 'bucketByPeriod: 1M instants in random order, by month, UTC',
    reference: { name: 'plain loop (Date per value, UTC getters, Map)', run: () => plainMonthLoop(instants) },
    candidates: [
      { name: 'cxkit bucketByPeriod', run: () => bucketByPeriod(instants, 'month') },
      {
        name: 'cxkit bucketByPeriod, Europe/Berlin',
        run: () => bucketByPeriod(instants, 'month', { timeZone: 'Europe/Berlin' }),
      },
      {
        name: "date-fns format(t, 'yyyy-MM') per value (100k, x10)",
        run: () => dateFnsMonthKeys(instants.subarray(0, count / 10)),
        scale: 10,
      },
    ],
  });
  await compare({
    title: 'bucketByPeriod: 1M instants in time order, by day, UTC',
    reference: { name: 'plain loop (Date per value, UTC getters, Map)', run: () => plainMonthLoop(sorted) },
    candidates: [
      { name: 'cxkit bucketByPeriod (day)', run: () => bucketByPeriod(sorted, 'day') },
      { name: 'tight loop: integer day keys into a typed array', run: () => tightDayLoop(sorted) },
    ],
  });
}
