import { raiseGovernance } from './messages';

/** @internal One idea the search may fund, in exact units. */
export interface SearchItem {
  /** Cost and value in whole units (see `decimalUnits`). */
  readonly cost: number;
  readonly value: number;
  /** Its rank among all ideas by id, for the last tie-break. */
  readonly rank: number;
  /** The positions of the items it depends on; −1 for one that can never be funded. */
  readonly dependencies: readonly number[];
}

/** @internal The best set found, as item positions, with its totals and the branches explored. */
export interface SearchResult {
  readonly positions: readonly number[];
  readonly value: number;
  readonly cost: number;
  readonly branches: number;
}

// A fraction computed in floating point is at most this far below the exact one (a few
// roundings of 2⁻⁵³ each); the bound adds it back before rounding down.
const slack = 1 + 1e-12;

/**
 * @internal The exact best set of items within `capacity`: a depth-first branch and bound
 * (fund, then leave out) over the items in the order given, every dependency before its
 * dependants. Sets compare by most value, then least cost, then fewest items, then their
 * ids in order (the sorted ranks compared one by one), so the best is one set whatever
 * the order of the search. A branch is cut when even the fractional-knapsack bound (the
 * undecided items taken by value per cost, the last in part) cannot beat the best found.
 * All amounts are whole units, so every sum and comparison is exact.
 */
export function searchPortfolio(items: readonly SearchItem[], capacity: number, maxBranches: number): SearchResult {
  const count = items.length;
  // The bound takes items by value per cost, highest first, compared exactly as
  // value₁·cost₂ against value₂·cost₁; free items first, free items of no value last.
  const density = (position: number) => {
    const item = items[position] as SearchItem;
    return item.cost === 0 ? (item.value === 0 ? -1 : Number.POSITIVE_INFINITY) : item.value / item.cost;
  };
  const byDensity = Array.from({ length: count }, (_, position) => position).sort((left, right) => {
    const a = items[left] as SearchItem;
    const b = items[right] as SearchItem;
    if (a.cost === 0 || b.cost === 0) return density(right) - density(left) || left - right;
    const difference = BigInt(b.value) * BigInt(a.cost) - BigInt(a.value) * BigInt(b.cost);
    return difference > 0n ? 1 : difference < 0n ? -1 : left - right;
  });
  const taken = new Uint8Array(count);
  let best = new Uint8Array(count);
  let bestValue = 0;
  let bestCost = 0;
  let bestCount = 0;
  let branches = 0;

  /** Whether the set taken now beats the best under the full order. */
  const beats = (value: number, cost: number, size: number): boolean => {
    if (value !== bestValue) return value > bestValue;
    if (cost !== bestCost) return cost < bestCost;
    if (size !== bestCount) return size < bestCount;
    const ranks = (flags: Uint8Array) =>
      items
        .map((item, position) => (flags[position] === 1 ? item.rank : -1))
        .filter((rank) => rank >= 0)
        .sort((left, right) => left - right);
    const mine = ranks(taken);
    const theirs = ranks(best);
    for (let index = 0; index < mine.length; index++) {
      if (mine[index] !== theirs[index]) return (mine[index] as number) < (theirs[index] as number);
    }
    return false;
  };

  /** An upper bound, in whole units, on the value of any completion from item `next`. */
  const bound = (next: number, room: number, sum: number): number => {
    let estimate = sum;
    let space = room;
    for (const position of byDensity) {
      if (position < next) continue;
      const item = items[position] as SearchItem;
      if (item.cost <= space) {
        space -= item.cost;
        estimate += item.value;
      } else {
        // Values are whole units, so the best completion is at most the bound rounded down.
        return estimate + Math.floor(((item.value * space) / item.cost) * slack);
      }
    }
    return estimate;
  };

  const visit = (next: number, room: number, sum: number, cost: number, size: number) => {
    branches++;
    if (branches > maxBranches) raiseGovernance('SEARCH_LIMIT', [maxBranches], { path: [] });
    if (beats(sum, cost, size)) {
      bestValue = sum;
      bestCost = cost;
      bestCount = size;
      best = taken.slice();
    }
    if (next === count) return;
    const reachable = bound(next, room, sum);
    // Nothing below can be worth more; and when it can at most tie, adding costs more or
    // (free items) adds items, so it cannot win the tie unless this set is cheaper or smaller.
    if (reachable < bestValue) return;
    if (reachable === bestValue && (cost > bestCost || (cost === bestCost && size >= bestCount))) return;
    const item = items[next] as SearchItem;
    const fundable = item.cost <= room && item.dependencies.every((position) => position >= 0 && taken[position] === 1);
    if (fundable) {
      taken[next] = 1;
      visit(next + 1, room - item.cost, sum + item.value, cost + item.cost, size + 1);
      taken[next] = 0;
    }
    visit(next + 1, room, sum, cost, size);
  };
  visit(0, capacity, 0, 0, 0);
  const positions: number[] = [];
  best.forEach((flag, position) => {
    if (flag === 1) positions.push(position);
  });
  return { positions, value: bestValue, cost: bestCost, branches };
}
