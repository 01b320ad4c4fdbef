import type { DriverClassification } from '../transfer/classifyDrivers';
import type { DriverQuadrantOptions } from './DriverQuadrantOptions';
import { drawDriverQuadrant } from './drawDriverQuadrant';
import { drawOrRefuse } from './drawOrRefuse';
import { layOutDriverQuadrant } from './layOutDriverQuadrant';
import { readDriverQuadrantInput } from './readDriverQuadrantInput';

/**
 * Draws the importance × performance map of a transfer function's drivers: importance
 * (each driver's share of the explained variance) up, performance against target across
 * (the gap as a percentage of the target, better to the right, so drivers in different
 * units share the axis; beyond ±1000 % a driver sits at the edge, labelled "beyond"), the importance threshold and the target as lines, the four
 * quadrants named in their corners (in a key below at a phone's width, below 480 px),
 * and every driver as a numbered point, its name, gap and importance in the key below
 * the plot, so long names never crowd the plot. Each quadrant has its own marker shape as
 * well as its name.
 *
 * A driver with share `s` sits at `bottom − h · (100·s − lo) / (hi − lo)` on a plot `h`
 * high whose importance axis runs from `lo` to `hi` percent; one `g` % ahead of target at
 * `left + w · (g − lo) / (hi − lo)` on the performance axis.
 *
 * @param classification - What `classifyDrivers` returns.
 * @param options - `labels` and the common chart options; see {@link DriverQuadrantOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no drivers), `INVALID_INPUT` (a value that is not a finite number), `UNKNOWN_OPTION`.
 *
 * @example
 * import { classifyDrivers } from 'cxkit/transfer';
 * import { driverQuadrant } from 'cxkit/render';
 *
 * const map = classifyDrivers(
 *   { responseHours: { raw: 0.3, share: 0.6 }, courtesy: { raw: 0.1, share: 0.4 } },
 *   {
 *     responseHours: { current: 30, target: 24, direction: 'lower-is-better' },
 *     courtesy: { current: 4.6, target: 4.5 },
 *   },
 * );
 * const svg = driverQuadrant(map);
 * svg.includes('responseHours (-25%)') // => true
 * driverQuadrant({ importanceThreshold: 0.5, drivers: [] }) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function driverQuadrant(classification: DriverClassification, options: DriverQuadrantOptions = {}): string {
  return drawOrRefuse('classification', 'what classifyDrivers returns', () =>
    drawDriverQuadrant(layOutDriverQuadrant(readDriverQuadrantInput(classification, options))),
  );
}
