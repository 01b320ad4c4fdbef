import type { MaturityScale } from '../maturity/MaturityScore';
import type { ReadChartOptions } from './chartOptions';
import type { SeriesStyle } from './seriesStyles';

/**
 * A maturity radar's input once checked: at least three dimensions, the series to draw
 * with their finite scores (`null` where unscored) and styles, and the target if any.
 *
 * @internal
 */
export interface MaturityRadarInput {
  readonly common: ReadChartOptions;
  readonly dimensions: readonly { readonly id: string; readonly title: string }[];
  readonly scale: MaturityScale;
  /** One series per group drawn (or the one assessment), its scores by dimension. */
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
    readonly style: SeriesStyle;
  }[];
  /** The target level by dimension (`null` where none), or `null` without a target. */
  readonly target: readonly (number | null)[] | null;
}
