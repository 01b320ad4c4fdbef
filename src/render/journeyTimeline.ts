import { drawJourneyTimeline } from './drawJourneyTimeline';
import { drawOrRefuse } from './drawOrRefuse';
import type { JourneyTimelineOptions } from './JourneyTimelineOptions';
import { layOutJourneyTimeline } from './layOutJourneyTimeline';
import { readJourneyTimelineInput } from './readJourneyTimelineInput';

/**
 * A journey laid out in time from its boundary start, for {@link journeyTimeline}: when
 * each step typically starts and ends (offsets from the start of the case, in
 * milliseconds) and how long the whole journey takes. `analyzeWorkspace` (in
 * `cxkit/workspace`) computes one per journey event log as its `timeline`.
 *
 * @category Charts
 */
export interface JourneyTimeline {
  /** The journey's title. */
  readonly journey: string;
  /** How many finished cases the offsets are taken over. */
  readonly cases: number;
  /** The wing-to-wing time of those cases: P5, P50 and P95, in milliseconds; `null` when none finished. */
  readonly end: { readonly p5: number; readonly p50: number; readonly p95: number } | null;
  /** The steps, in the order to draw them. */
  readonly steps: ReadonlyArray<{
    readonly name: string;
    /** The stage's name, to group steps under; steps of one stage should be next to each other. */
    readonly stage?: string;
    /** Whether the company controls the step (drawn solid; others outlined). */
    readonly controlled: boolean;
    /** Who controls it, in words (`company`, `partner`, `customer`, `shared`), written after the step's name. */
    readonly control?: string;
    /** How many finished cases completed the step. */
    readonly cases: number;
    /** The median offset of the step's start from the case's start, in milliseconds; `null` when no finished case completed the step. */
    readonly start: number | null;
    /** The median offset of its end. */
    readonly end: number | null;
  }>;
}

/**
 * Draws a journey as a timeline from the customer's first moment: each step a bar from
 * the day it typically starts to the day it typically ends (median offsets from the
 * boundary start, over the finished cases), under its stage, so hand-offs where nothing
 * runs show as gaps and steps that overlap as overlapping bars; and last the whole
 * journey, its median with a whisker from P5 to P95, marked down the chart. Controlled
 * steps are solid, the others outlined, and the legend names only the kinds drawn. At a
 * phone's width (below 480 px) each step's name and days stand above its bar.
 *
 * A time `t` sits at `left + w · t / hi` on an axis from 0 to `hi` (a nice number at or
 * above the wing-to-wing P95) that is `w` wide.
 *
 * @param timeline - The steps' offsets; see {@link JourneyTimeline}.
 * @param options - `unit` and the common chart options; see {@link JourneyTimelineOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no finished case), `INVALID_INPUT` (a duration that is not finite and ≥ 0, a step
 *   ending before it starts, a bad unit), `UNKNOWN_OPTION`.
 *
 * @example
 * import { journeyTimeline } from 'cxkit/render';
 *
 * const day = 86_400_000;
 * const svg = journeyTimeline({
 *   journey: 'Engine repair',
 *   cases: 40,
 *   end: { p5: 50 * day, p50: 60 * day, p95: 75 * day },
 *   steps: [
 *     { name: 'Transport in', controlled: false, control: 'partner', cases: 40, start: 0, end: 5 * day },
 *     { name: 'Shop visit', controlled: true, control: 'company', cases: 40, start: 5 * day, end: 40 * day },
 *     { name: 'Wait for the return date', controlled: false, control: 'shared', cases: 40, start: 40 * day, end: 55 * day },
 *   ],
 * });
 * svg.includes('Shop visit (company): day 5 to day 40') // => true
 * journeyTimeline({ journey: 'Engine repair', cases: 0, end: null, steps: [] }) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function journeyTimeline(timeline: JourneyTimeline, options: JourneyTimelineOptions = {}): string {
  return drawOrRefuse('timeline', 'a journey timeline { journey, cases, end, steps }', () =>
    drawJourneyTimeline(layOutJourneyTimeline(readJourneyTimelineInput(timeline, options))),
  );
}
