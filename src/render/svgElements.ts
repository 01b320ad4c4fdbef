import { escapeXml } from './escapeXml';
import { coordinate } from './formatNumber';

type AttributeValue = string | number | undefined;

/** @internal Writes attributes; numbers as coordinates, text escaped, `undefined` left out. */
export function attributes(values: Readonly<Record<string, AttributeValue>>): string {
  let written = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    written += ` ${name}="${typeof value === 'number' ? coordinate(value) : escapeXml(value)}"`;
  }
  return written;
}

/** @internal A `<text>` element with escaped content. */
export function text(
  x: number,
  y: number,
  content: string,
  extra: Readonly<Record<string, AttributeValue>> = {},
): string {
  return `<text${attributes({ x, y, ...extra })}>${escapeXml(content)}</text>`;
}

/** @internal A `<line>` element. */
export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  extra: Readonly<Record<string, AttributeValue>> = {},
): string {
  return `<line${attributes({ x1, y1, x2, y2, ...extra })}/>`;
}

/** @internal A `<rect>` element; a negative width or height is drawn from the other side. */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  extra: Readonly<Record<string, AttributeValue>> = {},
): string {
  return `<rect${attributes({
    x: Math.min(x, x + width),
    y: Math.min(y, y + height),
    width: Math.abs(width),
    height: Math.abs(height),
    ...extra,
  })}/>`;
}

/** @internal Path data from points: `M x,y L x,y …`, optionally closed. */
export function pathData(points: readonly (readonly [number, number])[], close = false): string {
  const parts = points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${coordinate(x)},${coordinate(y)}`);
  return `${parts.join(' ')}${close ? ' Z' : ''}`;
}
