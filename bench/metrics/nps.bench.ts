/**
 * nps over 10M scores, in a Uint8Array and in a number[]: cxkit beside the plain
 * single-pass histogram loop (no checks) and the popular `net-promoter-score` package;
 * and over 1M weighted scores, beside a plain weighted loop (floating-point sums, no checks).
 */
import NetPromoterScore from 'net-promoter-score';
import { countWeightedScores, nps, npsFromCounts, npsScale } from '../../src/metrics/index';
import { compare } from '../harness';

const count = 10_000_000;
const bytes = new Uint8Array(count);
let state = 7;
for (let index = 0; index < count; index++) {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  bytes[index] = Math.floor((state / 2_147_483_648) * 11);
}
const numbers = Array.from(bytes);
const tenth = numbers.slice(0, count / 10);

/**
 * The reference: one pass, a histogram, no validation at all. Made by a factory so that
 * the Uint8Array and the number[] runs each get a loop of their own, as V8 keeps type
 * feedback per function: one shared loop would turn polymorphic and flatter cxkit.
 */
const makeHistogramLoop =
  () =>
  (scores: ArrayLike<number>): number => {
    const counts = new Float64Array(11);
    for (let index = 0; index < scores.length; index++) {
      const score = scores[index] as number;
      counts[score] = (counts[score] as number) + 1;
    }
    const n = scores.length;
    return (
      (100 * ((counts[9] as number) + (counts[10] as number) - counts.subarray(0, 7).reduce((a, b) => a + b, 0))) / n
    );
  };
const histogramBytes = makeHistogramLoop();
const histogramNumbers = makeHistogramLoop();

const weightedCount = 1_000_000;
const weightedScores = bytes.subarray(0, weightedCount);
const weights = new Float64Array(weightedCount);
for (let index = 0; index < weightedCount; index++) {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  // Raking-style weights around 1, with long binary tails.
  weights[index] = 0.4 + (state / 2_147_483_648) * 1.7;
}

/** The reference for weights: one pass, plain floating-point sums of w per point and of w², no checks. */
function weightedLoop(scores: Uint8Array, given: Float64Array): number {
  const sums = new Float64Array(11);
  let squares = 0;
  for (let index = 0; index < scores.length; index++) {
    const weight = given[index] as number;
    const score = scores[index] as number;
    sums[score] = (sums[score] as number) + weight;
    squares += weight * weight;
  }
  const total = sums.reduce((a, b) => a + b, 0);
  const net = (sums[9] as number) + (sums[10] as number) - sums.subarray(0, 7).reduce((a, b) => a + b, 0);
  return (100 * net) / total + 0 * ((total * total) / squares);
}

export async function run(): Promise<void> {
  await compare({
    title: 'nps: 10M scores in a Uint8Array',
    reference: { name: 'plain histogram loop (no checks)', run: () => histogramBytes(bytes) },
    candidates: [{ name: 'cxkit nps (checked, with interval)', run: () => nps(bytes) }],
  });
  await compare({
    title: 'nps: 10M scores in a number[]',
    reference: { name: 'plain histogram loop (no checks)', run: () => histogramNumbers(numbers) },
    candidates: [
      { name: 'cxkit nps (checked, with interval)', run: () => nps(numbers) },
      { name: 'net-promoter-score (1M, x10)', run: () => new NetPromoterScore(tenth), scale: 10 },
      {
        name: 'filter().length per category',
        run: () => {
          const promoters = numbers.filter((score) => score >= 9).length;
          const detractors = numbers.filter((score) => score <= 6).length;
          return (100 * (promoters - detractors)) / numbers.length;
        },
      },
    ],
  });
  await compare({
    title: 'nps: 1M scores with survey weights (Uint8Array, Float64Array)',
    reference: {
      name: 'plain weighted loop (float sums, no checks)',
      run: () => weightedLoop(weightedScores, weights),
    },
    candidates: [
      {
        name: 'cxkit npsFromCounts(countWeightedScores) (checked, exact sums, Kish n_eff)',
        run: () => npsFromCounts(countWeightedScores(weightedScores, weights, npsScale)),
      },
    ],
  });
}
