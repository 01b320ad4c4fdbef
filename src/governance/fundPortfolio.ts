import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { decimalUnits, fromUnits } from './decimalUnits';
import type { Idea } from './Idea';
import { raiseGovernance } from './messages';
import { type FundingIdea, readFundingIdeas } from './readFundingIdeas';
import { searchPortfolio } from './searchPortfolio';

/**
 * Options for {@link fundPortfolio}.
 *
 * @category Funding
 */
export interface FundPortfolioOptions {
  /**
   * How many branches the exact search may explore before it gives up with
   * `SEARCH_LIMIT` (it never returns a portfolio it has not proved best). Default 1,000,000.
   */
  readonly maxBranches?: number;
}

/**
 * Why an idea was not funded.
 *
 * - `over-budget`: it costs more, with the dependencies it would bring in, than the budget left after the must-do ideas.
 * - `dependency-not-funded`: an idea it depends on is not funded.
 * - `no-value`: its value is 0, so funding it would add nothing.
 * - `outranked`: it fits on its own, but the funded ideas it would displace are worth more
 *   (or as much, and win the tie: cheaper, fewer, or first by id).
 *
 * @category Funding
 */
export type ExclusionReason = 'over-budget' | 'dependency-not-funded' | 'no-value' | 'outranked';

/**
 * What {@link fundPortfolio} returns.
 *
 * @category Funding
 */
export interface FundedPortfolio {
  /** The funded ideas' ids, in input order. */
  readonly funded: readonly string[];
  /** The funded ideas' cost, added exactly in decimal (0.1 + 0.2 is 0.3). */
  readonly totalCost: number;
  /** Their value, added the same way. */
  readonly totalValue: number;
  /** Every idea not funded, in input order, with the reason and a sentence. */
  readonly excluded: ReadonlyArray<{ readonly id: string; readonly reason: ExclusionReason; readonly message: string }>;
  /** The branches the search explored (a measure of how hard the instance was). */
  readonly branches: number;
}

/** The most ideas {@link fundPortfolio} accepts. */
const maximumIdeas = 200;

/**
 * Chooses which ideas to fund: the set with the largest total value whose total cost is
 * within the budget, with every must-do idea funded and no idea funded without the ideas
 * it depends on — and says why each other idea was left out.
 *
 * **Money is decimal.** Costs and the budget are read as the decimals they print as (0.1
 * is one tenth, not the binary number nearest it) and added as whole numbers of the finest
 * decimal place any of them uses — tenths, cents — so 0.1 + 0.2 fits a budget of 0.3 and
 * no order of adding can tip a total over. Values are read the same way on their own
 * scale. Amounts too fine to add exactly (more than 2⁵³ − 1 units of the finest place in
 * all) are refused with `AMOUNTS_TOO_PRECISE`.
 *
 * **One answer, whatever the order.** Among sets of equal value the cheaper wins, then the
 * one with fewer ideas, then the one whose ids, sorted, come first; the search runs over the
 * ideas in an order fixed by their ids and dependencies. The same ideas in any order give
 * the same funded set, totals, reasons and branch count (the lists keep the input order).
 *
 * The answer is exact: a depth-first branch and bound over the ideas in dependency order
 * (fund, then leave out), pruned by the fractional-knapsack bound (the undecided ideas
 * taken greedily by value per cost, the last one in part), which is never below the best
 * completion. The work grows exponentially in the worst case, so the search is limited to
 * 200 ideas and `maxBranches` branches; above either it raises an error rather than
 * return a portfolio it has not proved best.
 *
 * @param ideas - The ideas, each with `id`, `cost`, `value`, and optionally `mustDo` and `dependsOn` (ids).
 * @param budget - The money or capacity available, a finite number ≥ 0, in the unit of the costs.
 * @param options - `maxBranches`.
 * @returns The funded ids, total cost and value, and each excluded idea with its reason.
 * @throws `CxError` `DEPENDENCY_CYCLE` (the message names the cycle), `UNKNOWN_DEPENDENCY`, `MUST_DO_OVER_BUDGET`,
 *   `TOO_MANY_IDEAS`, `SEARCH_LIMIT`, `AMOUNTS_TOO_PRECISE`, `DUPLICATE_ID`, `MISSING_FIELD`, `INVALID_INPUT`
 *   (path `[index, field]`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { fundPortfolio } from 'cxkit/governance';
 *
 * const portfolio = fundPortfolio(
 *   [
 *     { id: 'crm-upgrade', cost: 50, value: 10, mustDo: true },
 *     { id: 'callback', cost: 30, value: 40, dependsOn: ['crm-upgrade'] },
 *     { id: 'portal', cost: 60, value: 45 },
 *     { id: 'chatbot', cost: 25, value: 20 },
 *   ],
 *   110,
 * );
 * portfolio.funded // => ['crm-upgrade', 'callback', 'chatbot']
 * [portfolio.totalCost, portfolio.totalValue] // => [105, 70]
 * portfolio.excluded.map((idea) => [idea.id, idea.reason]) // => [['portal', 'outranked']]
 * // Decimal money adds up exactly: 0.1 + 0.2 + 0.3 is 0.6, within a budget of 0.6.
 * fundPortfolio([{ id: 'a', cost: 0.1, value: 1 }, { id: 'b', cost: 0.2, value: 1 }, { id: 'c', cost: 0.3, value: 1 }], 0.6).totalCost // => 0.6
 * fundPortfolio([{ id: 'a', cost: 1, value: 1, dependsOn: ['b'] }, { id: 'b', cost: 1, value: 1, dependsOn: ['a'] }], 5)
 * // throws CxError DEPENDENCY_CYCLE
 *
 * @category Funding
 */
export function fundPortfolio(
  ideas: readonly Idea[],
  budget: number,
  options: FundPortfolioOptions = {},
): FundedPortfolio {
  checkOptions(options, ['maxBranches']);
  const maxBranches = options.maxBranches ?? 1_000_000;
  if (!Number.isSafeInteger(maxBranches) || maxBranches < 1) {
    raiseGovernance('INVALID_OPTION', ['maxBranches', 'a positive whole number', describeValue(maxBranches)], {
      path: ['maxBranches'],
    });
  }
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0) {
    raiseGovernance('INVALID_INPUT', ['budget', 'a finite number ≥ 0', describeValue(budget)], { path: ['budget'] });
  }
  if (Array.isArray(ideas) && ideas.length > maximumIdeas) {
    raiseGovernance('TOO_MANY_IDEAS', [ideas.length, maximumIdeas], { path: [] });
  }
  const { ideas: checked } = readFundingIdeas(ideas);
  const count = checked.length;
  const money = decimalUnits([...checked.map((idea) => idea.cost), budget], 'costs and the budget');
  const worth = decimalUnits(
    checked.map((idea) => idea.value),
    'values',
  );
  const cost = money.units.slice(0, count);
  const value = worth.units;
  const budgetUnits = money.units[count] as number;
  const asMoney = (units: number) => fromUnits(units, money.decimals);
  const asWorth = (units: number) => fromUnits(units, worth.decimals);

  // Every idea after its dependencies; otherwise by id, so the order of the input never shows.
  const rank = rankById(checked);
  const order = topologicalById(checked, rank);
  const closureOf = dependencyClosures(checked, order);

  // Must-do ideas bring their dependencies with them.
  const forced = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    if (!(checked[index] as FundingIdea).mustDo) continue;
    for (const member of closureOf[index] as number[]) forced[member] = 1;
  }
  let forcedUnits = 0;
  const forcedIds: string[] = [];
  for (let index = 0; index < count; index++) {
    if (forced[index] !== 1) continue;
    forcedUnits += cost[index] as number;
    forcedIds.push((checked[index] as FundingIdea).id);
  }
  if (forcedUnits > budgetUnits) {
    raiseGovernance('MUST_DO_OVER_BUDGET', [asMoney(forcedUnits), budget, forcedIds], { path: ['budget'] });
  }
  const left = budgetUnits - forcedUnits;

  // What each idea would cost with the dependencies it brings in (beyond the must-dos).
  const neededCost = closureOf.map((closure) =>
    closure.reduce((sum, member) => (forced[member] === 1 ? sum : sum + (cost[member] as number)), 0),
  );
  const candidates = order.filter((index) => forced[index] !== 1 && (neededCost[index] as number) <= left);
  const positionOf = new Map(candidates.map((index, position) => [index, position]));
  const chosen = searchPortfolio(
    candidates.map((index) => ({
      cost: cost[index] as number,
      value: value[index] as number,
      rank: rank[index] as number,
      // A forced dependency is always funded; one neither forced nor a candidate never can be.
      dependencies: (checked[index] as FundingIdea).dependsOn
        .filter((dependency) => forced[dependency] !== 1)
        .map((dependency) => positionOf.get(dependency) ?? -1),
    })),
    left,
    maxBranches,
  );

  const funded = Uint8Array.from(forced);
  for (const position of chosen.positions) funded[candidates[position] as number] = 1;
  let costUnits = 0;
  let valueUnits = 0;
  for (let index = 0; index < count; index++) {
    if (funded[index] !== 1) continue;
    costUnits += cost[index] as number;
    valueUnits += value[index] as number;
  }
  const unspent = asMoney(budgetUnits - costUnits);
  type Exclusion = FundedPortfolio['excluded'][number];
  const excluded = checked.flatMap((idea, index): Exclusion[] => {
    if (funded[index] === 1) return [];
    const needed = neededCost[index] as number;
    if (needed > left) {
      return [
        {
          id: idea.id,
          reason: 'over-budget' as const,
          message: `Costs ${asMoney(needed)}${needed === cost[index] ? '' : ' with its dependencies'}, more than the ${asMoney(left)} the budget leaves after the must-do ideas.`,
        },
      ];
    }
    const missing = idea.dependsOn.find((dependency) => funded[dependency] !== 1);
    if (missing !== undefined) {
      return [
        {
          id: idea.id,
          reason: 'dependency-not-funded' as const,
          message: `Depends on ${JSON.stringify((checked[missing] as FundingIdea).id)}, which is not funded.`,
        },
      ];
    }
    if (value[index] === 0) {
      return [{ id: idea.id, reason: 'no-value' as const, message: 'Its value is 0: funding it would add nothing.' }];
    }
    return [
      {
        id: idea.id,
        reason: 'outranked' as const,
        message: `Costs ${idea.cost} (${idea.cost === 0 ? 'free' : `${Number((idea.value / idea.cost).toPrecision(3))} value per cost`}) and ${unspent} is unspent: funding it means dropping funded ideas worth at least as much.`,
      },
    ];
  });
  return {
    funded: checked.filter((_, index) => funded[index] === 1).map((idea) => idea.id),
    totalCost: asMoney(costUnits),
    totalValue: asWorth(valueUnits),
    excluded,
    branches: chosen.branches,
  };
}

/** Each idea's rank among all the ideas by id (UTF-16 code unit order). */
function rankById(ideas: readonly FundingIdea[]): number[] {
  const byId = ideas
    .map((_, index) => index)
    .sort((left, right) => {
      const a = (ideas[left] as FundingIdea).id;
      const b = (ideas[right] as FundingIdea).id;
      return a < b ? -1 : a > b ? 1 : 0;
    });
  const rank = new Array<number>(ideas.length);
  byId.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}

/** Every idea after its dependencies, ties by id: the same order for the same ideas in any order. */
function topologicalById(ideas: readonly FundingIdea[], rank: readonly number[]): number[] {
  const byRank = (left: number, right: number) => (rank[left] as number) - (rank[right] as number);
  const done = new Uint8Array(ideas.length);
  const order: number[] = [];
  // readFundingIdeas has refused cycles, so the walk ends.
  const visit = (index: number) => {
    if (done[index] === 1) return;
    done[index] = 1;
    for (const dependency of [...(ideas[index] as FundingIdea).dependsOn].sort(byRank)) visit(dependency);
    order.push(index);
  };
  for (const index of ideas.map((_, position) => position).sort(byRank)) visit(index);
  return order;
}

/** Each idea's transitive dependencies, itself included. */
function dependencyClosures(ideas: readonly FundingIdea[], topological: readonly number[]): number[][] {
  const closures: Set<number>[] = ideas.map(() => new Set());
  // Dependencies come first in topological order, so theirs are complete when read.
  for (const index of topological) {
    const closure = closures[index] as Set<number>;
    closure.add(index);
    for (const dependency of (ideas[index] as FundingIdea).dependsOn) {
      for (const member of closures[dependency] as Set<number>) closure.add(member);
    }
  }
  return closures.map((closure) => [...closure].sort((left, right) => left - right));
}
