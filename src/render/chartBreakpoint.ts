// Page margins either side, in px, as htmlReportStyles sets them.
const pagePadding = { wide: 24, narrow: 16, narrowBelow: 480 } as const;

/**
 * The screen width below which a chart's wide drawing would have to shrink to fit the
 * page (so its text would read smaller than drawn), and the narrow one is shown instead.
 *
 * @internal
 */
export function chartBreakpoint(svg: string): number {
  const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '0');
  const padding = width + 2 * pagePadding.wide < pagePadding.narrowBelow ? pagePadding.narrow : pagePadding.wide;
  return Math.ceil(width + 2 * padding);
}
