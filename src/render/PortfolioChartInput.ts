import type { ExclusionReason } from '../governance/fundPortfolio';
import type { ReadChartOptions } from './chartOptions';

/**
 * A portfolio chart's input once checked: the budget, one row per idea (funded first, in
 * the portfolio's order) with its name, cost and value, and the units.
 *
 * @internal
 */
export interface PortfolioChartInput {
  readonly common: ReadChartOptions;
  readonly budget: number;
  readonly rows: readonly {
    readonly id: string;
    /** Its label when given, else its id. */
    readonly name: string;
    readonly funded: boolean;
    /** Why it was left out, with the portfolio's message; `null` when funded. */
    readonly reason: ExclusionReason | null;
    readonly message: string | null;
    readonly cost: number;
    readonly value: number;
  }[];
  readonly costUnit: string | undefined;
  readonly valueUnit: string | undefined;
}
