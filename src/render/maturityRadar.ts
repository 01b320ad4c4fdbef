import type { MaturityAggregate } from '../maturity/MaturityAggregate';
import type { MaturityScore } from '../maturity/MaturityScore';
import { drawMaturityRadar } from './drawMaturityRadar';
import { drawOrRefuse } from './drawOrRefuse';
import { layOutMaturityRadar } from './layOutMaturityRadar';
import type { MaturityRadarOptions } from './MaturityRadarOptions';
import { readMaturityRadarInput } from './readMaturityRadarInput';

/**
 * Draws maturity as a radar: one axis per dimension of the model, clockwise from the
 * top; a ring per level, labelled with its value and name; one outline per group of an
 * aggregate (or the one assessment of a score), and optionally a target outline. Each
 * outline has its own line pattern and marker shape, named in a legend, so no reader
 * depends on colour. At a phone's width (below 480 px) each axis carries a number and a
 * key below names the dimension and gives every group's level on it. A dimension a group did not score breaks its outline there (it is
 * never drawn as 0), and the description says so.
 *
 * A level `v` on a scale from `min` to `max` sits at `radius · (v − min) / (max − min)`
 * from the centre, so the lowest level is the centre.
 *
 * @param result - What `aggregateAssessments` returns (one outline per group) or what `scoreAssessment` returns.
 * @param options - `groups`, `target` and the common chart options; see {@link MaturityRadarOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no dimension, or no group with a score), `INVALID_INPUT` (fewer than three
 *   dimensions, a target off the scale), `INVALID_OPTION` (an unknown group), `TOO_MANY_SERIES` (more than five groups), `UNKNOWN_OPTION`.
 *
 * @example
 * import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
 * import { maturityRadar } from 'cxkit/render';
 *
 * const answersAt = (level: number) =>
 *   Object.fromEntries(managementElementsModel.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])));
 * const aggregate = aggregateAssessments(
 *   managementElementsModel,
 *   [
 *     { group: 'marketing', answers: answersAt(4) },
 *     { group: 'service', answers: answersAt(2) },
 *   ],
 *   { groupBy: 'group' },
 * );
 * const svg = maturityRadar(aggregate, { target: 3 });
 * svg.startsWith('<svg') // => true
 * svg.includes('role="img"') // => true
 * maturityRadar(aggregate, { groups: ['sales'] }) // throws CxError INVALID_OPTION
 *
 * @category Charts
 */
export function maturityRadar(result: MaturityAggregate | MaturityScore, options: MaturityRadarOptions = {}): string {
  return drawOrRefuse('result', 'what scoreAssessment or aggregateAssessments returns', () =>
    drawMaturityRadar(layOutMaturityRadar(readMaturityRadarInput(result, options))),
  );
}
