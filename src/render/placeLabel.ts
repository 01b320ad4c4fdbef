import { textWidth } from './textWidth';

/** @internal A text's box in chart pixels. */
export interface TextBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** @internal Where a text goes: its anchor point and `text-anchor`. */
export interface TextPlacement {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The box a line of text takes when drawn at `placement` (y is the baseline): the line
 * reaches 0.93 em above it and 0.24 em below (DejaVu Sans' ascent and descent, the box a
 * browser gives the text).
 *
 * @internal
 */
export function textBox(placement: TextPlacement, content: string, fontSize: number, bold = false): TextBox {
  const width = textWidth(content, fontSize, bold);
  const left =
    placement.anchor === 'start'
      ? placement.x
      : placement.anchor === 'end'
        ? placement.x - width
        : placement.x - width / 2;
  return { left, top: placement.y - 0.93 * fontSize, right: left + width, bottom: placement.y + 0.24 * fontSize };
}

function overlapArea(a: TextBox, b: TextBox): number {
  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return across > 0 && down > 0 ? across * down : 0;
}

function inside(box: TextBox, bounds: TextBox): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/**
 * Picks the first of `candidates` whose box stays within `bounds` and clears every box in
 * `taken`, then adds its box to `taken`. When none is clear, the candidate inside the
 * bounds that covers the least of the others wins (else the first one): a label that
 * overlaps a little is still better than one that is missing. Greedy, in the order labels
 * are placed, which is enough for the few labels of a chart.
 *
 * @internal
 */
export function placeLabel(
  candidates: readonly TextPlacement[],
  content: string,
  fontSize: number,
  bounds: TextBox,
  taken: TextBox[],
): TextPlacement {
  const boxes = candidates.map((candidate) => textBox(candidate, content, fontSize));
  let chosen = 0;
  let least = Number.POSITIVE_INFINITY;
  boxes.forEach((box, index) => {
    if (!inside(box, bounds)) return;
    let covered = 0;
    for (const other of taken) covered += overlapArea(box, other);
    if (covered < least) {
      least = covered;
      chosen = index;
    }
  });
  taken.push(boxes[chosen] as TextBox);
  return candidates[chosen] as TextPlacement;
}
