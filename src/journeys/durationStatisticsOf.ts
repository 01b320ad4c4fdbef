import { typeSevenQuantiles } from '../stats/typeSevenQuantiles';
import type { DurationStatistics } from './DurationStatistics';

/**
 * @internal Count, mean, P5, P50, P95 and span of `values` (reordered: pass a scratch
 * array), or `null` when there are none. A caller that added the values up already, in
 * their order, passes the `sum` and saves a pass over a large array.
 */
export function durationStatisticsOf(values: Float64Array, sum?: number): DurationStatistics | null {
  const count = values.length;
  if (count === 0) return null;
  if (sum === undefined) {
    sum = 0;
    for (let index = 0; index < count; index++) sum += values[index] as number;
  }
  const [p5, p50, p95] = typeSevenQuantiles(values, [0.05, 0.5, 0.95]) as [number, number, number];
  return { count, mean: sum / count, p5, p50, p95, span: p95 - p5 };
}
