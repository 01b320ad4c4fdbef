import { parseDocument } from '../core/documents/parseDocument';
import type { CaseMeasure } from './CaseMeasure';
import type { JourneyEvents } from './JourneyEvents';
import type { JourneyMeasure } from './JourneyMeasure';
import { type JourneyInput, journeyDocument } from './journeyDocument';
import type { MeasureJourneyOptions } from './MeasureJourneyOptions';
import { measureCheckedLog } from './measurement/measureCheckedLog';
import { planJourney } from './measurement/planJourney';
import { readMeasurementSettings } from './measurement/readMeasurementSettings';
import { readJourneyEvents } from './readJourneyEvents';

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
 * epoch milliseconds, for large logs) give the same result. For a parsed journey, a log in
 * columns and `asOf` in epoch milliseconds, {@link measureJourneyColumns} gives it too,
 * without the journey schema and date parsing in the bundle.
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
  // Options first, then the journey, then the log: the order the errors have always come in.
  const settings = readMeasurementSettings(options);
  const document = parseDocument(journeyDocument, journey);
  const log = readJourneyEvents(events, settings.zone);
  return measureCheckedLog({ plan: planJourney(document, settings.controlledBy), log, settings });
}
