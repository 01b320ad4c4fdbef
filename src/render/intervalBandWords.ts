import type { SeriesPoint } from '../metrics/scoreSeries';
import { formatNumber } from './formatNumber';

/** @internal The legend's words for the shaded interval bands, at the level the first interval drawn states. */
export function intervalBandWords(points: readonly SeriesPoint[]): string {
  const level = points.find((point) => point.ci)?.ci?.level;
  return `Shaded band: ${level === undefined ? 'the' : `${formatNumber(level * 100, 1)}%`} interval of each score`;
}
