import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { drawOrRefuse } from './drawOrRefuse';
import { drawWingToWingTimeline } from './drawWingToWingTimeline';
import { layOutWingToWingTimeline } from './layOutWingToWingTimeline';
import { readWingToWingTimelineInput } from './readWingToWingTimelineInput';
import type { TimelineJourney } from './TimelineJourney';
import type { WingToWingTimelineOptions } from './WingToWingTimelineOptions';

/**
 * Draws a journey measured wing to wing: first what the customer felt (boundary to
 * boundary), the part the company controlled and the waiting no step covers; then every
 * step under its stage. Each row is a bar to the median (P50) with a whisker from P5 to
 * P95 — customers feel the spread, not only the average — and the numbers in words.
 * The customer-felt row is hatched, controlled rows solid, the rest outlined, and each
 * row says which it is, so nothing depends on colour. The controlled share of wing-to-wing
 * time is stated in a sentence under the title.
 *
 * A duration `t` sits at `left + w · t / hi` on an axis from 0 to `hi` (a nice number at
 * or above the longest P95) that is `w` wide.
 *
 * @param measure - What `measureJourney` returns (with or without cases).
 * @param journey - The journey document measured, for its stages (see {@link TimelineJourney}).
 * @param options - `unit` and the common chart options; see {@link WingToWingTimelineOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no finished case), `MISMATCHED_INPUT` (the measure is of another journey, or names
 *   a step the journey does not have), `INVALID_INPUT`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { measureJourney, parseJourney } from 'cxkit/journeys';
 * import { wingToWingTimeline } from 'cxkit/render';
 *
 * const journey = parseJourney({
 *   kind: 'journey', schemaVersion: 1, id: 'engine-repair', title: 'Engine repair',
 *   customer: { segment: 'airlines' },
 *   boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
 *   events: [
 *     { name: 'engine-removed', perspective: 'customer' },
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *     { name: 'engine-reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [{ id: 'shop', stage: 'repair', name: 'Shop visit', owner: 'service', control: 'company',
 *     startEvent: 'engine-received', endEvent: 'engine-shipped' }],
 * });
 * const measure = measureJourney(journey, [
 *   { caseId: 'ENG-1', event: 'engine-removed', at: '2026-03-01' },
 *   { caseId: 'ENG-1', event: 'engine-received', at: '2026-03-04' },
 *   { caseId: 'ENG-1', event: 'engine-shipped', at: '2026-03-14' },
 *   { caseId: 'ENG-1', event: 'engine-reinstalled', at: '2026-03-20' },
 * ], { asOf: '2026-03-31' });
 * wingToWingTimeline(measure, journey).includes('Controlled share: 52.6% of wing-to-wing time') // => true
 *
 * @category Charts
 */
export function wingToWingTimeline(
  measure: JourneyMeasure<readonly CaseMeasure[] | null>,
  journey: TimelineJourney,
  options: WingToWingTimelineOptions = {},
): string {
  return drawOrRefuse('measure', 'what measureJourney returns, with its journey', () =>
    drawWingToWingTimeline(layOutWingToWingTimeline(readWingToWingTimelineInput(measure, journey, options))),
  );
}
