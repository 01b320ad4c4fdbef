/**
 * outcomesByScoreCategory over 1M customers (an NPS answer and a renewal each) and
 * leadLag over 120 months at 12 lags each way: cxkit beside a plain reference loop (a
 * Map join and per-category counts, no checks, no intervals; the plain cross-correlation
 * without the autocorrelation adjustment).
 */
import { leadLag, outcomesByScoreCategory } from '../../src/metrics/index';
import { compare } from '../harness';

const count = 1_000_000;
let state = 11;
const next = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const responses = Array.from({ length: count }, (_, index) => ({
  customerId: `c${index}`,
  score: Math.floor(next() * 11),
}));
// Outcomes in another order, as a second system would export them.
const outcomes = responses
  .map(({ customerId, score }) => ({ customerId, value: next() < (score >= 9 ? 0.92 : score >= 7 ? 0.85 : 0.7) }))
  .reverse();

function plainJoin(): number[] {
  const categoryOf = new Map<string, number>();
  for (const { customerId, score } of responses) categoryOf.set(customerId, score >= 9 ? 0 : score >= 7 ? 1 : 2);
  const successes = [0, 0, 0];
  const totals = [0, 0, 0];
  for (const { customerId, value } of outcomes) {
    const category = categoryOf.get(customerId);
    if (category === undefined) continue;
    totals[category] = (totals[category] as number) + 1;
    if (value) successes[category] = (successes[category] as number) + 1;
  }
  return successes.map((success, index) => success / (totals[index] as number));
}

const months = 120;
const scores = Array.from({ length: months }, () => 10 + next() * 20);
const business = scores.map((_, index) => 80 + (index >= 2 ? 0.3 * (scores[index - 2] as number) : 0) + next() * 4);

function plainCrossCorrelation(maxLag: number): number[] {
  const result: number[] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const pairs = months - Math.abs(lag);
    const x0 = lag >= 0 ? 0 : -lag;
    const y0 = lag >= 0 ? lag : 0;
    let sx = 0;
    let sy = 0;
    for (let index = 0; index < pairs; index++) {
      sx += scores[x0 + index] as number;
      sy += business[y0 + index] as number;
    }
    const mx = sx / pairs;
    const my = sy / pairs;
    let cross = 0;
    let xx = 0;
    let yy = 0;
    for (let index = 0; index < pairs; index++) {
      const x = (scores[x0 + index] as number) - mx;
      const y = (business[y0 + index] as number) - my;
      cross += x * y;
      xx += x * x;
      yy += y * y;
    }
    result.push(cross / Math.sqrt(xx * yy));
  }
  return result;
}

export async function run(): Promise<void> {
  await compare({
    title: 'outcomesByScoreCategory: 1M customers, NPS answers joined to renewals',
    reference: { name: 'plain Map join and counts (no checks, no intervals)', run: plainJoin },
    candidates: [
      {
        name: 'cxkit outcomesByScoreCategory (checked, intervals)',
        run: () => outcomesByScoreCategory(responses, outcomes, { metric: 'nps' }),
      },
    ],
    rounds: 3,
  });
  await compare({
    title: 'leadLag: 120 months, lags −12 … 12',
    reference: { name: 'plain cross-correlation (no autocorrelation test)', run: () => plainCrossCorrelation(12) },
    candidates: [
      { name: 'cxkit leadLag (Pyper–Peterman N*, Holm)', run: () => leadLag(scores, business, { maxLag: 12 }) },
    ],
  });
}
