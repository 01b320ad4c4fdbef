import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { MaturityAggregate, MaturityGroup, PerceptionGap } from '../maturity/MaturityAggregate';
import { readChartOptions } from './chartOptions';
import { raiseRender } from './messages';
import type { PerceptionGapBarsInput } from './PerceptionGapBarsInput';
import type { PerceptionGapBarsOptions } from './PerceptionGapBarsOptions';

const chartName = 'perceptionGapBars';

/**
 * Checks what `perceptionGapBars` was given, in the order its errors are documented: the
 * common options, `order`, the aggregate, `alpha`, that there are two groups, the pair,
 * and last that some dimension is scored in both; and reads each dimension's means and
 * gap, in the order asked.
 *
 * @internal
 */
export function readPerceptionGapBarsInput(
  aggregate: MaturityAggregate,
  options: PerceptionGapBarsOptions,
): PerceptionGapBarsInput {
  const common = readChartOptions(options, ['pair', 'alpha', 'order'], {
    width: 760,
    title: 'Perception gaps by dimension',
  });
  const order = options.order ?? 'model';
  if (order !== 'model' && order !== 'gap') {
    raiseRender('INVALID_INPUT', ['Option order', '"model" or "gap"', describeValue(order)], { path: ['order'] });
  }
  if (typeof aggregate !== 'object' || aggregate === null || !Array.isArray(aggregate.groups)) {
    raiseRender('INVALID_INPUT', ['aggregate', 'what aggregateAssessments returns', describeValue(aggregate)], {
      path: [],
    });
  }
  checkAggregateParts(aggregate);
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    raiseRender('INVALID_OPTION', ['alpha', 'a number between 0 and 1', describeValue(alpha)], {
      path: ['alpha'],
    });
  }
  const names = aggregate.groups.map((group) => group.name);
  if (names.length < 2) {
    raiseRender('NO_DATA', [
      chartName,
      `the aggregate has ${names.length} group${names.length === 1 ? '' : 's'}; a perception gap needs two (aggregate with groupBy)`,
    ]);
  }
  const pair = options.pair ?? [names[0] as string, names[1] as string];
  if (!Array.isArray(pair) || pair.length !== 2) {
    raiseRender('INVALID_OPTION', ['pair', 'two group names', describeValue(pair)], { path: ['pair'] });
  }
  pair.forEach((name, index) => {
    if (typeof name !== 'string' || !names.includes(name)) {
      raiseRender(
        'INVALID_OPTION',
        [`pair[${index}]`, `one of ${names.map((known) => JSON.stringify(known)).join(', ')}`, describeValue(name)],
        { path: ['pair', index] },
      );
    }
  });
  const [nameA, nameB] = pair;
  if (nameA === nameB) {
    raiseRender('INVALID_OPTION', ['pair', 'two different groups', JSON.stringify(nameA)], { path: ['pair'] });
  }
  const groups: readonly MaturityGroup[] = aggregate.groups;
  const groupA = groups.find((group) => group.name === nameA);
  const groupB = groups.find((group) => group.name === nameB);
  const inModelOrder = aggregate.dimensions.map((dimension) => {
    const meanA = groupA?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    const meanB = groupB?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    // The aggregate lists each pair once, in order of first appearance: read it either way round.
    const forward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameA && gap.b === nameB);
    const backward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameB && gap.b === nameA);
    const gap: PerceptionGap | undefined = forward ?? backward;
    return { dimension, meanA, meanB, gap };
  });
  const size = (row: (typeof inModelOrder)[number]) =>
    row.meanA === null || row.meanB === null ? -1 : Math.abs(row.meanA - row.meanB);
  // Sorting is stable: equal gaps keep the model's order.
  const rows = order === 'gap' ? [...inModelOrder].sort((left, right) => size(right) - size(left)) : inModelOrder;
  if (rows.every((row) => row.meanA === null || row.meanB === null)) {
    raiseRender('NO_DATA', [
      chartName,
      `no dimension is scored in both ${JSON.stringify(nameA)} and ${JSON.stringify(nameB)}`,
    ]);
  }
  return { common, alpha, nameA, nameB, scale: aggregate.scale, rows };
}

function refuse(path: (string | number)[], expectation: string, value: unknown): never {
  return raiseRender('INVALID_INPUT', [`aggregate.${path.join('.')}`, expectation, describeValue(value)], { path });
}

// The parts of an aggregate the chart reads besides its groups: each refused by name, so
// that a result altered by hand is an error naming the field, not a TypeError inside.
function checkAggregateParts(aggregate: MaturityAggregate): void {
  aggregate.groups.forEach((group: unknown, index) => {
    if (!isRecord(group) || typeof group.name !== 'string' || !Array.isArray(group.dimensions)) {
      refuse(['groups', index], 'a group { name, dimensions }', group);
    }
  });
  const { dimensions, gaps, scale } = aggregate as unknown as Record<string, unknown>;
  if (!Array.isArray(dimensions)) refuse(['dimensions'], "the model's dimensions", dimensions);
  dimensions.forEach((dimension: unknown, index) => {
    if (!isRecord(dimension) || typeof dimension.id !== 'string' || typeof dimension.title !== 'string') {
      refuse(['dimensions', index], 'a dimension { id, title }', dimension);
    }
  });
  if (!Array.isArray(gaps)) refuse(['gaps'], 'the perception gaps', gaps);
  gaps.forEach((gap: unknown, index) => {
    if (!isRecord(gap)) refuse(['gaps', index], 'a perception gap', gap);
  });
  if (
    !isRecord(scale) ||
    typeof scale.min !== 'number' ||
    typeof scale.max !== 'number' ||
    !Number.isFinite(scale.min) ||
    !Number.isFinite(scale.max) ||
    !Array.isArray(scale.levels)
  ) {
    refuse(['scale'], 'a maturity scale { min, max, levels }', scale);
  }
}
