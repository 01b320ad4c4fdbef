/**
 * Writes the data files of the example workspace (`examples/workspace/data/`): the
 * measurement streams of Northwind Engine Services, generated but plausible, and the same
 * on every run for a given seed.
 *
 * - `survey-responses.csv`: relationship NPS, monthly from November 2023 to October 2026,
 *   a few hundred airlines, lessors and cargo operators a month; December dips every year
 *   (the shop closes between Christmas and New Year and year-end invoices pile up).
 * - `journey-events.csv`: engine shop visits wing to wing. From July 2025 a lean program
 *   cut shop time by about a third, but the return date quoted at induction was never
 *   re-promised, so finished engines waited in stores for it: the airlines felt no change.
 * - `driver-observations.csv`: one row per returned engine with the operational drivers and
 *   the airline's likelihood to recommend; turnaround time and proactive updates drive it,
 *   invoice accuracy barely moves it.
 * - `maturity-responses.csv`: the reference maturity model answered by marketing and the CX
 *   team; marketing sees a far more mature CX strategy than the people who run it.
 * - `contract-renewals.csv`: each customer account's support-contract renewal in 2026; an
 *   account whose last relationship-NPS answer before it was a promoter's renews more often
 *   than a detractor's (the survey's `customer` column names the account that answered).
 * - `repeat-work-orders.csv`: shop visits booked each month by existing customers; they
 *   follow relationship NPS two months later.
 * - `metric-observations.csv`: the month-end values of the success statements' metrics
 *   that no survey file holds: the wing-to-wing median of the engines reinstalled each
 *   month (taken from the journey events, so it cannot disagree with them), and the
 *   values the operations, finance and leasing teams report each month.
 *
 * Run it with `npm run example:data`. Tests call {@link generateWorkspaceData} and compare
 * the files on disk with {@link workspaceDataFiles}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The seed the committed data files were written with. */
export const workspaceDataSeed = 20_261_101;

const day = 86_400_000;

/** A relationship survey answer: `at` is an ISO date, `score` 0–10, `customer` the account that answered. */
export interface SurveyResponseRow {
  readonly at: string;
  readonly score: number;
  readonly segment: string;
  readonly customer: string;
}

/** A customer account's support-contract renewal: the day it came up and whether it was renewed. */
export interface ContractRenewalRow {
  readonly customer: string;
  readonly renewed: boolean;
  readonly at: string;
}

/** Shop visits booked in a month (`YYYY-MM`) by customers who had been with Northwind before. */
export interface RepeatWorkOrderRow {
  readonly period: string;
  readonly orders: number;
}

/** One journey event: `at` is an ISO instant in UTC. */
export interface JourneyEventRow {
  readonly case: string;
  readonly event: string;
  readonly at: string;
}

/** One returned engine: its operational drivers and the airline's likelihood to recommend. */
export interface DriverObservationRow {
  readonly 'turnaround-days': number;
  readonly 'first-time-fix': number;
  readonly 'updates-per-week': number;
  readonly 'invoice-accuracy': number;
  readonly 'likelihood-to-recommend': number;
}

/** One respondent of the maturity survey: question id → level 1–5, `null` when not answered. */
export interface MaturityResponseRow {
  readonly respondent: string;
  readonly group: string;
  readonly answers: Readonly<Record<string, number | null>>;
}

/** One value of a success metric: `at` is an ISO date, `lower` and `upper` an interval when the source gives one. */
export interface MetricObservationRow {
  readonly metric: string;
  readonly at: string;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Everything the generator makes, as rows. */
export interface WorkspaceData {
  readonly surveyResponses: readonly SurveyResponseRow[];
  readonly journeyEvents: readonly JourneyEventRow[];
  readonly driverObservations: readonly DriverObservationRow[];
  readonly maturityResponses: readonly MaturityResponseRow[];
  readonly contractRenewals: readonly ContractRenewalRow[];
  readonly repeatWorkOrders: readonly RepeatWorkOrderRow[];
  readonly metricObservations: readonly MetricObservationRow[];
}

/** The workspace's "today": cases still running then have no later events. */
export const workspaceAsOf = Date.UTC(2026, 10, 1);

/** The event names of the engine-repair journey, in the order a shop visit lives them. */
export const engineRepairEvents = [
  'engine-removed',
  'engine-received',
  'inspection-finished',
  'quote-sent',
  'quote-approved',
  'repair-finished',
  'engine-shipped',
  'engine-delivered',
  'engine-reinstalled',
] as const;

/** The question ids of the reference maturity model, in model order (the CSV's columns). */
export const referenceQuestionIds = [
  'mindset-leaders',
  'mindset-everyone',
  'mindset-mission',
  'strategy-success',
  'strategy-plans',
  'discipline-governance',
  'discipline-measurement',
  'discipline-education',
  'cx-strategy-goals',
  'cx-strategy-priorities',
  'technology-listening',
  'technology-insight',
  'governance-council',
  'governance-survey-policy',
  'design-journeys',
  'design-testing',
  'authentic-promise',
  'beyond-functions',
  'wing-to-wing-span',
  'strategic-link',
  'empowered-action',
  'empowered-people-practices',
  'employee-experience-management',
  'employee-experience-feedback',
  'everyone-touches-reach',
  'top-down-commitment',
  'top-down-ratings',
  'customer-view-own',
] as const;

/** mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Random {
  readonly uniform: () => number;
  readonly normal: (mean: number, sd: number) => number;
  /** A duration in days with the given median and log-scale spread. */
  readonly logNormal: (median: number, sigma: number) => number;
  readonly integer: (min: number, max: number) => number;
  readonly pick: <T>(items: readonly T[], weights: readonly number[]) => T;
}

function createRandom(seed: number): Random {
  const uniform = mulberry32(seed);
  const normal = (mean: number, sd: number) => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    return mean + sd * radius * Math.cos(2 * Math.PI * uniform());
  };
  return {
    uniform,
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    integer: (min, max) => min + Math.floor(uniform() * (max - min + 1)),
    pick: (items, weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let threshold = uniform() * total;
      for (let index = 0; index < items.length; index++) {
        threshold -= weights[index] as number;
        if (threshold < 0) return items[index] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
  };
}

const isoDate = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);
// Events are logged to the minute.
const isoInstant = (epoch: number) => `${new Date(Math.round(epoch / 60_000) * 60_000).toISOString().slice(0, 16)}:00Z`;
const round = (value: number, digits: number) => Number(value.toFixed(digits));
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const segments = ['airline', 'lessor', 'cargo'] as const;
// Promoter and detractor shares per segment in an ordinary month.
const segmentMix = {
  airline: { weight: 0.6, promoters: 0.43, detractors: 0.23 },
  lessor: { weight: 0.25, promoters: 0.37, detractors: 0.27 },
  cargo: { weight: 0.15, promoters: 0.41, detractors: 0.22 },
} as const;

function surveyResponses(random: Random): Omit<SurveyResponseRow, 'customer'>[] {
  const rows: Omit<SurveyResponseRow, 'customer'>[] = [];
  for (let monthIndex = 0; monthIndex < 36; monthIndex++) {
    const year = 2023 + Math.floor((10 + monthIndex) / 12);
    const month = (10 + monthIndex) % 12;
    const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const december = month === 11;
    const count = random.integer(230, 320);
    for (let index = 0; index < count; index++) {
      const segment = random.pick(
        segments,
        segments.map((name) => segmentMix[name].weight),
      );
      const mix = segmentMix[segment];
      // December: engines caught in the shop's year-end closure and year-end invoice queries.
      const promoters = mix.promoters - (december ? 0.09 : 0);
      const detractors = mix.detractors + (december ? 0.11 : 0);
      const draw = random.uniform();
      let score: number;
      if (draw < promoters) score = random.pick([9, 10], [0.55, 0.45]);
      else if (draw < promoters + detractors) score = random.pick([0, 1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 5, 8, 10]);
      else score = random.pick([7, 8], [0.45, 0.55]);
      const at = Date.UTC(year, month, random.integer(1, daysInMonth));
      rows.push({ at: isoDate(at), score, segment });
    }
  }
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

// Customer accounts per segment: each answer comes from a contact at one of them.
const accountsPerSegment = { airline: 160, lessor: 60, cargo: 50 } as const;
const accountId = (segment: string, number: number) => `${segment}-${String(number).padStart(3, '0')}`;

/**
 * Names the account behind each answer, from a stream of its own so that the scores stay
 * what they were before accounts were recorded.
 */
function withCustomers(random: Random, rows: readonly Omit<SurveyResponseRow, 'customer'>[]): SurveyResponseRow[] {
  return rows.map((row) => ({
    ...row,
    customer: accountId(
      row.segment,
      random.integer(1, accountsPerSegment[row.segment as keyof typeof accountsPerSegment]),
    ),
  }));
}

// The chance of renewing by the category of the account's last answer before renewal.
const renewalChance = { promoter: 0.94, passive: 0.86, detractor: 0.7 } as const;

function contractRenewals(random: Random, answers: readonly SurveyResponseRow[]): ContractRenewalRow[] {
  const rows: ContractRenewalRow[] = [];
  const first = Date.UTC(2026, 0, 5);
  const last = Date.UTC(2026, 9, 30);
  for (const segment of segments) {
    for (let number = 1; number <= accountsPerSegment[segment]; number++) {
      const customer = accountId(segment, number);
      const at = isoDate(first + random.integer(0, (last - first) / day) * day);
      // Answers are in date order: the last one before the renewal date decides the chance.
      const before = answers.filter((row) => row.customer === customer && row.at < at).at(-1);
      const score = before?.score ?? 8;
      const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
      rows.push({ customer, renewed: random.uniform() < renewalChance[category], at });
    }
  }
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.customer < b.customer ? -1 : 1));
}

/**
 * Shop visits booked each month by existing customers: about 40, moved by the relationship
 * NPS of two months before (an airline that is unhappy in December sends its next engine
 * elsewhere in February), with month-to-month noise of its own.
 */
function repeatWorkOrders(random: Random, answers: readonly SurveyResponseRow[]): RepeatWorkOrderRow[] {
  const months = [...new Set(answers.map((row) => row.at.slice(0, 7)))].sort();
  const npsOf = months.map((month) => {
    const scores = answers.filter((row) => row.at.startsWith(month)).map((row) => row.score);
    return (
      (100 * (scores.filter((score) => score >= 9).length - scores.filter((score) => score <= 6).length)) /
      scores.length
    );
  });
  const mean = npsOf.reduce((sum, value) => sum + value, 0) / npsOf.length;
  let noise = 0;
  return months.map((period, index) => {
    noise = 0.5 * noise + random.normal(0, 1.2);
    const earlier = npsOf[index - 2] ?? mean;
    return { period, orders: round(40 + 0.35 * (earlier - mean) + noise, 1) };
  });
}

/** How far the lean shop program had gone (0 before July 2025, 1 from November 2025). */
function leanProgress(removedAt: number): number {
  const start = Date.UTC(2025, 6, 1);
  const end = Date.UTC(2025, 10, 1);
  return clamp((removedAt - start) / (end - start), 0, 1);
}

function journeyEvents(random: Random): JourneyEventRow[] {
  const rows: JourneyEventRow[] = [];
  const first = Date.UTC(2024, 10, 1);
  const last = Date.UTC(2026, 9, 31);
  const removals: number[] = [];
  // About 55 engines a month come off the wing for a shop visit.
  for (let at = first; at <= last; at += day) {
    const perDay = 55 / 30.4;
    let arrivals = Math.floor(perDay);
    if (random.uniform() < perDay - arrivals) arrivals += 1;
    for (let index = 0; index < arrivals; index++) removals.push(at + random.integer(5, 21) * 3_600_000);
  }
  removals.sort((a, b) => a - b);
  removals.forEach((removedAt, index) => {
    const lean = leanProgress(removedAt);
    const year = new Date(removedAt).getUTCFullYear() % 100;
    const caseId = `SV${year}-${String(index + 1).padStart(4, '0')}`;
    // The work scope (a repair, a performance restoration, a full overhaul) sets both how
    // long the shop takes and the return date quoted at induction, which the program left as it was.
    const workScope = random.logNormal(1, 0.11);
    const promisedDays = 65 * workScope + random.normal(0, 2);
    const inbound = random.logNormal(5.5, 0.25);
    const inspection = workScope * random.logNormal(7 - 2 * lean, 0.2);
    const quoting = random.logNormal(3, 0.3);
    const approval = random.logNormal(5.5, 0.35);
    const repair = workScope * random.logNormal(24 - 8 * lean, 0.12);
    const delivery = random.logNormal(4.5, 0.2);
    const reinstallation = random.logNormal(3.5, 0.3);
    const beforeDispatch = inbound + inspection + quoting + approval + repair;
    // A finished engine leaves the shop for the quoted date, not when it is ready: it waits
    // in stores unless it is already late, and then it ships after release and paperwork.
    const dispatch = Math.max(random.logNormal(1.5, 0.3), promisedDays - beforeDispatch - delivery - reinstallation);
    const offsets = [0, inbound, inspection, quoting, approval, repair, dispatch, delivery, reinstallation];
    let at = removedAt;
    offsets.forEach((offset, step) => {
      at += offset * day;
      // The log is taken on asOf: a case still running then is open, its later events not yet written.
      if (at > workspaceAsOf) return;
      rows.push({ case: caseId, event: engineRepairEvents[step] as string, at: isoInstant(at) });
    });
  });
  // The shop's system exports the log in time order, cases interleaved.
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function driverObservations(random: Random): DriverObservationRow[] {
  const rows: DriverObservationRow[] = [];
  for (let index = 0; index < 1500; index++) {
    const firstTimeFix = random.uniform() < 0.84 ? 1 : 0;
    // A repeat visit to the test cell adds days.
    const turnaround = clamp(random.normal(62 + (firstTimeFix === 1 ? 0 : 9), 11), 38, 110);
    const updates = clamp(random.normal(1.4, 0.8), 0, 4);
    const invoiceAccuracy = clamp(random.normal(95.5, 3), 82, 100);
    const likelihood =
      8.1 -
      0.075 * (turnaround - 63) +
      1.05 * (updates - 1.4) +
      1.1 * (firstTimeFix - 0.84) +
      0.025 * (invoiceAccuracy - 95.5) +
      random.normal(0, 1.25);
    rows.push({
      'turnaround-days': round(turnaround, 1),
      'first-time-fix': firstTimeFix,
      'updates-per-week': round(updates, 1),
      'invoice-accuracy': round(invoiceAccuracy, 1),
      'likelihood-to-recommend': clamp(Math.round(likelihood), 0, 10),
    });
  }
  return rows;
}

// Mean level per question for each group; marketing believes the strategy, customer
// collaboration and wing-to-wing measurement are far ahead of what the CX team sees.
const commonLevels: Record<string, number> = {
  'mindset-leaders': 3.1,
  'mindset-everyone': 2.6,
  'discipline-governance': 2.7,
  'discipline-measurement': 2.9,
  'discipline-education': 2.2,
  'technology-listening': 3.2,
  'technology-insight': 2.4,
  'governance-council': 2.9,
  'governance-survey-policy': 2.5,
  'design-journeys': 2.8,
  'design-testing': 2.1,
  'authentic-promise': 2.9,
  'beyond-functions': 2.6,
  'strategic-link': 2.8,
  'empowered-action': 2.4,
  'empowered-people-practices': 2.2,
  'employee-experience-management': 2.3,
  'employee-experience-feedback': 2.0,
  'everyone-touches-reach': 2.5,
  'top-down-commitment': 3.0,
  'top-down-ratings': 2.6,
  'customer-view-own': 2.7,
};
// Marketing believes the mission is shared and the strategy in place; the CX team, who run
// them, do not agree.
const perceivedLevels: Record<string, { marketing: number; 'cx-team': number }> = {
  'mindset-mission': { marketing: 4.3, 'cx-team': 2.4 },
  'strategy-success': { marketing: 4.0, 'cx-team': 2.3 },
  'strategy-plans': { marketing: 4.1, 'cx-team': 2.6 },
  'cx-strategy-goals': { marketing: 4.1, 'cx-team': 2.5 },
  'cx-strategy-priorities': { marketing: 3.9, 'cx-team': 2.4 },
  'wing-to-wing-span': { marketing: 3.9, 'cx-team': 1.8 },
};

function maturityResponses(random: Random): MaturityResponseRow[] {
  const respondents = [
    ...Array.from({ length: 13 }, (_, index) => ({ group: 'marketing' as const, number: index + 1 })),
    ...Array.from({ length: 18 }, (_, index) => ({ group: 'cx-team' as const, number: index + 1 })),
  ];
  return respondents.map(({ group, number }) => {
    const answers: Record<string, number | null> = {};
    for (const question of referenceQuestionIds) {
      // About one answer in thirty is left blank: "I can't say".
      if (random.uniform() < 0.035) {
        answers[question] = null;
        continue;
      }
      const mean = perceivedLevels[question]?.[group] ?? (commonLevels[question] as number);
      answers[question] = clamp(Math.round(random.normal(mean, 0.65)), 1, 5);
    }
    return { respondent: `${group === 'marketing' ? 'mkt' : 'cx'}-${String(number).padStart(2, '0')}`, group, answers };
  });
}

/**
 * Generates every data set of the example workspace from a seed. Pure: the same seed
 * gives the same rows.
 *
 * @param seed - Any 32-bit integer; {@link workspaceDataSeed} wrote the committed files.
 * @returns The rows of each data set.
 */
export function generateWorkspaceData(seed: number): WorkspaceData {
  // One stream per data set, so that changing one leaves the others as they were.
  const answers = withCustomers(createRandom(seed + 4), surveyResponses(createRandom(seed)));
  const events = journeyEvents(createRandom(seed + 1));
  return {
    surveyResponses: answers,
    journeyEvents: events,
    driverObservations: driverObservations(createRandom(seed + 2)),
    maturityResponses: maturityResponses(createRandom(seed + 3)),
    contractRenewals: contractRenewals(createRandom(seed + 5), answers),
    repeatWorkOrders: repeatWorkOrders(createRandom(seed + 6), answers),
    metricObservations: metricObservations(events),
  };
}

/** The last day of each month from January to October 2026, as ISO dates. */
const monthEnds2026 = Array.from({ length: 10 }, (_, month) => isoDate(Date.UTC(2026, month + 1, 0)));

/**
 * The success metrics no survey file holds, at each month's end. The wing-to-wing
 * median comes from the journey log itself (engines reinstalled that month), so the
 * scorecard and the journey section tell one story: the shop program did not move it.
 * The rest are the figures the teams report: on-time returns creeping up since return
 * transport is booked at induction, billing queries falling as invoices follow the quote,
 * quote effort barely moving (a survey mean, with its interval), and the spare-engine
 * dispatch time since that statement's baseline.
 */
function metricObservations(events: readonly JourneyEventRow[]): MetricObservationRow[] {
  const removed = new Map<string, number>();
  const reinstalled = new Map<string, number>();
  for (const row of events) {
    if (row.event === 'engine-removed') removed.set(row.case, Date.parse(row.at));
    if (row.event === 'engine-reinstalled') reinstalled.set(row.case, Date.parse(row.at));
  }
  const byMonth = new Map<string, number[]>();
  for (const [caseId, end] of reinstalled) {
    const start = removed.get(caseId);
    if (start === undefined) continue;
    const month = isoDate(Date.UTC(new Date(end).getUTCFullYear(), new Date(end).getUTCMonth() + 1, 0));
    byMonth.set(month, [...(byMonth.get(month) ?? []), (end - start) / day]);
  }
  const median = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const rows: MetricObservationRow[] = [];
  for (const at of monthEnds2026) {
    const durations = byMonth.get(at);
    if (durations !== undefined) {
      rows.push({ metric: 'wing-to-wing-days', at, value: round(median(durations), 1), lower: null, upper: null });
    }
  }
  const onTime = [71.8, 72.5, 73.1, 73.9, 74.6, 75.0, 75.8, 76.4, 77.0, 77.6];
  const queries = [3.1, 3.0, 2.9, 2.7, 2.6, 2.4, 2.2, 2.1, 1.9, 1.8];
  const effort = [4.62, 4.7, 4.66, 4.74, 4.8, 4.78, 4.85, 4.9, 4.88, 4.95];
  monthEnds2026.forEach((at, month) => {
    rows.push({ metric: 'on-time-return-rate', at, value: onTime[month] as number, lower: null, upper: null });
    rows.push({ metric: 'billing-queries-per-engine', at, value: queries[month] as number, lower: null, upper: null });
    const mean = effort[month] as number;
    rows.push({ metric: 'quote-ces', at, value: mean, lower: round(mean - 0.17, 2), upper: round(mean + 0.17, 2) });
  });
  rows.push({ metric: 'spare-dispatch-hours', at: '2026-10-31', value: 38, lower: null, upper: null });
  return rows;
}

const csv = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) =>
  `${[header, ...rows].map((cells) => cells.map((cell) => (cell === null ? '' : String(cell))).join(',')).join('\n')}\n`;

const driverColumns = [
  'turnaround-days',
  'first-time-fix',
  'updates-per-week',
  'invoice-accuracy',
  'likelihood-to-recommend',
] as const;

/**
 * The data as the CSV files of the workspace, by path relative to `examples/workspace`.
 *
 * @param data - What {@link generateWorkspaceData} returned.
 * @returns Path → file text.
 */
export function workspaceDataFiles(data: WorkspaceData): Record<string, string> {
  return {
    'data/survey-responses.csv': csv(
      ['at', 'score', 'segment', 'customer'],
      data.surveyResponses.map((row) => [row.at, row.score, row.segment, row.customer]),
    ),
    'data/journey-events.csv': csv(
      ['case', 'event', 'at'],
      data.journeyEvents.map((row) => [row.case, row.event, row.at]),
    ),
    'data/driver-observations.csv': csv(
      driverColumns,
      data.driverObservations.map((row) => driverColumns.map((column) => row[column])),
    ),
    'data/maturity-responses.csv': csv(
      ['respondent', 'group', ...referenceQuestionIds],
      data.maturityResponses.map((row) => [
        row.respondent,
        row.group,
        ...referenceQuestionIds.map((question) => row.answers[question] ?? null),
      ]),
    ),
    'data/contract-renewals.csv': csv(
      ['customer', 'value', 'at'],
      data.contractRenewals.map((row) => [row.customer, String(row.renewed), row.at]),
    ),
    'data/repeat-work-orders.csv': csv(
      ['period', 'value'],
      data.repeatWorkOrders.map((row) => [row.period, row.orders]),
    ),
    'data/metric-observations.csv': csv(
      ['metric', 'at', 'value', 'lower', 'upper'],
      data.metricObservations.map((row) => [row.metric, row.at, row.value, row.lower, row.upper]),
    ),
  };
}

/** Writes the data files into `examples/workspace/`. */
export function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), 'workspace');
  for (const [path, text] of Object.entries(workspaceDataFiles(generateWorkspaceData(workspaceDataSeed)))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote examples/workspace/${path} (${text.split('\n').length - 2} rows)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
