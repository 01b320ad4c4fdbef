import type { PredictedChange } from '../transfer/index';

/**
 * An idea competing for priority and funding — often from journey mapping. Each method
 * reads only the fields its formula needs (see {@link prioritize} and {@link fundPortfolio}).
 *
 * @category Prioritization
 */
export interface Idea {
  /** The idea's id, unique in the list. */
  readonly id: string;
  /** What it costs to do, in one currency or unit for all ideas (funding). */
  readonly cost?: number;
  /** What it is worth, on one scale for all ideas (funding). */
  readonly value?: number;
  /** RICE: how many customers or events it reaches per period. */
  readonly reach?: number;
  /** RICE, ICE, impact/effort: how much it moves each one reached, on the team's scale. */
  readonly impact?: number;
  /** RICE, ICE: how sure the team is, from 0 to 1. */
  readonly confidence?: number;
  /** RICE, impact/effort: the work it takes (e.g. person-months), above 0. */
  readonly effort?: number;
  /** ICE: how easy it is, on the team's scale. */
  readonly ease?: number;
  /** WSJF: the value to customers and the business, on the team's scale. */
  readonly businessValue?: number;
  /** WSJF: how much the value decays with delay. */
  readonly timeCriticality?: number;
  /** WSJF: the risk it reduces or the opportunity it enables. */
  readonly riskReduction?: number;
  /** WSJF: its size (the duration proxy), above 0. */
  readonly jobSize?: number;
  /** The driver it moves (a transfer-function driver name), for reports. */
  readonly driver?: string;
  /**
   * The predicted change in the ultimate CX metric, from a transfer function: a number or
   * a `whatIf` result (its `change.estimate` is used). Read as the impact when
   * `prioritize` is given `{ impact: 'predicted-change' }`; higher must be better.
   */
  readonly predictedChange?: number | PredictedChange;
  /** Funding: the idea must be funded (with its dependencies). */
  readonly mustDo?: boolean;
  /** Funding: the ids of ideas that must be funded for this one to be. */
  readonly dependsOn?: readonly string[];
}
