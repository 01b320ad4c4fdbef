import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { drawJourneyComparisonChart } from './drawJourneyComparisonChart';
import { drawOrRefuse } from './drawOrRefuse';
import type { JourneyComparisonChartOptions } from './JourneyComparisonChartOptions';
import { layOutJourneyComparisonChart } from './layOutJourneyComparisonChart';
import { readJourneyComparisonChartInput } from './readJourneyComparisonChartInput';

/**
 * Draws a journey measured in two periods on one time axis: for the whole journey, the
 * part the company controls and every step, the median (a marker) and P5 to P95 (a line)
 * before (hollow, gray) and after (filled, dark), so a step that shrank and one that grew
 * read at a glance, and whether the gain reached the customer's wing-to-wing time. The
 * step that moved most (or the one named by `highlight`) is shaded, its change written
 * beside it. At a phone's width (below 480 px) each row's name and numbers stand above
 * its lines.
 *
 * A duration `t` sits at `left + w · t / hi` on an axis from 0 to `hi`, a nice number at
 * or above the longest P95 of either period.
 *
 * @param before - What `measureJourney` returned for the first period.
 * @param after - What it returned for the second, for the same journey.
 * @param options - Labels, the step to mark, `unit` and the common chart options; see {@link JourneyComparisonChartOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (a period without a finished case), `MISMATCHED_INPUT` (measures of different
 *   journeys or steps), `INVALID_INPUT` (an unknown step to highlight, a bad label or unit), `UNKNOWN_OPTION`.
 *
 * @example
 * import { measureJourney, parseJourney } from 'cxkit/journeys';
 * import { journeyComparisonChart } from 'cxkit/render';
 *
 * const journey = parseJourney({
 *   kind: 'journey', schemaVersion: 1, id: 'repair', title: 'Repair', customer: { segment: 'airlines' },
 *   boundary: { start: 'removed', end: 'reinstalled' },
 *   events: [
 *     { name: 'removed', perspective: 'customer' },
 *     { name: 'repaired', perspective: 'internal' },
 *     { name: 'reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'all', name: 'All', phase: 'support' }],
 *   steps: [
 *     { id: 'shop', stage: 'all', name: 'Shop', owner: 'Shop', control: 'company', startEvent: 'removed', endEvent: 'repaired' },
 *     { id: 'return', stage: 'all', name: 'Return', owner: 'Logistics', control: 'partner', startEvent: 'repaired', endEvent: 'reinstalled' },
 *   ],
 * });
 * const log = (shop: number, total: number) => [
 *   { caseId: 'A', event: 'removed', at: '2026-01-01' },
 *   { caseId: 'A', event: 'repaired', at: new Date(Date.UTC(2026, 0, 1 + shop)) },
 *   { caseId: 'A', event: 'reinstalled', at: new Date(Date.UTC(2026, 0, 1 + total)) },
 * ];
 * const svg = journeyComparisonChart(
 *   measureJourney(journey, log(30, 60), { asOf: '2026-12-31' }),
 *   measureJourney(journey, log(20, 60), { asOf: '2026-12-31' }),
 *   { before: '2025', after: '2026' },
 * );
 * svg.includes('Shop (company): P50 30 d in 2025, 20 d in 2026 (−10.0 d)') // => true
 *
 * @category Charts
 */
export function journeyComparisonChart(
  before: JourneyMeasure<readonly CaseMeasure[] | null>,
  after: JourneyMeasure<readonly CaseMeasure[] | null>,
  options: JourneyComparisonChartOptions = {},
): string {
  return drawOrRefuse('before, after', 'what measureJourney returns', () =>
    drawJourneyComparisonChart(layOutJourneyComparisonChart(readJourneyComparisonChartInput(before, after, options))),
  );
}
