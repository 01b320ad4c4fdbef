import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

const list = (names: readonly string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/**
 * Every error message `cxkit/governance` raises (besides core's), as named constants
 * keyed by error code.
 *
 * @category Errors
 */
export const governanceMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  MISSING_FIELD: (argument: string, field: string, why: string) => `${argument} has no ${field}, which ${why} needs.`,
  DUPLICATE_EVENT_ID: (id: string, firstIndex: number, index: number) =>
    `Event id ${JSON.stringify(id)} is used at index ${firstIndex} and again at index ${index}; every event in a decision log needs its own id.`,
  DUPLICATE_ID: (what: string, id: string, firstIndex: number) =>
    `${what} ${JSON.stringify(id)} is listed more than once (first at index ${firstIndex}); list each once.`,
  UNKNOWN_DEPENDENCY: (idea: string, dependency: string) =>
    `Idea ${JSON.stringify(idea)} depends on ${JSON.stringify(dependency)}, which is not among the ideas.`,
  DEPENDENCY_CYCLE: (cycle: readonly string[]) =>
    `The ideas depend on each other in a cycle (${cycle.join(' → ')}): none of them can be funded before the others.`,
  MUST_DO_OVER_BUDGET: (cost: number, budget: number, ideas: readonly string[]) =>
    `The must-do ideas and their dependencies (${list(ideas)}) cost ${cost}, more than the budget of ${budget}; raise the budget or drop a must-do.`,
  TOO_MANY_IDEAS: (count: number, limit: number) =>
    `fundPortfolio searches exactly and accepts at most ${limit} ideas; received ${count}. Shortlist with prioritize first, or group small ideas into one.`,
  AMOUNTS_TOO_PRECISE: (what: string, decimals: number) =>
    `The ${what} need ${decimals} decimal places between them, too many to add up exactly (at most 2^53 − 1 units of the finest place in all); round them to fewer places first.`,
  SEARCH_LIMIT: (nodes: number) =>
    `The exact search stopped after ${nodes} branches without proving the best portfolio; raise options.maxBranches, shortlist the ideas, or round costs to a coarser unit so that more ideas tie.`,
} as const;

/**
 * The error codes `cxkit/governance` raises (besides core's).
 *
 * @category Errors
 */
export type GovernanceErrorCode = keyof typeof governanceMessages;

/** @internal Raises one of the governance module's errors. */
export const raiseGovernance: Raise<typeof governanceMessages> = /* @__PURE__ */ createRaise(governanceMessages);
