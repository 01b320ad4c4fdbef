import { describeValue } from '../core/errors/describeValue';
import { suggestKey } from '../core/errors/suggestKey';
import type { MaturityAggregate } from '../maturity/MaturityAggregate';
import type { MaturityScore } from '../maturity/MaturityScore';
import { readChartOptions } from './chartOptions';
import type { MaturityRadarInput } from './MaturityRadarInput';
import type { MaturityRadarOptions } from './MaturityRadarOptions';
import { raiseRender } from './messages';
import { type SeriesStyle, seriesStyles } from './seriesStyles';

interface RadarSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly style: SeriesStyle;
}

const chartName = 'maturityRadar';

function readSeries(input: MaturityAggregate | MaturityScore, groups: unknown): RadarSeries[] {
  if ('groups' in input && Array.isArray(input.groups)) {
    const aggregate = input as MaturityAggregate;
    const names = aggregate.groups.map((group) => group.name);
    let chosen = names;
    if (groups !== undefined) {
      if (!Array.isArray(groups) || groups.length === 0) {
        raiseRender('INVALID_OPTION', ['groups', 'a non-empty array of group names', describeValue(groups)], {
          path: ['groups'],
        });
      }
      groups.forEach((name: unknown, index) => {
        if (typeof name !== 'string' || !names.includes(name)) {
          const hint = typeof name === 'string' ? suggestKey(name, names) : undefined;
          raiseRender(
            'INVALID_OPTION',
            [
              `groups[${index}]`,
              `one of the aggregate's groups (${names.map((known) => JSON.stringify(known)).join(', ')})${hint === undefined ? '' : `; did you mean ${JSON.stringify(hint)}?`}`,
              describeValue(name),
            ],
            { path: ['groups', index] },
          );
        }
      });
      chosen = [...new Set(groups as string[])];
    }
    if (chosen.length === 0) raiseRender('NO_DATA', [chartName, 'the aggregate has no groups']);
    if (chosen.length > seriesStyles.length) {
      raiseRender('TOO_MANY_SERIES', [chartName, chosen.length, seriesStyles.length], { path: ['groups'] });
    }
    return chosen.map((name, index) => {
      const group = aggregate.groups.find((candidate) => candidate.name === name);
      const values = aggregate.dimensions.map(
        (dimension) => group?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null,
      );
      return { name, values, style: seriesStyles[index] as SeriesStyle };
    });
  }
  if (groups !== undefined) {
    raiseRender('INVALID_OPTION', ['groups', 'left out for a single scored assessment', 'groups'], {
      path: ['groups'],
    });
  }
  const score = input as MaturityScore;
  return [
    {
      name: score.respondent ?? 'Assessment',
      values: score.dimensions.map((dimension) => dimension.score),
      style: seriesStyles[0] as SeriesStyle,
    },
  ];
}

function readTarget(
  target: unknown,
  dimensions: readonly { readonly id: string }[],
  scale: { readonly min: number; readonly max: number },
): (number | null)[] | null {
  if (target === undefined) return null;
  const check = (value: unknown, path: (string | number)[]): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < scale.min || value > scale.max) {
      raiseRender(
        'INVALID_OPTION',
        [path.join('.'), `a level from ${scale.min} to ${scale.max}`, describeValue(value)],
        { path },
      );
    }
    return value;
  };
  if (typeof target === 'number') return dimensions.map(() => check(target, ['target']));
  if (typeof target !== 'object' || target === null || Array.isArray(target)) {
    raiseRender('INVALID_OPTION', ['target', 'a level or an object of levels by dimension id', describeValue(target)], {
      path: ['target'],
    });
  }
  const ids = dimensions.map((dimension) => dimension.id);
  for (const [id, value] of Object.entries(target)) {
    if (!ids.includes(id)) {
      const hint = suggestKey(id, ids);
      raiseRender(
        'INVALID_OPTION',
        [
          'target',
          `keyed by the model's dimension ids${hint === undefined ? '' : ` (did you mean ${JSON.stringify(hint)}?)`}`,
          JSON.stringify(id),
        ],
        { path: ['target', id] },
      );
    }
    check(value, ['target', id]);
  }
  const byId = target as Readonly<Record<string, number>>;
  return ids.map((id) => (Object.hasOwn(byId, id) ? (byId[id] as number) : null));
}

/**
 * Checks what `maturityRadar` was given: the common options, the result and its
 * dimensions, the groups to draw, the target, then every score drawn.
 *
 * @internal
 */
export function readMaturityRadarInput(
  result: MaturityAggregate | MaturityScore,
  options: MaturityRadarOptions,
): MaturityRadarInput {
  const common = readChartOptions(options, ['groups', 'target'], { width: 640, title: 'Maturity by dimension' });
  if (typeof result !== 'object' || result === null || !Array.isArray(result.dimensions) || !result.scale) {
    raiseRender(
      'INVALID_INPUT',
      ['result', 'what aggregateAssessments or scoreAssessment returns', describeValue(result)],
      { path: [] },
    );
  }
  const dimensions = result.dimensions;
  const scale = result.scale;
  if (dimensions.length === 0) raiseRender('NO_DATA', [chartName, 'the model has no dimensions']);
  if (dimensions.length < 3) {
    raiseRender(
      'INVALID_INPUT',
      [
        'result',
        'a model with at least three dimensions for a radar (use perceptionGapBars for fewer)',
        `${dimensions.length}`,
      ],
      { path: ['dimensions'] },
    );
  }
  const series = readSeries(result, options.groups);
  const target = readTarget(options.target, dimensions, scale);
  series.forEach((entry, seriesIndex) => {
    entry.values.forEach((value, index) => {
      if (value !== null && !Number.isFinite(value)) {
        raiseRender('NON_FINITE', [`The score of ${entry.name} on ${dimensions[index]?.id}`], {
          path: ['groups', seriesIndex, 'dimensions', index],
        });
      }
    });
  });
  if (series.every((entry) => entry.values.every((value) => value === null))) {
    raiseRender('NO_DATA', [chartName, 'no dimension has a score']);
  }
  return { common, dimensions, scale, series, target };
}
