import { describeValue } from '../core/errors/describeValue';
import { suggestKey } from '../core/errors/suggestKey';
import type { MaturityAggregate } from '../maturity/MaturityAggregate';
import type { MaturityScore } from '../maturity/MaturityScore';
import { chartLayout, isNarrow } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { raiseRender } from './messages';
import { placeLabel, type TextBox, type TextPlacement, textBox } from './placeLabel';
import { legendEntry, marker, type SeriesStyle, seriesStyles, targetStyle } from './seriesStyles';
import { svgChart } from './svgChart';
import { attributes, line, pathData, text } from './svgElements';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

/**
 * Options for {@link maturityRadar}.
 *
 * @category Charts
 */
export interface MaturityRadarOptions extends ChartOptions {
  /**
   * With an aggregate: the groups to draw, by name, in this order (at most five). Default
   * every group, in the aggregate's order.
   */
  readonly groups?: readonly string[];
  /**
   * A target drawn as a dotted outline: one level for every dimension, or levels by
   * dimension id (dimensions left out have no target). Each within the model's scale.
   */
  readonly target?: number | Readonly<Record<string, number>>;
}

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

  const angleOf = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / dimensions.length;
  // The radius is the largest (up to 170) at which every dimension's label fits beside its
  // axis; when even a radius of 80 leaves a long label cut off, the chart grows wider.
  // On a phone (below 480 px) each axis carries its number, and a key below names it.
  const numbered = isNarrow(common.width);
  const axisLabel = (index: number) => (numbered ? String(index + 1) : (dimensions[index]?.title ?? ''));
  const labels = dimensions.map((_, index) => {
    const cosine = Math.cos(angleOf(index));
    const anchor: TextPlacement['anchor'] = Math.abs(cosine) < 0.3 ? 'middle' : cosine > 0 ? 'start' : 'end';
    const labelWidth = textWidth(axisLabel(index), chartLayout.fontSize);
    return { anchor, reach: Math.abs(cosine), extent: anchor === 'middle' ? labelWidth / 2 : labelWidth };
  });
  const margin = 8;
  const fitting = Math.min(
    ...labels.map((label) =>
      label.reach < 1e-9 ? 170 : (common.width / 2 - margin - label.extent) / label.reach - 12,
    ),
  );
  const radius = Math.max(80, Math.min(170, Math.floor(fitting)));
  const halfWidth = Math.max(...labels.map((label) => (radius + 12) * label.reach + label.extent + margin));
  // A phone's chart never grows: its labels are numbers, which always fit.
  const width = numbered ? common.width : Math.max(common.width, Math.ceil(2 * halfWidth));
  const legendRows = series.length + (target === null ? 0 : 1);
  const centreX = width / 2;
  // Room above and below the rings for labels moved outward to clear their neighbours.
  const centreY = 40 + 30 + 12 + radius;
  const legendTop = centreY + radius + 64;
  const { fontSize, lineHeight } = chartLayout;
  const valuesOf = (index: number) =>
    series
      .map(
        (entry) =>
          `${entry.name} ${entry.values[index] === null ? 'not scored' : formatNumber(entry.values[index] as number, 2)}`,
      )
      .join(', ');
  const keyLines = numbered
    ? [
        wrapText(
          `Levels: ${scale.levels.map((level) => `${formatNumber(level.value)} ${level.name}`).join(', ')}.`,
          fontSize,
          width - 24,
        ),
        ...dimensions.map((dimension, index) =>
          wrapText(`${index + 1} ${dimension.title}: ${valuesOf(index)}`, fontSize, width - 24),
        ),
      ]
    : [];
  const keyTop = legendTop + legendRows * 20 + 8;
  const keyHeight = keyLines.reduce((sum, lines) => sum + lines.length * lineHeight + 4, 0);
  const height = common.height ?? keyTop + keyHeight + 4;
  const levelSpan = scale.max - scale.min;
  const pointAt = (index: number, value: number): [number, number] => {
    const distance = levelSpan === 0 ? 0 : (radius * (value - scale.min)) / levelSpan;
    return [centreX + distance * Math.cos(angleOf(index)), centreY + distance * Math.sin(angleOf(index))];
  };

  const levelWords = `${formatNumber(scale.min)}${levelName(scale, scale.min)} to ${formatNumber(scale.max)}${levelName(scale, scale.max)}`;
  const describe = (name: string, values: readonly (number | null)[]) => {
    const scored = values.flatMap((value, index) =>
      value === null ? [] : [`${dimensions[index]?.title} ${formatNumber(value, 2)}`],
    );
    const unscored = values.flatMap((value, index) => (value === null ? [dimensions[index]?.title ?? ''] : []));
    return `${name}: ${scored.length === 0 ? 'no scores' : scored.join(', ')}${unscored.length === 0 ? '' : ` (not scored: ${unscored.join(', ')})`}.`;
  };
  const description = [
    `Radar of ${dimensions.length} dimensions on a maturity scale from ${levelWords}.`,
    ...series.map((entry) => describe(entry.name, entry.values)),
    ...(target === null ? [] : [describe('Target', target)]),
    `Drawn as: ${[...series.map((entry) => `${entry.name} ${entry.style.words}`), ...(target === null ? [] : [`target ${targetStyle.words}`])].join('; ')}.`,
  ].join(' ');

  const draw = () => {
    const parts: string[] = [];
    // Level rings, labelled along the top axis.
    const taken: TextBox[] = [];
    for (const level of scale.levels) {
      const ring = dimensions.map((_, index) => pointAt(index, level.value));
      parts.push(
        `<path${attributes({ d: pathData(ring, true), fill: 'none', stroke: '#c8c8c8', 'stroke-width': 1 })}/>`,
      );
      const [, y] = pointAt(0, level.value);
      const words = numbered ? formatNumber(level.value) : `${formatNumber(level.value)} ${level.name}`;
      taken.push(textBox({ x: centreX + 4, y: y - 3, anchor: 'start' }, words, fontSize));
      parts.push(text(centreX + 4, y - 3, words, { fill: '#444444' }));
    }
    // Each dimension's label sits just beyond its axis, moved outward along it when it would
    // cover a level name or the label before it (neighbours crowd near the top and bottom).
    const bounds = { left: 4, top: 30, right: width - 4, bottom: legendTop - 16 };
    dimensions.forEach((_, index) => {
      const [x, y] = pointAt(index, scale.max);
      parts.push(line(centreX, centreY, x, y, { stroke: '#9e9e9e', 'stroke-width': 1 }));
      const cosine = Math.cos(angleOf(index));
      const sine = Math.sin(angleOf(index));
      const { anchor } = labels[index] as (typeof labels)[number];
      const candidates = [12, 20, 28, 36].map(
        (distance): TextPlacement => ({
          x: centreX + (radius + distance) * cosine,
          y: centreY + (radius + distance) * sine + 4 + (sine > 0.5 ? 8 : 0) - (sine < -0.5 ? 4 : 0),
          anchor,
        }),
      );
      const label = axisLabel(index);
      const placement = placeLabel(candidates, label, fontSize, bounds, taken);
      parts.push(
        text(placement.x, placement.y, label, {
          'text-anchor': anchor,
          fill: '#1a1a1a',
          'font-weight': numbered ? 'bold' : undefined,
        }),
      );
    });
    const outline = (values: readonly (number | null)[], style: SeriesStyle, width: number) => {
      const complete = values.every((value) => value !== null);
      const points = values.map((value, index) => (value === null ? null : pointAt(index, value)));
      let d: string;
      if (complete) d = pathData(points as [number, number][], true);
      else {
        // An unscored dimension breaks the outline: only edges between two scored axes are drawn.
        const edges: string[] = [];
        points.forEach((point, index) => {
          const next = points[(index + 1) % points.length];
          if (point !== null && next !== null && next !== undefined) edges.push(pathData([point, next]));
        });
        d = edges.join(' ');
      }
      if (d !== '') {
        parts.push(
          `<path${attributes({ d, fill: complete ? style.colour : 'none', 'fill-opacity': complete ? 0.08 : undefined, stroke: style.colour, 'stroke-width': width, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' })}/>`,
        );
      }
      if (style.marker !== undefined) {
        for (const point of points)
          if (point !== null) parts.push(marker(style.marker, point[0], point[1], style.colour));
      }
    };
    if (target !== null) outline(target, targetStyle, 1.5);
    for (const entry of series) outline(entry.values, entry.style, 2);
    series.forEach((entry, index) => {
      parts.push(legendEntry(24, legendTop + index * 20, entry.style, entry.name));
    });
    if (target !== null) parts.push(legendEntry(24, legendTop + series.length * 20, targetStyle, 'Target'));
    let y = keyTop;
    for (const lines of keyLines) {
      lines.forEach((words, lineIndex) => {
        parts.push(text(12, y + fontSize + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += lines.length * lineHeight + 4;
    }
    return parts.join('\n');
  };
  return svgChart({ kind: 'maturity-radar', width, height, title: common.title, description, id: common.id, draw });
}

function levelName(
  scale: { readonly levels: readonly { readonly value: number; readonly name: string }[] },
  value: number,
): string {
  const level = scale.levels.find((entry) => entry.value === value);
  return level === undefined ? '' : ` (${level.name})`;
}
