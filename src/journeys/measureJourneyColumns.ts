import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { CaseMeasure } from './CaseMeasure';
import type { JourneyEventColumns } from './JourneyEvents';
import type { JourneyMeasure } from './JourneyMeasure';
import type { Journey } from './journeyDocument';
import type { MeasureJourneyColumnsOptions } from './MeasureJourneyColumnsOptions';
import { checkEventColumns } from './measurement/checkEventColumns';
import { checkParsedJourney } from './measurement/checkParsedJourney';
import { measureCheckedLog } from './measurement/measureCheckedLog';
import { planJourney } from './measurement/planJourney';
import { readColumnMeasurementSettings } from './measurement/readColumnMeasurementSettings';
import { raiseMeasurement } from './messages';

/**
 * Measures a journey from an event log in columns, exactly as {@link measureJourney} does
 * (the same stages give the same {@link JourneyMeasure}), for programs that ship to a
 * browser or an edge function and count their bytes: it reads no journey schema and no
 * date text, so it bundles to under a quarter of `measureJourney`'s size.
 *
 * What it leaves out, and what to do instead:
 * - the journey must be parsed already: {@link parseJourney} it where the schema is at hand
 *   (a build step, a server), then pass the result. Here a light check reads only what the
 *   measurement needs (kind, id, event names, boundary, steps), naming the place of any
 *   problem;
 * - the log must be columns ({@link JourneyEventColumns}: typed arrays of case index,
 *   event index and epoch milliseconds), not rows;
 * - `asOf` is epoch milliseconds (`Date.UTC(…)`, `date.getTime()`), not a `Date` or text;
 * - business time counts days in UTC only: a business calendar in another time zone needs
 *   the zone's rules, which measureJourney carries (`timeZone` other than `'UTC'` is refused).
 *
 * @param journey - A journey as {@link parseJourney} returns it.
 * @param events - The event log in columns (see {@link JourneyEventColumns}).
 * @param options - `asOf` (required, epoch milliseconds), `time`, `weekend`, `holidays`, `controlledBy`,
 *   `includeCases`, `durationSummaries`; see {@link MeasureJourneyColumnsOptions}.
 * @returns Per-case measures, statistics and counts; see {@link JourneyMeasure}.
 * @throws `CxError` `INVALID_OPTION` (an `asOf` that is not a number, a `timeZone` other than `'UTC'`, and
 *   every bad option measureJourney refuses), `UNKNOWN_OPTION`, `MISSING_AS_OF`, `INVALID_DATE` (path `asOf`, or
 *   `holidays` and the index); `INVALID_INPUT` (path: the place in the journey) or `WRONG_DOCUMENT_KIND` for a
 *   journey the measurement cannot read; `INVALID_EVENTS` (rows, or not columns), `MISMATCHED_COLUMNS`,
 *   `INVALID_EVENT` (path: column and index), `EMPTY_EVENTS`.
 *
 * @example
 * import { measureJourneyColumns, parseJourney } from 'cxkit/journeys';
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
 * const march = Date.UTC(2026, 2, 1);
 * // ENG-1 is removed on 1 March, in the shop from the 4th to the 14th, back on the wing on the 20th;
 * // ENG-2 is removed on the 10th and reaches the shop on the 15th.
 * const columns = {
 *   caseIndex: Int32Array.of(0, 0, 0, 0, 1, 1),
 *   eventIndex: Uint8Array.of(0, 1, 2, 3, 0, 1),
 *   at: Float64Array.of(march, march + 3 * day, march + 13 * day, march + 19 * day, march + 9 * day, march + 14 * day),
 *   eventNames: ['engine-removed', 'engine-received', 'engine-shipped', 'engine-reinstalled'],
 *   caseIds: ['ENG-1', 'ENG-2'],
 * };
 * const measure = measureJourneyColumns(journey, columns, { asOf: Date.UTC(2026, 2, 31) });
 * measure.cases[0]?.wingToWingMs === 19 * day // => true
 * measure.cases[0]?.controlledMs === 10 * day // => true
 * measure.cases[0]?.waitingMs === 9 * day // => true
 * measure.cases[1]?.status // => 'open'
 * measure.cases[1]?.ageMs === 21 * day // => true
 * measure.summary.controlledShare // => 0.5263157894736842
 * measureJourneyColumns(journey, columns, { asOf: Date.parse('end of March') }) // throws CxError INVALID_DATE
 *
 * @category Journey measurement
 */
export function measureJourneyColumns(
  journey: Journey,
  events: JourneyEventColumns,
  options: MeasureJourneyColumnsOptions & { readonly includeCases: false },
): JourneyMeasure<null>;
export function measureJourneyColumns(
  journey: Journey,
  events: JourneyEventColumns,
  options: MeasureJourneyColumnsOptions & { readonly includeCases?: true },
): JourneyMeasure;
export function measureJourneyColumns(
  journey: Journey,
  events: JourneyEventColumns,
  options: MeasureJourneyColumnsOptions,
): JourneyMeasure<readonly CaseMeasure[] | null>;
export function measureJourneyColumns(
  journey: Journey,
  events: JourneyEventColumns,
  options: MeasureJourneyColumnsOptions,
): JourneyMeasure<readonly CaseMeasure[] | null> {
  // Options first, then the journey, then the log: the order measureJourney checks them in.
  const settings = readColumnMeasurementSettings(options);
  const document = checkParsedJourney(journey);
  if (!isRecord(events)) {
    raiseMeasurement(
      'INVALID_EVENTS',
      [
        '{ caseIndex, eventIndex, at, eventNames } columns here (measureJourney reads { caseId, event, at } rows)',
        describeValue(events),
      ],
      { path: [] },
    );
  }
  return measureCheckedLog({
    plan: planJourney(document, settings.controlledBy),
    log: checkEventColumns(events),
    settings,
  });
}
