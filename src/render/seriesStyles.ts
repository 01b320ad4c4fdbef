import { attributes, text } from './svgElements';

/** @internal A marker shape: told apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down';

/** @internal How one series is drawn: a colour, and a dash pattern and marker shape that carry the same distinction without it. */
export interface SeriesStyle {
  readonly colour: string;
  readonly dash: string | undefined;
  /** `undefined`: a line without markers (a target). */
  readonly marker: MarkerShape | undefined;
  /** The words a legend or description uses for the line and marker. */
  readonly words: string;
}

/**
 * The series styles, in order. Colours are dark enough for text contrast on white and
 * differ in lightness as well as hue; the dash patterns and marker shapes differ too,
 * so a printout in gray or a reader who does not see color still tells them apart.
 *
 * @internal
 */
export const seriesStyles: readonly SeriesStyle[] = [
  { colour: '#1f4e79', dash: undefined, marker: 'circle', words: 'solid line, circles' },
  { colour: '#b34700', dash: '8 4', marker: 'square', words: 'dashed line, squares' },
  { colour: '#2e7d32', dash: '12 3 3 3', marker: 'triangle', words: 'dash-dot line, triangles' },
  { colour: '#6a1b9a', dash: '4 2', marker: 'diamond', words: 'short-dashed line, diamonds' },
  { colour: '#37474f', dash: '16 4', marker: 'triangle-down', words: 'long-dashed line, downward triangles' },
];

/** @internal A target or reference line: black, dotted, no markers. */
export const targetStyle: SeriesStyle = {
  colour: '#1a1a1a',
  dash: '3 3',
  marker: undefined,
  words: 'dotted black line',
};

/** @internal A marker at (x, y): filled, or hollow (white inside) for points to read with care. */
export function marker(shape: MarkerShape, x: number, y: number, colour: string, hollow = false, size = 4.5): string {
  const paint = attributes({ fill: hollow ? '#ffffff' : colour, stroke: colour, 'stroke-width': hollow ? 1.5 : 1 });
  switch (shape) {
    case 'circle':
      return `<circle${attributes({ cx: x, cy: y, r: size })}${paint}/>`;
    case 'square':
      return `<rect${attributes({ x: x - size, y: y - size, width: 2 * size, height: 2 * size })}${paint}/>`;
    case 'triangle':
      return `<path${attributes({
        d: shapePath([
          [x, y - size * 1.2],
          [x + size * 1.1, y + size],
          [x - size * 1.1, y + size],
        ]),
      })}${paint}/>`;
    case 'triangle-down':
      return `<path${attributes({
        d: shapePath([
          [x, y + size * 1.2],
          [x + size * 1.1, y - size],
          [x - size * 1.1, y - size],
        ]),
      })}${paint}/>`;
    case 'diamond':
      return `<path${attributes({
        d: shapePath([
          [x, y - size * 1.3],
          [x + size * 1.3, y],
          [x, y + size * 1.3],
          [x - size * 1.3, y],
        ]),
      })}${paint}/>`;
  }
}

function shapePath(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).join(' ')} Z`;
}

/** @internal A series' swatch: a short line in its dash with its marker, 24 px wide from `x`. */
export function seriesSwatch(x: number, y: number, style: SeriesStyle, hollow = false): string {
  return [
    `<line${attributes({ x1: x, y1: y, x2: x + 24, y2: y, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash })}/>`,
    style.marker === undefined ? '' : marker(style.marker, x + 12, y, style.colour, hollow),
  ].join('\n');
}

/** @internal One legend entry: a short line in the series' dash, its marker, and the label beside it. */
export function legendEntry(x: number, y: number, style: SeriesStyle, label: string, hollow = false): string {
  return [seriesSwatch(x, y, style, hollow), text(x + 30, y + 4, label, { fill: '#1a1a1a' })].join('\n');
}

/** @internal A diagonal hatch pattern, for bars that must differ from solid ones without colour. */
export function hatchPattern(id: string, colour: string): string {
  return [
    `<pattern${attributes({ id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}>`,
    `<rect width="6" height="6" fill="#ffffff"/>`,
    `<line x1="0" y1="0" x2="0" y2="6"${attributes({ stroke: colour, 'stroke-width': 2.5 })}/>`,
    '</pattern>',
  ].join('');
}
