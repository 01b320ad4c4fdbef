import {
  compareCes,
  compareCsat,
  compareNps,
  mergeCounts,
  type ScoreCounts,
  type ScoreSeries,
  type SeriesPoint,
} from '../../metrics/index';
import type { SurveyTrend } from '../WorkspaceAnalysis';

const longestWindow = 12;

/**
 * @internal The overall series' latest periods pooled against as many periods before
 * them: up to twelve each, so that with monthly data a year is compared with the year
 * before and a month that dips every year falls in both. The difference has the metric's
 * own test (`compareNps`, `compareCsat`, `compareCes`). `null` with fewer than two
 * periods, or a window without responses.
 */
export function surveyTrend(series: ScoreSeries): SurveyTrend | null {
  const points = series.series.find((entry) => entry.segment === null)?.points ?? [];
  const width = Math.min(longestWindow, Math.floor(points.length / 2));
  if (width === 0) return null;
  const recent = points.slice(points.length - width);
  const previous = points.slice(points.length - 2 * width, points.length - width);
  const pooled = (window: readonly SeriesPoint[]) =>
    window.reduce<ScoreCounts | null>(
      (sum, point) => (sum === null ? point.counts : mergeCounts(sum, point.counts)),
      null,
    );
  const recentCounts = pooled(recent);
  const previousCounts = pooled(previous);
  const total = (counts: ScoreCounts | null) =>
    counts === null ? 0 : counts.counts.reduce((sum, count) => sum + count, 0);
  if (recentCounts === null || previousCounts === null || total(recentCounts) === 0 || total(previousCounts) === 0) {
    return null;
  }
  const comparison =
    series.metric === 'nps'
      ? compareNps(recentCounts, previousCounts)
      : series.metric === 'csat'
        ? compareCsat(recentCounts, previousCounts)
        : compareCes(recentCounts, previousCounts);
  const window = (list: readonly SeriesPoint[], side: { readonly score: number; readonly n: number }) => ({
    from: (list[0] as SeriesPoint).period,
    to: (list[list.length - 1] as SeriesPoint).period,
    score: side.score,
    n: side.n,
  });
  return {
    periods: width,
    recent: window(recent, comparison.a),
    previous: window(previous, comparison.b),
    comparison,
  };
}
