import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { Idea } from './Idea';
import { raiseGovernance } from './messages';
import { type FundingIdea, readFundingIdeas } from './readFundingIdeas';

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
 * - `outranked`: it fits on its own, but the funded ideas it would displace are worth more.
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
  readonly totalCost: number;
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
 * The answer is exact: a depth-first branch and bound over the ideas in dependency order
 * (fund, then leave out), pruned by the fractional-knapsack bound (the undecided ideas
 * taken greedily by value per cost, the last one in part), which is never below the best
 * completion. Costs and values are any finite numbers ≥ 0 (no integer cost unit is
 * needed). The work grows exponentially in the worst case, so the search is limited to
 * 200 ideas and `maxBranches` branches; above either it raises an error rather than
 * return a portfolio it has not proved best. Among equally valuable portfolios the first
 * found wins: earlier ideas (in dependency order, then input order) are tried funded first.
 *
 * @param ideas - The ideas, each with `id`, `cost`, `value`, and optionally `mustDo` and `dependsOn` (ids).
 * @param budget - The money or capacity available, a finite number ≥ 0, in the unit of the costs.
 * @param options - `maxBranches`.
 * @returns The funded ids, total cost and value, and each excluded idea with its reason.
 * @throws `CxError` `DEPENDENCY_CYCLE` (the message names the cycle), `UNKNOWN_DEPENDENCY`, `MUST_DO_OVER_BUDGET`,
 *   `TOO_MANY_IDEAS`, `SEARCH_LIMIT`, `DUPLICATE_ID`, `MISSING_FIELD`, `INVALID_INPUT` (path `[index, field]`),
 *   `UNKNOWN_OPTION`.
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
  const { ideas: checked, topological } = readFundingIdeas(ideas);
  const count = checked.length;
  const closureOf = dependencyClosures(checked, topological);

  // Must-do ideas bring their dependencies with them.
  const forced = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    if (!(checked[index] as FundingIdea).mustDo) continue;
    for (const member of closureOf[index] as number[]) forced[member] = 1;
  }
  let forcedCost = 0;
  const forcedIds: string[] = [];
  for (let index = 0; index < count; index++) {
    if (forced[index] !== 1) continue;
    forcedCost += (checked[index] as FundingIdea).cost;
    forcedIds.push((checked[index] as FundingIdea).id);
  }
  if (forcedCost > budget)
    raiseGovernance('MUST_DO_OVER_BUDGET', [forcedCost, budget, forcedIds], { path: ['budget'] });
  const left = budget - forcedCost;

  // What each idea would cost with the dependencies it brings in (beyond the must-dos).
  const neededCost = closureOf.map((closure) =>
    closure.reduce((sum, member) => (forced[member] === 1 ? sum : sum + (checked[member] as FundingIdea).cost), 0),
  );
  const candidates = topological.filter((index) => forced[index] !== 1 && (neededCost[index] as number) <= left);
  const chosen = search(checked, candidates, left, maxBranches, forced);

  const funded = new Uint8Array(count);
  let totalCost = 0;
  let totalValue = 0;
  for (let index = 0; index < count; index++) {
    if (forced[index] !== 1 && !chosen.set.has(index)) continue;
    funded[index] = 1;
    totalCost += (checked[index] as FundingIdea).cost;
    totalValue += (checked[index] as FundingIdea).value;
  }
  const unspent = budget - totalCost;
  type Exclusion = FundedPortfolio['excluded'][number];
  const excluded = checked.flatMap((idea, index): Exclusion[] => {
    if (funded[index] === 1) return [];
    const needed = neededCost[index] as number;
    if (needed > left) {
      return [
        {
          id: idea.id,
          reason: 'over-budget' as const,
          message: `Costs ${needed}${needed === idea.cost ? '' : ' with its dependencies'}, more than the ${left} the budget leaves after the must-do ideas.`,
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
    if (idea.value === 0) {
      return [{ id: idea.id, reason: 'no-value' as const, message: 'Its value is 0: funding it would add nothing.' }];
    }
    return [
      {
        id: idea.id,
        reason: 'outranked' as const,
        message: `Costs ${idea.cost} (${idea.cost === 0 ? 'free' : `${Number((idea.value / idea.cost).toPrecision(3))} value per cost`}) and ${unspent} is unspent: funding it means dropping funded ideas worth more.`,
      },
    ];
  });
  return {
    funded: checked.filter((_, index) => funded[index] === 1).map((idea) => idea.id),
    totalCost,
    totalValue,
    excluded,
    branches: chosen.branches,
  };
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

function search(
  ideas: readonly FundingIdea[],
  candidates: readonly number[],
  capacity: number,
  maxBranches: number,
  forced: Uint8Array,
): { set: Set<number>; value: number; branches: number } {
  const count = candidates.length;
  const cost = Float64Array.from(candidates, (index) => (ideas[index] as FundingIdea).cost);
  const value = Float64Array.from(candidates, (index) => (ideas[index] as FundingIdea).value);
  const positionOf = new Map(candidates.map((index, position) => [index, position]));
  // Dependencies as candidate positions; a forced dependency is always funded, and a
  // dependency that is neither forced nor a candidate cannot be funded, so neither can this.
  const dependencies = candidates.map((index) =>
    (ideas[index] as FundingIdea).dependsOn
      .filter((dependency) => forced[dependency] !== 1)
      .map((dependency) => positionOf.get(dependency) ?? -1),
  );
  // The bound takes undecided ideas by value per cost, highest first (free ideas first).
  const byDensity = Array.from({ length: count }, (_, position) => position).sort((left, right) => {
    const leftDensity =
      (cost[left] as number) === 0 ? Number.POSITIVE_INFINITY : (value[left] as number) / (cost[left] as number);
    const rightDensity =
      (cost[right] as number) === 0 ? Number.POSITIVE_INFINITY : (value[right] as number) / (cost[right] as number);
    return rightDensity - leftDensity || left - right;
  });
  const taken = new Uint8Array(count);
  let best = new Uint8Array(count);
  let bestValue = 0;
  let branches = 0;

  const bound = (next: number, room: number, sum: number) => {
    let estimate = sum;
    let space = room;
    for (const position of byDensity) {
      if (position < next) continue;
      const itemCost = cost[position] as number;
      if (itemCost <= space) {
        space -= itemCost;
        estimate += value[position] as number;
      } else {
        estimate += ((value[position] as number) * space) / itemCost;
        break;
      }
    }
    return estimate;
  };

  const visit = (next: number, room: number, sum: number) => {
    branches++;
    if (branches > maxBranches) raiseGovernance('SEARCH_LIMIT', [maxBranches], { path: [] });
    if (sum > bestValue) {
      bestValue = sum;
      best = taken.slice();
    }
    if (next === count || bound(next, room, sum) <= bestValue) return;
    const itemCost = cost[next] as number;
    const fundable =
      itemCost <= room && (dependencies[next] as number[]).every((position) => position >= 0 && taken[position] === 1);
    if (fundable) {
      taken[next] = 1;
      visit(next + 1, room - itemCost, sum + (value[next] as number));
      taken[next] = 0;
    }
    visit(next + 1, room, sum);
  };
  visit(0, capacity, 0);
  const set = new Set<number>();
  best.forEach((flag, position) => {
    if (flag === 1) set.add(candidates[position] as number);
  });
  return { set, value: bestValue, branches };
}
