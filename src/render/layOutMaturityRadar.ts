import type { MaturityScale } from '../maturity/MaturityScore';
import { chartLayout, isNarrow } from './chartLayout';
import { formatNumber } from './formatNumber';
import type { MaturityRadarInput } from './MaturityRadarInput';
import type { MaturityRadarLayout } from './MaturityRadarLayout';
import { placeLabel, type TextBox, type TextPlacement, textBox } from './placeLabel';
import { targetStyle } from './seriesStyles';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

/**
 * Works out a maturity radar from its checked input: the largest radius at which every
 * axis label fits (the chart growing wider when even the smallest leaves one cut off),
 * the rings, axes and outlines, the legend and key below, and the description.
 *
 * @internal
 */
export function layOutMaturityRadar(input: MaturityRadarInput): MaturityRadarLayout {
  const { common, dimensions, scale, series, target } = input;
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
  const { lineHeight } = chartLayout;
  const keyLines = numbered ? wrapKey(input, width - 24) : [];
  const keyTop = legendTop + legendRows * 20 + 8;
  const keyHeight = keyLines.reduce((sum, lines) => sum + lines.length * lineHeight + 4, 0);
  const height = common.height ?? keyTop + keyHeight + 4;
  const levelSpan = scale.max - scale.min;
  const pointAt = (index: number, value: number): [number, number] => {
    const distance = levelSpan === 0 ? 0 : (radius * (value - scale.min)) / levelSpan;
    return [centreX + distance * Math.cos(angleOf(index)), centreY + distance * Math.sin(angleOf(index))];
  };

  const { rings, axes } = placeRadarLabels(input, {
    numbered,
    anchors: labels.map((label) => label.anchor),
    axisLabel,
    angleOf,
    pointAt,
    centre: { x: centreX, y: centreY },
    radius,
    bounds: { left: 4, top: 30, right: width - 4, bottom: legendTop - 16 },
  });
  const outlineOf = (values: readonly (number | null)[]) =>
    values.map((value, index) => (value === null ? null : pointAt(index, value)));
  let y = keyTop;
  const key = keyLines.map((lines) => {
    const entry = { top: y, lines };
    y += lines.length * lineHeight + 4;
    return entry;
  });
  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description: describeRadar(input),
    centre: { x: centreX, y: centreY },
    rings,
    axes,
    outlines: [
      ...(target === null ? [] : [{ points: outlineOf(target), style: targetStyle, strokeWidth: 1.5 }]),
      ...series.map((entry) => ({ points: outlineOf(entry.values), style: entry.style, strokeWidth: 2 })),
    ],
    legend: [
      ...series.map((entry, index) => ({ x: 24, y: legendTop + index * 20, style: entry.style, words: entry.name })),
      ...(target === null ? [] : [{ x: 24, y: legendTop + series.length * 20, style: targetStyle, words: 'Target' }]),
    ],
    key,
  };
}

/** On a phone, the key below the radar: the levels, then each numbered axis' name and scores, wrapped. */
function wrapKey(input: MaturityRadarInput, wrapWidth: number): string[][] {
  const { dimensions, scale, series } = input;
  const { fontSize } = chartLayout;
  const valuesOf = (index: number) =>
    series
      .map(
        (entry) =>
          `${entry.name} ${entry.values[index] === null ? 'not scored' : formatNumber(entry.values[index] as number, 2)}`,
      )
      .join(', ');
  return [
    wrapText(
      `Levels: ${scale.levels.map((level) => `${formatNumber(level.value)} ${level.name}`).join(', ')}.`,
      fontSize,
      wrapWidth,
    ),
    ...dimensions.map((dimension, index) =>
      wrapText(`${index + 1} ${dimension.title}: ${valuesOf(index)}`, fontSize, wrapWidth),
    ),
  ];
}

/**
 * Places the level names along the top axis first, then each dimension's label just
 * beyond its axis, moved outward along it when it would cover a level name or the label
 * before it (neighbours crowd near the top and bottom).
 */
function placeRadarLabels(
  input: MaturityRadarInput,
  geometry: {
    readonly numbered: boolean;
    readonly anchors: readonly TextPlacement['anchor'][];
    readonly axisLabel: (index: number) => string;
    readonly angleOf: (index: number) => number;
    readonly pointAt: (index: number, value: number) => [number, number];
    readonly centre: { readonly x: number; readonly y: number };
    readonly radius: number;
    readonly bounds: TextBox;
  },
): Pick<MaturityRadarLayout, 'rings' | 'axes'> {
  const { dimensions, scale } = input;
  const { numbered, anchors, axisLabel, angleOf, pointAt, centre, radius, bounds } = geometry;
  const { fontSize } = chartLayout;
  // Level rings, labelled along the top axis.
  const taken: TextBox[] = [];
  const rings = scale.levels.map((level) => {
    const points = dimensions.map((_, index) => pointAt(index, level.value));
    const [, y] = pointAt(0, level.value);
    const words = numbered ? formatNumber(level.value) : `${formatNumber(level.value)} ${level.name}`;
    taken.push(textBox({ x: centre.x + 4, y: y - 3, anchor: 'start' }, words, fontSize));
    return { points, label: { x: centre.x + 4, y: y - 3, words } };
  });
  // Each dimension's label sits just beyond its axis, moved outward along it when it would
  // cover a level name or the label before it (neighbours crowd near the top and bottom).
  const axes = dimensions.map((_, index) => {
    const end = pointAt(index, scale.max);
    const cosine = Math.cos(angleOf(index));
    const sine = Math.sin(angleOf(index));
    const anchor = anchors[index] as TextPlacement['anchor'];
    const candidates = [12, 20, 28, 36].map(
      (distance): TextPlacement => ({
        x: centre.x + (radius + distance) * cosine,
        y: centre.y + (radius + distance) * sine + 4 + (sine > 0.5 ? 8 : 0) - (sine < -0.5 ? 4 : 0),
        anchor,
      }),
    );
    const words = axisLabel(index);
    const placement = placeLabel(candidates, words, fontSize, bounds, taken);
    return { end, label: { x: placement.x, y: placement.y, anchor }, words, bold: numbered };
  });
  return { rings, axes };
}

/** The description: the scale, each series' scores (and the target's), and how each is drawn. */
function describeRadar(input: MaturityRadarInput): string {
  const { dimensions, scale, series, target } = input;
  const levelWords = `${formatNumber(scale.min)}${levelName(scale, scale.min)} to ${formatNumber(scale.max)}${levelName(scale, scale.max)}`;
  const describe = (name: string, values: readonly (number | null)[]) => {
    const scored = values.flatMap((value, index) =>
      value === null ? [] : [`${dimensions[index]?.title} ${formatNumber(value, 2)}`],
    );
    const unscored = values.flatMap((value, index) => (value === null ? [dimensions[index]?.title ?? ''] : []));
    return `${name}: ${scored.length === 0 ? 'no scores' : scored.join(', ')}${unscored.length === 0 ? '' : ` (not scored: ${unscored.join(', ')})`}.`;
  };
  return [
    `Radar of ${dimensions.length} dimensions on a maturity scale from ${levelWords}.`,
    ...series.map((entry) => describe(entry.name, entry.values)),
    ...(target === null ? [] : [describe('Target', target)]),
    `Drawn as: ${[...series.map((entry) => `${entry.name} ${entry.style.words}`), ...(target === null ? [] : [`target ${targetStyle.words}`])].join('; ')}.`,
  ].join(' ');
}

function levelName(scale: MaturityScale, value: number): string {
  const level = scale.levels.find((entry) => entry.value === value);
  return level === undefined ? '' : ` (${level.name})`;
}
