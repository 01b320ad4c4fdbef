import type { MaturityAggregate } from '../maturity/MaturityAggregate';
import { drawOrRefuse } from './drawOrRefuse';
import { drawPerceptionGapBars } from './drawPerceptionGapBars';
import { layOutPerceptionGapBars } from './layOutPerceptionGapBars';
import type { PerceptionGapBarsOptions } from './PerceptionGapBarsOptions';
import { readPerceptionGapBarsInput } from './readPerceptionGapBarsInput';

/**
 * Draws the perception gap between two groups on every dimension: per dimension, a solid
 * bar for the first group's mean above a hatched bar for the second's, each labelled with
 * its value (a legend names the groups), and beside them in words the gap (`a − b`), its Welch p-value,
 * whether it is significant, and whether the aggregate flagged it as large. Significance
 * is written, never shown by colour alone. A dimension not scored in both groups says so.
 *
 * Bars start at the lowest level: a mean `v` on a scale from `min` to `max` ends at
 * `left + plotWidth · (v − min) / (max − min)`.
 *
 * @param aggregate - What `aggregateAssessments` returns, with at least two groups.
 * @param options - `pair`, `alpha` and the common chart options; see {@link PerceptionGapBarsOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (fewer than two groups, or no dimension scored in both), `INVALID_INPUT` (an unknown or
 *   repeated group in `pair`, an `alpha` outside 0–1), `UNKNOWN_OPTION`.
 *
 * @example
 * import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
 * import { perceptionGapBars } from 'cxkit/render';
 *
 * const answersAt = (level: number) =>
 *   Object.fromEntries(managementElementsModel.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])));
 * const aggregate = aggregateAssessments(
 *   managementElementsModel,
 *   [
 *     { group: 'marketing', answers: answersAt(4) },
 *     { group: 'marketing', answers: answersAt(5) },
 *     { group: 'service', answers: answersAt(2) },
 *     { group: 'service', answers: answersAt(3) },
 *   ],
 *   { groupBy: 'group' },
 * );
 * perceptionGapBars(aggregate).includes('gap +2') // => true
 * perceptionGapBars(aggregate, { pair: ['service', 'marketing'] }).includes('gap -2') // => true
 *
 * @category Charts
 */
export function perceptionGapBars(aggregate: MaturityAggregate, options: PerceptionGapBarsOptions = {}): string {
  return drawOrRefuse('aggregate', 'what aggregateAssessments returns', () =>
    drawPerceptionGapBars(layOutPerceptionGapBars(readPerceptionGapBarsInput(aggregate, options))),
  );
}
