import type { TextPlacement } from './placeLabel';
import { textWidth } from './textWidth';

/**
 * Where a tick label under an axis goes: centred on its tick, or flush with the end of
 * the axis when centring would run it past the chart's edge.
 *
 * @internal
 */
export function tickLabelAnchor(
  x: number,
  content: string,
  fontSize: number,
  edges: { readonly left: number; readonly right: number },
): { readonly x: number; readonly anchor: TextPlacement['anchor'] } {
  const half = textWidth(content, fontSize) / 2;
  if (x + half > edges.right) return { x: Math.min(x, edges.right), anchor: 'end' };
  if (x - half < edges.left) return { x: Math.max(x, edges.left), anchor: 'start' };
  return { x, anchor: 'middle' };
}
