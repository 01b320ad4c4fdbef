import { linearScale } from './linearScale';
import { type PlotEntry, type PlotSpec, periodX } from './scoreSeriesPlot';

/**
 * Places each series' name beside its last point with a score, top to bottom, moving a
 * name down where it would overlap the one above it.
 *
 * @internal
 */
export function placeSeriesNames(
  entries: readonly (PlotEntry & { readonly label: string })[],
  plot: PlotSpec,
): { x: number; y: number; words: string; colour: string }[] {
  const yOf = linearScale(plot.domain, [plot.bottom, plot.top]);
  const placed: { x: number; y: number; words: string; colour: string }[] = [];
  for (const entry of entries) {
    const last = [...entry.points].reverse().find((point) => point.score !== null);
    if (last !== undefined) {
      placed.push({
        x: periodX(plot, last.period) + 10,
        y: yOf(last.score as number) + 4,
        words: entry.label,
        colour: entry.style.colour,
      });
    }
  }
  placed.sort((left, right) => left.y - right.y || left.x - right.x);
  placed.forEach((label, index) => {
    const previous = placed[index - 1];
    if (previous !== undefined && Math.abs(previous.x - label.x) < 80 && label.y - previous.y < 14) {
      label.y = previous.y + 14;
    }
  });
  return placed;
}
