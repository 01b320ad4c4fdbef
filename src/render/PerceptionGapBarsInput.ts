import type { MaturityAggregate, PerceptionGap } from '../maturity/MaturityAggregate';
import type { MaturityScale } from '../maturity/MaturityScore';
import type { ReadChartOptions } from './chartOptions';

/**
 * A perception gap chart's input once checked: the two groups compared, the significance
 * level, the scale, and one row per dimension in the order asked, with both groups' means
 * (`null` where unscored) and the aggregate's gap between them, if any.
 *
 * @internal
 */
export interface PerceptionGapBarsInput {
  readonly common: ReadChartOptions;
  readonly alpha: number;
  /** The first group of the pair: the gap is its mean less the second's. */
  readonly nameA: string;
  readonly nameB: string;
  readonly scale: MaturityScale;
  readonly rows: readonly {
    readonly dimension: MaturityAggregate['dimensions'][number];
    readonly meanA: number | null;
    readonly meanB: number | null;
    readonly gap: PerceptionGap | undefined;
  }[];
}
