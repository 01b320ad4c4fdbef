import type { ScoreSeries } from '../metrics/scoreSeries';
import { drawOrRefuse } from './drawOrRefuse';
import { drawScoreSeriesPanels } from './drawScoreSeriesPanels';
import { layOutScoreSeriesPanels } from './layOutScoreSeriesPanels';
import { readScoreSeriesPanelsInput } from './readScoreSeriesPanelsInput';
import type { ScoreSeriesPanelsOptions } from './ScoreSeriesPanelsOptions';

/**
 * Draws each segment of a score series in its own small panel, side by side on one
 * scale — small multiples, rather than every segment's band drawn over the others — with
 * the series of all responses as a thin gray line in each panel for reference, and the
 * segment's latest score in its heading. Three panels to a row, or one below the other
 * on a phone (below 480 px).
 *
 * @param series - What `scoreSeries` returns, with segments.
 * @param options - `range`, `highlight` and the common chart options; see {@link ScoreSeriesPanelsOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no segment, or no segment with a score), `INVALID_INPUT`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { scoreSeries } from 'cxkit/metrics';
 * import { scoreSeriesPanels } from 'cxkit/render';
 *
 * const result = scoreSeries(
 *   { at: ['2026-01-10', '2026-01-20', '2026-02-05', '2026-02-06'], score: [10, 9, 3, 10], segment: ['airline', 'lessor', 'airline', 'lessor'] },
 *   { metric: 'nps', unit: 'month' },
 * );
 * scoreSeriesPanels(result).includes('lessor: 100 in 2026-02') // => true
 * scoreSeriesPanels(scoreSeries({ at: ['2026-01-10'], score: [9] }, { metric: 'nps', unit: 'month' })) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function scoreSeriesPanels(series: ScoreSeries, options: ScoreSeriesPanelsOptions = {}): string {
  return drawOrRefuse('series', 'what scoreSeries returns', () =>
    drawScoreSeriesPanels(layOutScoreSeriesPanels(readScoreSeriesPanelsInput(series, options))),
  );
}
