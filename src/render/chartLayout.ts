/**
 * The sizes every chart shares. Text is never smaller than `fontSize`: a report shows a
 * chart at its own width or narrower (down to 11/12 of it), so that no label reads
 * smaller than 11 px; a phone gets the chart drawn at a phone's width (`narrowWidth`),
 * laid out for it, rather than a wide one scaled down.
 *
 * @internal
 */
export const chartLayout = {
  /** Every label, tick and note. */
  fontSize: 12,
  /** The chart's title. */
  titleSize: 15,
  /** Line height of wrapped 12 px text. */
  lineHeight: 16,
  /** Line height of a wrapped title. */
  titleLineHeight: 19,
  /** Below this width a chart lays itself out for a phone: labels above bars, wrapped text, keys below. */
  narrowBelow: 480,
  /** The width the report draws charts at for phones: a 360 px screen less the page's margins. */
  narrowWidth: 328,
  /** The outer margin. */
  margin: 12,
} as const;

/** @internal Whether a chart of this width is laid out for a phone. */
export function isNarrow(width: number): boolean {
  return width < chartLayout.narrowBelow;
}
