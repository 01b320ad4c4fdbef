import { parseDocument } from '../core/documents/parseDocument';
import { CxError } from '../core/errors/CxError';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isCxError } from '../core/errors/isCxError';
import { raise } from '../core/errors/raise';
import type { Instant, Weekday } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import { createBusinessClock } from './businessClock';
import type { DurationStatistics } from './DurationStatistics';
import type { DurationSummary } from './DurationSummary';
import { durationStatisticsOf } from './durationStatisticsOf';
import type { JourneyEvents } from './JourneyEvents';
import { type Journey, type JourneyInput, journeyDocument } from './journeyDocument';
import { raiseJourneys } from './messages';
import { maximumEpoch, raiseBadColumnValue, readJourneyEvents } from './readJourneyEvents';
import { checkSummarySettings, type SummarizeDurationsOptions, summarizeDurations } from './summarizeDurations';

/**
 * Who controls how long a journey step takes.
 *
 * @category Journey documents
 */
export type StepControl = 'company' | 'customer' | 'partner' | 'shared';

/**
 * How durations are counted: `'calendar'` counts every millisecond; `'business'` counts
 * only business days (see `weekend` and `holidays`), each from local midnight.
 *
 * @category Journey measurement
 */
export type TimeBasis = 'calendar' | 'business';

/**
 * Options for {@link measureJourney}.
 *
 * @category Journey measurement
 */
export interface MeasureJourneyOptions {
  /**
   * When the log was taken. Required: a case that started but has not ended by then is
   * open, and its age runs to `asOf`; events later than `asOf` are set aside and counted.
   */
  readonly asOf: Instant;
  /** How durations are counted. Default `'calendar'`. */
  readonly time?: TimeBasis;
  /** The zone of the business calendar and of date-time strings without an offset. Default `'UTC'`. */
  readonly timeZone?: string;
  /** For business time: the weekdays that are not business days. Default `[0, 6]` (Sunday, Saturday). */
  readonly weekend?: readonly Weekday[];
  /** For business time: dates (`YYYY-MM-DD`) that are not business days. Default none. */
  readonly holidays?: readonly string[];
  /** Which steps count as controlled by the company. Default `['company']`. */
  readonly controlledBy?: readonly StepControl[];
  /**
   * Whether to return a {@link CaseMeasure} per case. Default `true`. For logs of
   * millions of cases, `false` skips creating an object per case (most of the time and
   * memory of a large measurement) and returns `cases: null`; the summary and counts are
   * the same.
   */
  readonly includeCases?: boolean;
  /**
   * Also summarize the finished cases' durations into mergeable
   * {@link DurationSummary | duration summaries} (`durationSummaries` in the result), for
   * logs split into shards: measure each shard (every case in one shard), merge the
   * summaries with {@link mergeDurationSummaries}, read them with
   * {@link durationSummaryStatistics}. `true` uses the defaults of {@link summarizeDurations};
   * an object sets `exactLimit` and `relativeAccuracy`. Default `false`.
   */
  readonly durationSummaries?: boolean | SummarizeDurationsOptions;
}

/**
 * What happened to a case:
 * - `'finished'`: both boundary events seen, the end not before the start; measured.
 * - `'open'`: the start seen, the end not (yet) by `asOf`; its age is measured, its
 *   durations are not — it is never counted as finished.
 * - `'no-start'`: no boundary start event (say, only the end): set aside, counted.
 * - `'end-before-start'`: the end event is earlier than the start: set aside, counted.
 *
 * @category Journey measurement
 */
export type CaseStatus = 'finished' | 'open' | 'no-start' | 'end-before-start';

/**
 * One case measured wing to wing. Durations are in milliseconds of the measure's time
 * basis; `null` where they do not apply (an open case has an age but no wing-to-wing time).
 *
 * @category Journey measurement
 */
export interface CaseMeasure {
  readonly caseId: string | number;
  readonly status: CaseStatus;
  /** Whether the case had started but not ended by `asOf`. */
  readonly open: boolean;
  /** When the boundary start event happened, epoch milliseconds. */
  readonly startedAt: number | null;
  /** When the boundary end event happened, epoch milliseconds. */
  readonly endedAt: number | null;
  /** From the boundary start to the boundary end: what the customer felt. */
  readonly wingToWingMs: number | null;
  /** The union of the controlled steps' intervals: overlapping steps are not counted twice. */
  readonly controlledMs: number | null;
  /** Time inside the span that no step covers: hand-offs where the customer waits and no one owns the wait. */
  readonly waitingMs: number | null;
  /** For an open case, from its start to `asOf`. */
  readonly ageMs: number | null;
  /** Per step, in the order of the measure's `steps`: its duration, or `null` when the case has not completed it. */
  readonly stepMs: readonly (number | null)[];
}

/**
 * The result of {@link measureJourney}: every case, the statistics over finished cases,
 * and counts of everything set aside.
 *
 * @category Journey measurement
 */
export interface JourneyMeasure<Cases extends readonly CaseMeasure[] | null = readonly CaseMeasure[]> {
  /** The journey's id. */
  readonly journey: string;
  /** `asOf`, epoch milliseconds. */
  readonly asOf: number;
  readonly time: TimeBasis;
  readonly controlledBy: readonly StepControl[];
  /** The journey's steps, in the order of each case's `stepMs`. */
  readonly steps: readonly { readonly id: string; readonly name: string; readonly control: StepControl }[];
  /** Every case that has at least one kept event, in order of first appearance; `null` with `includeCases: false`. */
  readonly cases: Cases;
  readonly summary: {
    /** Wing-to-wing durations of finished cases. `null` when no case finished. */
    readonly wingToWing: DurationStatistics | null;
    /** Controlled durations of finished cases. */
    readonly controlled: DurationStatistics | null;
    /** Waiting (no step running) durations of finished cases. */
    readonly waiting: DurationStatistics | null;
    /** Total controlled time over total wing-to-wing time of finished cases; `null` when that total is 0. */
    readonly controlledShare: number | null;
    /** Per step id, the durations of the cases (finished or open) that completed the step. */
    readonly steps: Readonly<Record<string, DurationStatistics | null>>;
    /** Ages of open cases at `asOf`. */
    readonly openAge: DurationStatistics | null;
  };
  readonly counts: {
    readonly cases: {
      /** Cases with at least one kept event. */
      readonly total: number;
      readonly finished: number;
      readonly open: number;
      readonly withoutStart: number;
      readonly endBeforeStart: number;
      /** Case ids whose every event was unknown or after `asOf` (and, in columns, `caseIds` entries no event names): not measured. */
      readonly withoutKnownEvents: number;
    };
    readonly events: {
      readonly total: number;
      /** Kept for its case. */
      readonly used: number;
      /** Named events the journey does not declare: set aside. */
      readonly unknown: number;
      /** A second or later occurrence of an event in one case: set aside; the earliest is kept. */
      readonly duplicate: number;
      /** Later than `asOf`: set aside. */
      readonly afterAsOf: number;
      /** Before the case's start event, or after its end event: set aside. */
      readonly outsideBoundary: number;
    };
    /** Step occurrences whose end event came before their start event: no duration, counted here. */
    readonly stepsEndingBeforeStart: number;
  };
  /**
   * With the `durationSummaries` option: mergeable summaries of the finished cases'
   * wing-to-wing, controlled and waiting durations (their sums give the controlled share
   * of merged shards). `null` otherwise.
   */
  readonly durationSummaries: {
    readonly wingToWing: DurationSummary;
    readonly controlled: DurationSummary;
    readonly waiting: DurationSummary;
  } | null;
  /** The distinct event names set aside as unknown, in order of first appearance. */
  readonly unknownEvents: readonly string[];
}

const controls: readonly StepControl[] = ['company', 'customer', 'partner', 'shared'];

function checkControlledBy(value: unknown): readonly StepControl[] {
  if (!Array.isArray(value) || value.length === 0) {
    raise(
      'INVALID_OPTION',
      [
        'controlledBy',
        `a non-empty array of ${controls.map((control) => `"${control}"`).join(', ')}`,
        describeValue(value),
      ],
      {
        path: ['controlledBy'],
      },
    );
  }
  value.forEach((control, index) => {
    if (!controls.includes(control)) {
      raise(
        'INVALID_OPTION',
        [`controlledBy[${index}]`, `one of ${controls.map((name) => `"${name}"`).join(', ')}`, describeValue(control)],
        {
          path: ['controlledBy', index],
        },
      );
    }
  });
  return [...new Set(value as StepControl[])];
}

// Sorts `count` intervals by start, carrying their controlled flags (few intervals per
// case, usually in order already, so insertion sort beats anything cleverer).
function sortIntervals(starts: Float64Array, ends: Float64Array, flags: Uint8Array, count: number): void {
  for (let index = 1; index < count; index++) {
    const start = starts[index] as number;
    const end = ends[index] as number;
    const flag = flags[index] as number;
    let position = index - 1;
    while (position >= 0 && (starts[position] as number) > start) {
      starts[position + 1] = starts[position] as number;
      ends[position + 1] = ends[position] as number;
      flags[position + 1] = flags[position] as number;
      position--;
    }
    starts[position + 1] = start;
    ends[position + 1] = end;
    flags[position + 1] = flag;
  }
}

// The length of the union of sorted intervals: all of them (`only` = 0), or those
// flagged 1 (`only` = 1).
function unionLength(starts: Float64Array, ends: Float64Array, flags: Uint8Array, count: number, only: 0 | 1): number {
  let total = 0;
  let runStart = 0;
  let runEnd = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    if (only === 1 && flags[index] === 0) continue;
    const start = starts[index] as number;
    const end = ends[index] as number;
    if (start > runEnd) {
      if (runEnd !== Number.NEGATIVE_INFINITY) total += runEnd - runStart;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) runEnd = end;
  }
  if (runEnd !== Number.NEGATIVE_INFINITY) total += runEnd - runStart;
  return total;
}

/**
 * Measures a journey wing to wing from an event log: per case, the time the customer
 * felt (boundary start to boundary end), the part the company controlled (the union of
 * controlled steps, overlaps counted once), the waiting no step covers, and each step;
 * over finished cases, count, mean, P5, P50, P95 and the span P95 − P5 — customers feel
 * the spread, not only the average — and the controlled share of wing-to-wing time.
 *
 * The log's treatment, stated: events the journey does not declare are set aside as
 * unknown; an event seen twice in a case keeps its earliest time (the rest are
 * duplicates); events after `asOf` are set aside; events before the case's start or
 * after its end are set aside; rows may come in any order. A case with a start and no
 * end by `asOf` is open, reported with its age, never counted as finished; a case with
 * no start, or whose end precedes its start, is set aside. Each of these is counted in
 * `counts`. Business time skips weekends and holidays whole.
 *
 * Rows `{ caseId, event, at }` or columns (typed arrays of case index, event index and
 * epoch milliseconds, for large logs) give the same result.
 *
 * @param journey - The journey document (parsed, or as read from JSON or YAML).
 * @param events - The event log: rows or columns (see {@link JourneyEvents}).
 * @param options - `asOf` (required), `time`, `timeZone`, `weekend`, `holidays`, `controlledBy`; see {@link MeasureJourneyOptions}.
 * @returns Per-case measures, statistics and counts; see {@link JourneyMeasure}.
 * @throws `CxError` `EMPTY_EVENTS`, `INVALID_EVENTS`, `INVALID_EVENT` (path: row index and field, or column and index),
 *   `MISMATCHED_COLUMNS`, `INVALID_DATE` (path `[index, 'at']` or `asOf`), `MISSING_AS_OF`, `INVALID_OPTION`,
 *   `INVALID_TIME_ZONE`, `UNKNOWN_OPTION`; `CxValidationError` `VALIDATION_FAILED` for an invalid journey.
 *
 * @example
 * import { measureJourney, parseJourney } from 'cxkit/journeys';
 *
 * const journey = parseJourney({
 *   kind: 'journey',
 *   schemaVersion: 1,
 *   id: 'engine-repair',
 *   title: 'Engine repair, wing to wing',
 *   customer: { segment: 'airlines' },
 *   boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
 *   events: [
 *     { name: 'engine-removed', perspective: 'customer' },
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *     { name: 'engine-reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [
 *     { id: 'shop', stage: 'repair', name: 'Repair in the shop', owner: 'service', control: 'company',
 *       startEvent: 'engine-received', endEvent: 'engine-shipped' },
 *   ],
 * });
 * const day = 86_400_000;
 * const measure = measureJourney(journey, [
 *   { caseId: 'ENG-1', event: 'engine-removed', at: '2026-03-01' },
 *   { caseId: 'ENG-1', event: 'engine-received', at: '2026-03-04' },
 *   { caseId: 'ENG-1', event: 'engine-shipped', at: '2026-03-14' },
 *   { caseId: 'ENG-1', event: 'engine-reinstalled', at: '2026-03-20' },
 *   { caseId: 'ENG-2', event: 'engine-removed', at: '2026-03-10' },
 *   { caseId: 'ENG-2', event: 'engine-received', at: '2026-03-15' },
 * ], { asOf: '2026-03-31' });
 * measure.cases[0]?.wingToWingMs === 19 * day // => true
 * measure.cases[0]?.controlledMs === 10 * day // => true
 * measure.cases[0]?.waitingMs === 9 * day // => true
 * measure.cases[1]?.status // => 'open'
 * measure.cases[1]?.ageMs === 21 * day // => true
 * measure.summary.controlledShare // => 0.5263157894736842
 * measure.counts.cases // => { total: 2, finished: 1, open: 1, withoutStart: 0, endBeforeStart: 0, withoutKnownEvents: 0 }
 * measureJourney(journey, [], { asOf: '2026-03-31' }) // throws CxError EMPTY_EVENTS
 *
 * @category Journey measurement
 */
export function measureJourney(
  journey: JourneyInput,
  events: JourneyEvents,
  options: MeasureJourneyOptions & { readonly includeCases: false },
): JourneyMeasure<null>;
export function measureJourney(
  journey: JourneyInput,
  events: JourneyEvents,
  options: MeasureJourneyOptions & { readonly includeCases?: true },
): JourneyMeasure;
export function measureJourney(
  journey: JourneyInput,
  events: JourneyEvents,
  options: MeasureJourneyOptions,
): JourneyMeasure<readonly CaseMeasure[] | null>;
export function measureJourney(
  journey: JourneyInput,
  events: JourneyEvents,
  options: MeasureJourneyOptions,
): JourneyMeasure<readonly CaseMeasure[] | null> {
  if (options === undefined || options === null) raiseJourneys('MISSING_AS_OF', [], { path: ['asOf'] });
  checkOptions(options, [
    'asOf',
    'time',
    'timeZone',
    'weekend',
    'holidays',
    'controlledBy',
    'includeCases',
    'durationSummaries',
  ]);
  const {
    asOf,
    time = 'calendar',
    timeZone = 'UTC',
    weekend,
    holidays,
    includeCases = true,
    durationSummaries = false,
  } = options;
  const summarySettings = readSummaryOption(durationSummaries);
  if (typeof includeCases !== 'boolean') {
    raise('INVALID_OPTION', ['includeCases', 'true or false', describeValue(includeCases)], { path: ['includeCases'] });
  }
  if (asOf === undefined) raiseJourneys('MISSING_AS_OF', [], { path: ['asOf'] });
  if (time !== 'calendar' && time !== 'business') {
    raise('INVALID_OPTION', ['time', '"calendar" or "business"', describeValue(time)], { path: ['time'] });
  }
  if (time === 'calendar' && (weekend !== undefined || holidays !== undefined)) {
    raise(
      'INVALID_OPTION',
      [weekend !== undefined ? 'weekend' : 'holidays', 'given only with time: "business"', 'it with calendar time'],
      {
        path: [weekend !== undefined ? 'weekend' : 'holidays'],
      },
    );
  }
  const controlledBy = checkControlledBy(options.controlledBy ?? ['company']);
  const context = timeZoneContext(timeZone);
  const asOfMs = parseInstant(asOf, { timeZone, path: ['asOf'] });
  const clock =
    time === 'business'
      ? createBusinessClock({
          timeZone,
          ...(weekend === undefined ? {} : { weekend }),
          ...(holidays === undefined ? {} : { holidays }),
        })
      : undefined;
  const document = parseDocument(journeyDocument, journey);
  const log = readJourneyEvents(events, context);
  return measureCheckedLog(document, log, asOfMs, time, clock, controlledBy, includeCases, summarySettings);
}

function measureCheckedLog(
  journey: Journey,
  log: ReturnType<typeof readJourneyEvents>,
  asOfMs: number,
  time: TimeBasis,
  clock: ((epoch: number) => number) | undefined,
  controlledBy: readonly StepControl[],
  includeCases: boolean,
  summarySettings: SummarizeDurationsOptions | undefined,
): JourneyMeasure<readonly CaseMeasure[] | null> {
  const eventCount = journey.events.length;
  const slotOfName = new Map<string, number>(journey.events.map((event, slot) => [event.name, slot]));
  const slotOfIndex = new Int32Array(log.eventNames.length);
  log.eventNames.forEach((name, index) => {
    slotOfIndex[index] = slotOfName.get(name) ?? -1;
  });
  const startSlot = slotOfName.get(journey.boundary.start) as number;
  const endSlot = slotOfName.get(journey.boundary.end) as number;
  const stepCount = journey.steps.length;
  const stepStart = new Int32Array(stepCount);
  const stepEnd = new Int32Array(stepCount);
  const stepControlled = new Uint8Array(stepCount);
  journey.steps.forEach((step, index) => {
    stepStart[index] = slotOfName.get(step.startEvent) as number;
    stepEnd[index] = slotOfName.get(step.endEvent) as number;
    stepControlled[index] = controlledBy.includes(step.control) ? 1 : 0;
  });

  const { count, caseIndex, eventIndex, at, caseCount } = log;
  const times = clock === undefined ? at : Float64Array.from(at as ArrayLike<number>, clock);
  const asOfTime = clock === undefined ? asOfMs : clock(asOfMs);

  // First (earliest) time of each declared event per case, case-major; Infinity = not seen.
  const table = new Float64Array(caseCount * eventCount).fill(Number.POSITIVE_INFINITY);
  // Whether a case has any kept event: cases with none are counted, not listed.
  const seen = new Uint8Array(caseCount);
  const unknownSeen = new Uint8Array(log.eventNames.length);
  let unknown = 0;
  let duplicate = 0;
  let afterAsOf = 0;
  for (let row = 0; row < count; row++) {
    // An index out of range or not whole reads as undefined from the typed array.
    const slot = slotOfIndex[eventIndex[row] as number];
    const instant = at[row] as number;
    if (slot === undefined || !(instant >= -maximumEpoch && instant <= maximumEpoch)) raiseBadColumns(log);
    if (slot < 0) {
      unknown++;
      unknownSeen[eventIndex[row] as number] = 1;
      continue;
    }
    if (instant > asOfMs) {
      afterAsOf++;
      continue;
    }
    const caseNumber = caseIndex[row] as number;
    const cell = caseNumber * eventCount + slot;
    const value = times[row] as number;
    const held = table[cell] as number;
    if (held !== Number.POSITIVE_INFINITY) {
      duplicate++;
      if (value < held) table[cell] = value;
    } else table[cell] = value;
    seen[caseNumber] = 1;
  }
  // Business clocks lose the wall-clock instant; keep the calendar one for the boundary.
  const boundaryAt =
    clock === undefined ? undefined : findBoundaryInstants(log, slotOfIndex, startSlot, endSlot, asOfMs);

  const wingToWing = new Float64Array(caseCount);
  const controlled = new Float64Array(caseCount);
  const waiting = new Float64Array(caseCount);
  const openAges = new Float64Array(caseCount);
  const stepValues = journey.steps.map(() => new Float64Array(caseCount));
  const stepFilled = new Int32Array(stepCount);
  const starts = new Float64Array(stepCount);
  const ends = new Float64Array(stepCount);
  const flags = new Uint8Array(stepCount);
  const slotTimes = new Float64Array(eventCount);
  // Per step of the current case: its duration, or -1 when the case has not completed it.
  const stepDurations = new Float64Array(stepCount);
  const cases: CaseMeasure[] | null = includeCases ? [] : null;
  const stepMsOf = () => {
    const list: (number | null)[] = [];
    for (let step = 0; step < stepCount; step++) {
      const duration = stepDurations[step] as number;
      list.push(duration < 0 ? null : duration);
    }
    return list;
  };
  let total = 0;
  let finished = 0;
  let open = 0;
  let withoutStart = 0;
  let endBeforeStart = 0;
  let outsideBoundary = 0;
  let stepsEndingBeforeStart = 0;
  let withoutKnownEvents = 0;

  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    if (seen[caseNumber] === 0) {
      withoutKnownEvents++;
      continue;
    }
    total++;
    const base = caseNumber * eventCount;
    const start = table[base + startSlot] as number;
    const end = table[base + endSlot] as number;
    const hasStart = start !== Number.POSITIVE_INFINITY;
    const hasEnd = end !== Number.POSITIVE_INFINITY;
    if (!hasStart || (hasEnd && end < start)) {
      if (hasStart) endBeforeStart++;
      else withoutStart++;
      if (cases !== null) {
        stepDurations.fill(-1);
        cases.push({
          caseId: caseIdOf(log, caseNumber),
          status: hasStart ? 'end-before-start' : 'no-start',
          open: false,
          startedAt: hasStart ? calendarInstant(boundaryAt, caseNumber, 0, start) : null,
          endedAt: hasEnd ? calendarInstant(boundaryAt, caseNumber, 1, end) : null,
          wingToWingMs: null,
          controlledMs: null,
          waitingMs: null,
          ageMs: null,
          stepMs: stepMsOf(),
        });
      }
      continue;
    }
    // Set aside what lies outside the case's own boundary.
    const limit = hasEnd ? end : Number.POSITIVE_INFINITY;
    for (let slot = 0; slot < eventCount; slot++) {
      let value = table[base + slot] as number;
      if (value !== Number.POSITIVE_INFINITY && (value < start || value > limit)) {
        outsideBoundary++;
        value = Number.POSITIVE_INFINITY;
      }
      slotTimes[slot] = value;
    }
    // Every completed step's interval, flagged when the company controls it.
    let intervalCount = 0;
    for (let step = 0; step < stepCount; step++) {
      const stepBegin = slotTimes[stepStart[step] as number] as number;
      const stepFinish = slotTimes[stepEnd[step] as number] as number;
      if (stepBegin === Number.POSITIVE_INFINITY || stepFinish === Number.POSITIVE_INFINITY) {
        stepDurations[step] = -1;
        continue;
      }
      if (stepFinish < stepBegin) {
        stepsEndingBeforeStart++;
        stepDurations[step] = -1;
        continue;
      }
      const duration = stepFinish - stepBegin;
      stepDurations[step] = duration;
      const filled = stepFilled[step] as number;
      (stepValues[step] as Float64Array)[filled] = duration;
      stepFilled[step] = filled + 1;
      starts[intervalCount] = stepBegin;
      ends[intervalCount] = stepFinish;
      flags[intervalCount] = stepControlled[step] as number;
      intervalCount++;
    }
    if (!hasEnd) {
      const age = asOfTime - start;
      openAges[open++] = age;
      cases?.push({
        caseId: caseIdOf(log, caseNumber),
        status: 'open',
        open: true,
        startedAt: calendarInstant(boundaryAt, caseNumber, 0, start),
        endedAt: null,
        wingToWingMs: null,
        controlledMs: null,
        waitingMs: null,
        ageMs: age,
        stepMs: stepMsOf(),
      });
      continue;
    }
    sortIntervals(starts, ends, flags, intervalCount);
    const controlledMs = unionLength(starts, ends, flags, intervalCount, 1);
    const wingToWingMs = end - start;
    // Every completed step, whoever controls it, covers time the customer is not left waiting.
    const waitingMs = wingToWingMs - unionLength(starts, ends, flags, intervalCount, 0);
    wingToWing[finished] = wingToWingMs;
    controlled[finished] = controlledMs;
    waiting[finished] = waitingMs;
    finished++;
    cases?.push({
      caseId: caseIdOf(log, caseNumber),
      status: 'finished',
      open: false,
      startedAt: calendarInstant(boundaryAt, caseNumber, 0, start),
      endedAt: calendarInstant(boundaryAt, caseNumber, 1, end),
      wingToWingMs,
      controlledMs,
      waitingMs,
      ageMs: null,
      stepMs: stepMsOf(),
    });
  }

  let totalWingToWing = 0;
  let totalControlled = 0;
  for (let index = 0; index < finished; index++) {
    totalWingToWing += wingToWing[index] as number;
    totalControlled += controlled[index] as number;
  }
  // Summaries first: the statistics below reorder these arrays (the summaries do not mind).
  const durationSummaries =
    summarySettings === undefined
      ? null
      : {
          wingToWing: summarizeDurations(wingToWing.subarray(0, finished), summarySettings),
          controlled: summarizeDurations(controlled.subarray(0, finished), summarySettings),
          waiting: summarizeDurations(waiting.subarray(0, finished), summarySettings),
        };
  const stepSummaries: Record<string, DurationStatistics | null> = {};
  journey.steps.forEach((step, index) => {
    stepSummaries[step.id] = durationStatisticsOf((stepValues[index] as Float64Array).subarray(0, stepFilled[index]));
  });
  const used = count - unknown - duplicate - afterAsOf - outsideBoundary;
  return {
    journey: journey.id,
    asOf: asOfMs,
    time,
    controlledBy,
    steps: journey.steps.map((step) => ({ id: step.id, name: step.name, control: step.control })),
    cases,
    summary: {
      wingToWing: durationStatisticsOf(wingToWing.subarray(0, finished)),
      controlled: durationStatisticsOf(controlled.subarray(0, finished)),
      waiting: durationStatisticsOf(waiting.subarray(0, finished)),
      controlledShare: totalWingToWing > 0 ? totalControlled / totalWingToWing : null,
      steps: stepSummaries,
      openAge: durationStatisticsOf(openAges.subarray(0, open)),
    },
    counts: {
      cases: { total, finished, open, withoutStart, endBeforeStart, withoutKnownEvents },
      events: { total: count, used, unknown, duplicate, afterAsOf, outsideBoundary },
      stepsEndingBeforeStart,
    },
    durationSummaries,
    unknownEvents: log.eventNames.filter((_name, index) => unknownSeen[index] === 1),
  };
}

// For business time only: the earliest calendar instant of each case's boundary events
// (the business clock maps many instants to one reading, so it cannot be undone).
function findBoundaryInstants(
  log: ReturnType<typeof readJourneyEvents>,
  slotOfIndex: Int32Array,
  startSlot: number,
  endSlot: number,
  asOfMs: number,
): Float64Array {
  const instants = new Float64Array(log.caseCount * 2).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < log.count; row++) {
    const slot = slotOfIndex[log.eventIndex[row] as number] as number;
    const value = log.at[row] as number;
    if ((slot !== startSlot && slot !== endSlot) || value > asOfMs) continue;
    const cell = (log.caseIndex[row] as number) * 2 + (slot === startSlot ? 0 : 1);
    if (value < (instants[cell] as number)) instants[cell] = value;
  }
  return instants;
}

function readSummaryOption(option: unknown): SummarizeDurationsOptions | undefined {
  if (option === false) return undefined;
  if (option === true) return {};
  if (typeof option === 'object' && option !== null && !Array.isArray(option)) {
    // Checked here, once, so a bad setting is named as an option of measureJourney.
    try {
      checkSummarySettings(option as SummarizeDurationsOptions);
    } catch (error) {
      if (isCxError(error)) {
        throw new CxError(error.code, error.message, {
          path: ['durationSummaries', ...error.path],
          details: error.details,
          cause: error,
        });
      }
      throw error;
    }
    return option as SummarizeDurationsOptions;
  }
  return raise(
    'INVALID_OPTION',
    ['durationSummaries', 'true, false or { exactLimit, relativeAccuracy }', describeValue(option)],
    { path: ['durationSummaries'] },
  );
}

// The error path of the one pass over caller columns: finds and names the first bad value.
function raiseBadColumns(log: ReturnType<typeof readJourneyEvents>): never {
  const eventLimit = log.eventNames.length;
  raiseBadColumnValue(
    log.eventIndex,
    'eventIndex',
    (value) => Number.isInteger(value) && value >= 0 && value < eventLimit,
    `a whole number from 0 to ${eventLimit - 1} (an index into eventNames)`,
  );
  raiseBadColumnValue(
    log.at,
    'at',
    (value) => value >= -maximumEpoch && value <= maximumEpoch,
    'epoch milliseconds (a finite number within the range of a Date)',
  );
  // Unreachable: the pass found a bad value, so one of the two raised.
  throw new Error('measureJourney: a column value failed its check but no bad value was found');
}

function caseIdOf(log: ReturnType<typeof readJourneyEvents>, caseNumber: number): string | number {
  return log.caseIds === undefined ? caseNumber : (log.caseIds[caseNumber] as string | number);
}

function calendarInstant(boundaryAt: Float64Array | undefined, caseNumber: number, which: 0 | 1, time: number): number {
  return boundaryAt === undefined ? time : (boundaryAt[caseNumber * 2 + which] as number);
}
