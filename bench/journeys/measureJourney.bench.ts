/**
 * measureJourney over 5M events of 1M cases (five events each, a repair journey with
 * four steps), in columns and as row objects with string case ids; measureJourneyColumns
 * (the lean entry, same stages) beside it on the columns. The references are
 * what a user writes by hand: in columns, the per-case first and last time side by side
 * in typed arrays and a selection for the percentiles; in rows, a Map group-by.
 */
import { parseJourney } from '../../src/journeys/index';
import { measureJourney } from '../../src/journeys/measureJourney';
import { measureJourneyColumns } from '../../src/journeys/measureJourneyColumns';
import { selectInPlace } from '../../src/stats/selectInPlace';
import { compare } from '../harness';

const journey = parseJourney({
  kind: 'journey',
  schemaVersion: 1,
  id: 'engine-repair',
  title: 'Engine repair, wing to wing',
  customer: { segment: 'airlines' },
  boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
  events: [
    { name: 'engine-removed', perspective: 'customer' },
    { name: 'engine-received', perspective: 'internal' },
    { name: 'quote-approved', perspective: 'customer' },
    { name: 'engine-shipped', perspective: 'internal' },
    { name: 'engine-reinstalled', perspective: 'customer' },
  ],
  stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
  steps: [
    {
      id: 'inbound',
      stage: 'repair',
      name: 'Inbound',
      owner: 'logistics',
      control: 'partner',
      startEvent: 'engine-removed',
      endEvent: 'engine-received',
    },
    {
      id: 'quote',
      stage: 'repair',
      name: 'Quote',
      owner: 'sales',
      control: 'company',
      startEvent: 'engine-received',
      endEvent: 'quote-approved',
    },
    {
      id: 'repair',
      stage: 'repair',
      name: 'Repair',
      owner: 'service',
      control: 'company',
      startEvent: 'quote-approved',
      endEvent: 'engine-shipped',
    },
    {
      id: 'outbound',
      stage: 'repair',
      name: 'Outbound',
      owner: 'logistics',
      control: 'partner',
      startEvent: 'engine-shipped',
      endEvent: 'engine-reinstalled',
    },
  ],
});
const eventNames = journey.events.map((event) => event.name);

const caseCount = 1_000_000;
const perCase = 5;
const count = caseCount * perCase;
const caseIndex = new Int32Array(count);
const eventIndex = new Uint8Array(count);
const at = new Float64Array(count);
const day = 86_400_000;
let state = 7;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
  let time = Date.UTC(2025, 0, 1) + Math.floor(random() * 300 * day);
  for (let event = 0; event < perCase; event++) {
    const row = caseNumber * perCase + event;
    caseIndex[row] = caseNumber;
    eventIndex[row] = event;
    at[row] = time;
    time += Math.floor(random() * 12 * day);
  }
}
const asOf = Date.UTC(2026, 0, 1);
const columns = { caseIndex, eventIndex, at, eventNames };

// The same log as row objects with string case ids, made only for the row benchmark so
// that five million objects on the heap do not slow the column benchmark's collections.
function makeRows() {
  return Array.from({ length: count }, (_, row) => ({
    caseId: `ENG-${caseIndex[row]}`,
    event: eventNames[eventIndex[row] as number] as string,
    at: at[row] as number,
  }));
}

function typedArrayReference(): number[] {
  const first = new Float64Array(caseCount).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(caseCount).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < count; row++) {
    const caseNumber = caseIndex[row] as number;
    const time = at[row] as number;
    if (time < (first[caseNumber] as number)) first[caseNumber] = time;
    if (time > (last[caseNumber] as number)) last[caseNumber] = time;
  }
  const durations = new Float64Array(caseCount);
  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    durations[caseNumber] = (last[caseNumber] as number) - (first[caseNumber] as number);
  }
  return [0.05, 0.5, 0.95].map((probability) => {
    const k = Math.floor(probability * (caseCount - 1));
    selectInPlace(durations, k);
    return durations[k] as number;
  });
}

const probabilities = [0.05, 0.5, 0.95];

// R's type 7 by selection, the way a careful hand-written loop would do it.
function typeSeven(values: Float64Array): number[] {
  const last = values.length - 1;
  return probabilities.map((probability) => {
    const position = last * probability;
    const lower = Math.floor(position);
    selectInPlace(values, lower);
    let above = Number.POSITIVE_INFINITY;
    for (let index = lower + 1; index <= last; index++)
      if ((values[index] as number) < above) above = values[index] as number;
    const below = values[lower] as number;
    return lower === last ? below : below + (position - lower) * (above - below);
  });
}

// The same job as measureJourney, written by hand for this one journey: the first time
// of each event per case side by side, then per case wing to wing, controlled (quote and
// repair are consecutive company steps, so their union is one interval), waiting (none:
// the steps chain from start to end) and step durations, then type-7 percentiles of each.
function sameJobReference(): number[][] {
  const events = perCase;
  const table = new Float64Array(caseCount * events).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < count; row++) {
    const cell = (caseIndex[row] as number) * events + (eventIndex[row] as number);
    const time = at[row] as number;
    if (time < (table[cell] as number)) table[cell] = time;
  }
  const wingToWing = new Float64Array(caseCount);
  const controlled = new Float64Array(caseCount);
  const waiting = new Float64Array(caseCount);
  const steps = [0, 1, 2, 3].map(() => new Float64Array(caseCount));
  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    const base = caseNumber * events;
    for (let step = 0; step < 4; step++) {
      (steps[step] as Float64Array)[caseNumber] = (table[base + step + 1] as number) - (table[base + step] as number);
    }
    wingToWing[caseNumber] = (table[base + 4] as number) - (table[base] as number);
    controlled[caseNumber] = (table[base + 3] as number) - (table[base + 1] as number);
    waiting[caseNumber] = 0;
  }
  return [wingToWing, controlled, waiting, ...steps].map(typeSeven);
}

function mapGroupBy(rows: ReturnType<typeof makeRows>): number[] {
  const cases = new Map<string, { first: number; last: number }>();
  for (const row of rows) {
    const held = cases.get(row.caseId);
    if (held === undefined) cases.set(row.caseId, { first: row.at, last: row.at });
    else {
      if (row.at < held.first) held.first = row.at;
      if (row.at > held.last) held.last = row.at;
    }
  }
  const durations = Float64Array.from(cases.values(), (held) => held.last - held.first);
  return [0.05, 0.5, 0.95].map((probability) => {
    const k = Math.floor(probability * (durations.length - 1));
    selectInPlace(durations, k);
    return durations[k] as number;
  });
}

function peakHeapMegabytes(task: () => unknown): string {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const result = task();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  if (result === undefined) throw new Error('no result');
  return `${((peak - before) / 1_048_576).toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  await compare({
    title: 'measureJourney: 5M events, 1M cases, columns (typed arrays)',
    reference: { name: 'hand-written typed-array loop, same job, this journey', run: sameJobReference },
    candidates: [
      { name: 'per-case min/max only, one selection (less work)', run: typedArrayReference },
      {
        name: 'cxkit measureJourney, includeCases: false',
        run: () => measureJourney(journey, columns, { asOf, includeCases: false }),
      },
      { name: 'cxkit measureJourney (an object per case)', run: () => measureJourney(journey, columns, { asOf }) },
      {
        name: 'cxkit measureJourneyColumns, includeCases: false',
        run: () => measureJourneyColumns(journey, columns, { asOf, includeCases: false }),
      },
    ],
    time: 1500,
  });
  if (process.env.CXKIT_BENCH_COLUMNS_ONLY === '1') return;
  const rows = makeRows();
  await compare({
    title: 'measureJourney: 5M events, 1M cases, row objects with string case ids',
    reference: { name: 'Map group-by (per-case min/max, selection)', run: () => mapGroupBy(rows) },
    candidates: [
      {
        name: 'cxkit measureJourney, includeCases: false',
        run: () => measureJourney(journey, rows, { asOf, includeCases: false }),
      },
      { name: 'cxkit measureJourney (an object per case)', run: () => measureJourney(journey, rows, { asOf }) },
    ],
    time: 3000,
    rounds: 2,
  });
  // Heap growth while each runs (sampled; garbage collection can hide part of it).
  console.log(
    `  heap growth, rows: Map group-by ${peakHeapMegabytes(() => mapGroupBy(rows))}, cxkit ${peakHeapMegabytes(() => measureJourney(journey, rows, { asOf }))}`,
  );
}
