/**
 * scoreSeries over 1M timestamped responses in three segments, by month: cxkit beside
 * the plain loop a user writes (a Date per response, a Map of per-month counts).
 */
import { scoreSeries } from '../../src/metrics/index';
import { compare } from '../harness';

const count = 1_000_000;
const start = Date.UTC(2024, 0, 1);
const span = 3 * 365 * 86_400_000;
const at = new Float64Array(count);
const score = new Uint8Array(count);
const segmentNames = ['retail', 'business', 'wholesale'];
const segment = new Array<string>(count);
let state = 99;
for (let index = 0; index < count; index++) {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  at[index] = start + Math.floor((state / 2_147_483_648) * span);
  score[index] = state % 11;
  segment[index] = segmentNames[state % 3] as string;
}

function plainLoop(): Map<string, Float64Array> {
  const months = new Map<string, Float64Array>();
  for (let index = 0; index < count; index++) {
    const date = new Date(at[index] as number);
    const key = `${segment[index]}|${date.getUTCFullYear()}-${date.getUTCMonth() + 1}`;
    let counts = months.get(key);
    if (counts === undefined) {
      counts = new Float64Array(11);
      months.set(key, counts);
    }
    const value = score[index] as number;
    counts[value] = (counts[value] as number) + 1;
  }
  return months;
}

export async function run(): Promise<void> {
  await compare({
    title: 'scoreSeries: 1M responses, 3 segments, by month, UTC',
    reference: { name: 'plain loop (Date per response, Map of counts)', run: plainLoop },
    candidates: [
      {
        name: 'cxkit scoreSeries (nps, intervals, changes)',
        run: () => scoreSeries({ at, score, segment }, { metric: 'nps', unit: 'month' }),
      },
    ],
  });
}
