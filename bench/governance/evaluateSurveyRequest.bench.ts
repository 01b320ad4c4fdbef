/**
 * evaluateSurveyRequest over 10M past contacts of 1M customers, in columns (typed arrays),
 * for a request to survey 250k of them under a policy with every per-customer rule and a
 * team cap. The reference is the same job written by hand for these columns: request ids
 * to customer indexes through a Map, one pass over the contacts keeping per requested
 * customer a count and two latest times, then one decision per customer — no checks. A
 * smaller run on row objects (1M contacts, time ×10) shows the cost of the row form.
 */
import { evaluateSurveyRequest, type SurveyContact, type SurveyPolicy } from '../../src/governance/index';
import { compare } from '../harness';

const customerCount = 1_000_000;
const contactCount = 10_000_000;
const requestCount = 250_000;
const rowContactCount = 1_000_000;
const day = 86_400_000;
const asOf = Date.UTC(2026, 2, 10);

// A fixed linear congruential sequence into typed arrays: the data takes well under a second.
let state = 99;
const next = () => {
  state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
  return state;
};
const customerIds = Array.from({ length: customerCount }, (_, index) => `C${index}`);
const teams = ['billing', 'growth', 'service', 'product', 'marketing'];
const customer = new Int32Array(contactCount);
const at = new Float64Array(contactCount);
const kind = new Uint8Array(contactCount);
const team = new Int8Array(contactCount);
for (let row = 0; row < contactCount; row++) {
  customer[row] = next() % customerCount;
  at[row] = asOf - (next() % (400 * 24)) * 3_600_000;
  const roll = next() % 1000;
  kind[row] = roll < 900 ? 0 : roll < 995 ? 1 : 2;
  team[row] = kind[row] === 0 ? next() % teams.length : -1;
}
const columns = { customerIds, customer, at, kind, team, teams };
const requestIndexes = Int32Array.from(
  { length: requestCount },
  (_, index) => (index * 4 + (index % 3)) % customerCount,
);
const request = { team: 'billing', customers: Array.from(requestIndexes, (index) => customerIds[index] as string) };
const policy: SurveyPolicy = {
  maxSurveys: { count: 3, withinDays: 90 },
  minDaysSinceSurvey: 14,
  minDaysSinceComplaint: 30,
  teamCap: { count: 400_000, withinDays: 30 },
};

function handWritten(): number {
  const slotOf = new Map<string, number>();
  request.customers.forEach((id, slot) => {
    slotOf.set(id, slot);
  });
  const slotByIndex = new Int32Array(customerCount).fill(-1);
  for (let index = 0; index < customerCount; index++) {
    const slot = slotOf.get(customerIds[index] as string);
    if (slot !== undefined) slotByIndex[index] = slot;
  }
  const windowCount = new Int32Array(requestCount);
  const lastSurvey = new Float64Array(requestCount).fill(Number.NEGATIVE_INFINITY);
  const lastComplaint = new Float64Array(requestCount).fill(Number.NEGATIVE_INFINITY);
  const optedOut = new Uint8Array(requestCount);
  const customerFrom = asOf - 90 * day;
  const teamFrom = asOf - 30 * day;
  let teamSurveys = 0;
  for (let row = 0; row < contactCount; row++) {
    const time = at[row] as number;
    if (time > asOf) continue;
    const slot = slotByIndex[customer[row] as number] as number;
    const code = kind[row];
    if (code === 0) {
      if (team[row] === 0 && time > teamFrom) teamSurveys++;
      if (slot < 0) continue;
      if (time > customerFrom) windowCount[slot] = (windowCount[slot] as number) + 1;
      if (time > (lastSurvey[slot] as number)) lastSurvey[slot] = time;
    } else if (slot >= 0) {
      if (code === 1) {
        if (time > (lastComplaint[slot] as number)) lastComplaint[slot] = time;
      } else optedOut[slot] = 1;
    }
  }
  let allowed = 0;
  for (let slot = 0; slot < requestCount; slot++) {
    const blocked =
      optedOut[slot] === 1 ||
      (windowCount[slot] as number) >= 3 ||
      asOf - (lastSurvey[slot] as number) < 14 * day ||
      asOf - (lastComplaint[slot] as number) < 30 * day ||
      allowed >= 400_000 - teamSurveys;
    if (!blocked) allowed++;
  }
  return allowed;
}

const rows: SurveyContact[] = Array.from({ length: rowContactCount }, (_, row) => ({
  customerId: customerIds[customer[row] as number] as string,
  at: at[row] as number,
  kind: kind[row] === 0 ? 'survey' : kind[row] === 1 ? 'complaint' : 'opt-out',
  ...(team[row] === -1 ? {} : { team: teams[team[row] as number] as string }),
}));

export async function run(): Promise<void> {
  const check = evaluateSurveyRequest(policy, columns, request, { asOf });
  if (check.counts.allowed !== handWritten()) throw new Error('cxkit and the reference disagree');
  await compare({
    title: 'evaluateSurveyRequest: 1M customers, 10M contacts in columns, 250k requested',
    reference: { name: 'hand-written typed-array loop, same job, no checks', run: handWritten },
    candidates: [
      {
        name: 'cxkit evaluateSurveyRequest (columns)',
        run: () => evaluateSurveyRequest(policy, columns, request, { asOf }),
      },
      {
        name: 'cxkit evaluateSurveyRequest (row objects, 1M, x10)',
        run: () => evaluateSurveyRequest(policy, rows, request, { asOf }),
        scale: contactCount / rowContactCount,
      },
    ],
    time: 1500,
    rounds: 3,
  });
}
