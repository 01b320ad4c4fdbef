import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/core/index';
import { decisionEventTypes } from '../../src/governance/decisionEventFields';
import {
  applyDecisionEvent,
  type DecisionEvent,
  type DecisionEventType,
  evaluateSurveyRequest,
  fundPortfolio,
  type Idea,
  replayDecisionLog,
  type SurveyContact,
  type SurveyPolicy,
  surveyContactKinds,
} from '../../src/governance/index';
import { charter } from './fixtures';

const types: readonly DecisionEventType[] = decisionEventTypes;
const actors = ['maria', 'tom', 'priya', 'coo', 'cfo', 'cco', 'ghost'];
const start = Date.UTC(2026, 0, 5);

/** Random logs over three recommendations, each event at its own time (minutes apart). */
const logArbitrary = fc
  .array(
    fc.record({
      recommendation: fc.constantFrom('r1', 'r2', 'r3'),
      type: fc.constantFrom(...types),
      actor: fc.constantFrom(...actors),
      decidedBy: fc.subarray(['coo', 'cfo', 'cco', 'tom']),
      tagged: fc.boolean(),
      decisionType: fc.constantFrom(undefined, 'journey-change', 'survey-program'),
    }),
    { maxLength: 40 },
  )
  .chain((drafts) =>
    fc
      .shuffledSubarray(
        Array.from({ length: drafts.length }, (_, index) => index),
        { minLength: drafts.length, maxLength: drafts.length },
      )
      .map((minutes) =>
        drafts.map((draft, index): DecisionEvent => {
          const event: DecisionEvent = {
            id: `e${index}`,
            recommendation: draft.recommendation,
            type: draft.type,
            actor: draft.actor,
            at: start + (minutes[index] as number) * 60_000,
            reason: 'because',
          };
          if (draft.type === 'proposed') {
            return {
              ...event,
              ...(draft.tagged ? { tags: ['gdpr'] } : {}),
              ...(draft.decisionType === undefined ? {} : { decisionType: draft.decisionType }),
            };
          }
          if (draft.type === 'approved' || draft.type === 'denied') return { ...event, decidedBy: draft.decidedBy };
          return event;
        }),
      ),
  );

const summary = (events: readonly DecisionEvent[]) => {
  const replay = replayDecisionLog(events, charter);
  return {
    recommendations: replay.recommendations,
    rejected: replay.rejected.map((rejected) => `${rejected.event.id}:${rejected.code}`).sort(),
  };
};

describe('decision log (laws)', () => {
  it('replay is deterministic and does not depend on the order events arrive in', () => {
    fc.assert(
      fc.property(logArbitrary, fc.integer(), (events, seed) => {
        const shuffled = fc.sample(
          fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          {
            seed,
            numRuns: 1,
          },
        )[0] as DecisionEvent[];
        expect(summary(events)).toEqual(summary(events));
        expect(summary(shuffled)).toEqual(summary(events));
      }),
    );
  });

  it('every event is applied or rejected: none is lost', () => {
    fc.assert(
      fc.property(logArbitrary, (events) => {
        const replay = replayDecisionLog(events, charter);
        const applied = Object.values(replay.recommendations).flatMap((state) => state.events);
        expect([...applied, ...replay.rejected.map((rejected) => rejected.event.id)].sort()).toEqual(
          events.map((event) => event.id).sort(),
        );
      }),
    );
  });

  it('a rejected event never changes the state; an applied one changes only its recommendation', () => {
    fc.assert(
      fc.property(logArbitrary, (events) => {
        const ordered = [...events].sort((left, right) => Number(left.at) - Number(right.at));
        let state = { recommendations: {} } as Parameters<typeof applyDecisionEvent>[0];
        for (const event of ordered) {
          const before = JSON.stringify(state);
          const result = applyDecisionEvent(state, event, charter);
          expect(JSON.stringify(state)).toBe(before);
          if (!result.ok) continue;
          for (const [id, recommendation] of Object.entries(state.recommendations)) {
            if (id !== event.recommendation) expect(result.state.recommendations[id]).toBe(recommendation);
          }
          state = result.state;
        }
        expect(state.recommendations).toEqual(replayDecisionLog(events, charter).recommendations);
      }),
    );
  });
});

/** Small instances: dependencies only on earlier ideas (so no cycles). */
const instanceArbitrary = fc
  .array(
    fc.record({
      cost: fc.integer({ min: 0, max: 30 }),
      value: fc.integer({ min: 0, max: 40 }),
      mustDo: fc.integer({ min: 0, max: 9 }).map((roll) => roll < 2),
      dependencyMask: fc.integer({ min: 0, max: 1023 }),
    }),
    { maxLength: 10 },
  )
  .map((drafts) =>
    drafts.map(
      (draft, index): Idea => ({
        id: `i${index}`,
        cost: draft.cost,
        value: draft.value,
        mustDo: draft.mustDo,
        // Keep roughly one dependency in four among the earlier ideas.
        dependsOn: Array.from({ length: index }, (_, earlier) => earlier)
          .filter(
            (earlier) => (draft.dependencyMask >> earlier) & 1 && (draft.dependencyMask >> ((earlier + 3) % 10)) & 1,
          )
          .map((earlier) => `i${earlier}`),
      }),
    ),
  );

/** The best value by trying every subset: the definition, independent of the search. */
function bruteForce(ideas: readonly Idea[], budget: number): number | undefined {
  let best: number | undefined;
  const index = new Map(ideas.map((idea, position) => [idea.id, position]));
  for (let mask = 0; mask < 1 << ideas.length; mask++) {
    const has = (position: number) => ((mask >> position) & 1) === 1;
    let cost = 0;
    let value = 0;
    let feasible = true;
    ideas.forEach((idea, position) => {
      if (!has(position)) {
        if (idea.mustDo) feasible = false;
        return;
      }
      cost += idea.cost as number;
      value += idea.value as number;
      for (const dependency of idea.dependsOn ?? []) if (!has(index.get(dependency) as number)) feasible = false;
    });
    if (feasible && cost <= budget && (best === undefined || value > best)) best = value;
  }
  return best;
}

describe('fundPortfolio (laws)', () => {
  it('funded cost ≤ budget, dependencies and must-dos funded, and the value equals the brute-force optimum', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.integer({ min: 0, max: 120 }), (ideas, budget) => {
        const optimum = bruteForce(ideas, budget);
        let portfolio: ReturnType<typeof fundPortfolio>;
        try {
          portfolio = fundPortfolio(ideas, budget);
        } catch (error) {
          // Infeasible only when the must-dos alone do not fit.
          expect(error).toBeInstanceOf(CxError);
          expect((error as CxError).code).toBe('MUST_DO_OVER_BUDGET');
          expect(optimum).toBeUndefined();
          return;
        }
        expect(portfolio.totalValue).toBe(optimum);
        expect(portfolio.totalCost).toBeLessThanOrEqual(budget);
        const funded = new Set(portfolio.funded);
        for (const idea of ideas) {
          if (idea.mustDo) expect(funded.has(idea.id)).toBe(true);
          if (funded.has(idea.id))
            for (const dependency of idea.dependsOn ?? []) expect(funded.has(dependency)).toBe(true);
        }
        expect(portfolio.totalCost).toBe(
          ideas.filter((idea) => funded.has(idea.id)).reduce((sum, idea) => sum + (idea.cost as number), 0),
        );
        // Every idea is either funded or excluded with a reason, once.
        expect([...portfolio.funded, ...portfolio.excluded.map((idea) => idea.id)].sort()).toEqual(
          ideas.map((idea) => idea.id).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Small instances in decimal money: costs in cents (0–30.00), values in tenths (0–40.0),
 * as the integers they are (`cents`, `tenths`) beside the ideas built from them.
 */
const decimalArbitrary = fc
  .array(
    fc.record({
      cents: fc.integer({ min: 0, max: 3000 }),
      tenths: fc.integer({ min: 0, max: 400 }),
      mustDo: fc.integer({ min: 0, max: 9 }).map((roll) => roll < 2),
      dependencyMask: fc.integer({ min: 0, max: 1023 }),
    }),
    { maxLength: 9 },
  )
  .map((drafts) =>
    drafts.map((draft, index) => ({
      cents: draft.cents,
      tenths: draft.tenths,
      idea: {
        id: `i${index}`,
        cost: draft.cents / 100,
        value: draft.tenths / 10,
        mustDo: draft.mustDo,
        dependsOn: Array.from({ length: index }, (_, earlier) => earlier)
          .filter(
            (earlier) => (draft.dependencyMask >> earlier) & 1 && (draft.dependencyMask >> ((earlier + 3) % 10)) & 1,
          )
          .map((earlier) => `i${earlier}`),
      } satisfies Idea,
    })),
  );

/**
 * The best set by trying every subset in whole cents and tenths, under the stated order:
 * most value, then least cost, then fewest ideas, then the sorted ids first.
 */
function bruteForceDecimal(
  drafts: ReadonlyArray<{ cents: number; tenths: number; idea: Idea }>,
  budgetCents: number,
): string[] | undefined {
  let best: { ids: string[]; tenths: number; cents: number } | undefined;
  const index = new Map(drafts.map((draft, position) => [draft.idea.id, position]));
  for (let mask = 0; mask < 1 << drafts.length; mask++) {
    const has = (position: number) => ((mask >> position) & 1) === 1;
    let cents = 0;
    let tenths = 0;
    let feasible = true;
    const ids: string[] = [];
    drafts.forEach((draft, position) => {
      if (!has(position)) {
        if (draft.idea.mustDo) feasible = false;
        return;
      }
      cents += draft.cents;
      tenths += draft.tenths;
      ids.push(draft.idea.id);
      for (const dependency of draft.idea.dependsOn ?? []) if (!has(index.get(dependency) as number)) feasible = false;
    });
    if (!feasible || cents > budgetCents) continue;
    ids.sort();
    const better =
      best === undefined ||
      tenths > best.tenths ||
      (tenths === best.tenths &&
        (cents < best.cents ||
          (cents === best.cents &&
            (ids.length < best.ids.length ||
              (ids.length === best.ids.length && ids.join('\u0000') < best.ids.join('\u0000'))))));
    if (better) best = { ids, tenths, cents };
  }
  return best?.ids;
}

describe('fundPortfolio in decimal money (laws)', () => {
  it('funds exactly the best set under the stated tie-break, with exact totals', () => {
    fc.assert(
      fc.property(decimalArbitrary, fc.integer({ min: 0, max: 9000 }), (drafts, budgetCents) => {
        const expected = bruteForceDecimal(drafts, budgetCents);
        const ideas = drafts.map((draft) => draft.idea);
        let portfolio: ReturnType<typeof fundPortfolio>;
        try {
          portfolio = fundPortfolio(ideas, budgetCents / 100);
        } catch (error) {
          expect((error as CxError).code).toBe('MUST_DO_OVER_BUDGET');
          expect(expected).toBeUndefined();
          return;
        }
        expect([...portfolio.funded].sort()).toEqual(expected);
        const funded = drafts.filter((draft) => portfolio.funded.includes(draft.idea.id));
        // Totals are the decimals themselves: whole cents and tenths, divided once.
        expect(portfolio.totalCost).toBe(funded.reduce((sum, draft) => sum + draft.cents, 0) / 100);
        expect(portfolio.totalValue).toBe(funded.reduce((sum, draft) => sum + draft.tenths, 0) / 10);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the ideas does not change the answer', () => {
    fc.assert(
      fc.property(
        decimalArbitrary.chain((drafts) =>
          fc.tuple(fc.constant(drafts), fc.shuffledSubarray(drafts, { minLength: drafts.length })),
        ),
        fc.integer({ min: 0, max: 9000 }),
        ([drafts, shuffled], budgetCents) => {
          const outcome = (list: typeof drafts) => {
            try {
              const portfolio = fundPortfolio(
                list.map((draft) => draft.idea),
                budgetCents / 100,
              );
              const byId = (left: { id: string }, right: { id: string }) => (left.id < right.id ? -1 : 1);
              return {
                funded: [...portfolio.funded].sort(),
                totalCost: portfolio.totalCost,
                totalValue: portfolio.totalValue,
                excluded: [...portfolio.excluded].sort(byId),
                branches: portfolio.branches,
              };
            } catch (error) {
              return (error as CxError).code;
            }
          };
          expect(outcome(shuffled)).toEqual(outcome(drafts));
        },
      ),
      { numRuns: 300 },
    );
  });
});

const day = 86_400_000;
const asOf = Date.UTC(2026, 2, 10);

/** The policy read literally, customer by customer over all contacts (slow, obviously right). */
interface FullPolicy {
  readonly maxSurveys: { readonly count: number; readonly withinDays: number };
  readonly minDaysSinceSurvey: number;
  readonly minDaysSinceComplaint: number;
  readonly teamCap: { readonly count: number; readonly withinDays: number };
}

function naiveSurvey(
  policy: FullPolicy,
  contacts: readonly SurveyContact[],
  team: string,
  customers: readonly string[],
) {
  const past = contacts.filter((contact) => (contact.at as number) <= asOf);
  const teamSent = past.filter(
    (contact) =>
      contact.kind === 'survey' &&
      contact.team === team &&
      (contact.at as number) > asOf - policy.teamCap.withinDays * day,
  ).length;
  const allowed: string[] = [];
  const blocked: { customerId: string; rules: string[] }[] = [];
  for (const customerId of customers) {
    const mine = past.filter((contact) => contact.customerId === customerId);
    const surveys = mine.filter((contact) => contact.kind === 'survey').map((contact) => contact.at as number);
    const complaints = mine.filter((contact) => contact.kind === 'complaint').map((contact) => contact.at as number);
    const rules: string[] = [];
    if (mine.some((contact) => contact.kind === 'opt-out')) rules.push('opted-out');
    if (surveys.filter((time) => time > asOf - policy.maxSurveys.withinDays * day).length >= policy.maxSurveys.count) {
      rules.push('max-surveys');
    }
    if (surveys.some((time) => asOf - time < policy.minDaysSinceSurvey * day)) rules.push('survey-gap');
    if (complaints.some((time) => asOf - time < policy.minDaysSinceComplaint * day)) rules.push('complaint-gap');
    if (rules.length === 0 && allowed.length >= policy.teamCap.count - teamSent) rules.push('team-cap');
    if (rules.length === 0) allowed.push(customerId);
    else blocked.push({ customerId, rules });
  }
  return { allowed, blocked };
}

describe('evaluateSurveyRequest (laws)', () => {
  it('rows, columns and a customer-by-customer reading of the policy agree', () => {
    const contactArbitrary = fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      daysBack: fc.integer({ min: -5, max: 60 }),
      kind: fc.integer({ min: 0, max: 9 }).map((roll) => (roll < 7 ? 0 : roll < 9 ? 1 : 2)),
      team: fc.integer({ min: -1, max: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(contactArbitrary, { maxLength: 60 }),
        fc.record({
          maxSurveys: fc.record({ count: fc.integer({ min: 1, max: 4 }), withinDays: fc.integer({ min: 1, max: 40 }) }),
          minDaysSinceSurvey: fc.integer({ min: 0, max: 10 }),
          minDaysSinceComplaint: fc.integer({ min: 0, max: 20 }),
          teamCap: fc.record({ count: fc.integer({ min: 1, max: 12 }), withinDays: fc.integer({ min: 1, max: 20 }) }),
          journeyOwners: fc.constant({}),
        }),
        (drafts, policy) => {
          const customerIds = Array.from({ length: 8 }, (_, index) => `c${index}`);
          const teams = ['billing', 'growth'];
          const rows: SurveyContact[] = drafts.map((draft) => ({
            customerId: customerIds[draft.customer] as string,
            at: asOf - draft.daysBack * day,
            kind: surveyContactKinds[draft.kind] as SurveyContact['kind'],
            ...(draft.team < 0 ? {} : { team: teams[draft.team] as string }),
          }));
          const customers = ['c6', 'c1', 'c0', 'c3', 'c7', 'c2'];
          const request = { team: 'billing', customers };
          const fromRows = evaluateSurveyRequest(policy as SurveyPolicy, rows, request, { asOf });
          const fromColumns = evaluateSurveyRequest(
            policy as SurveyPolicy,
            {
              customerIds,
              teams,
              customer: Int32Array.from(drafts, (draft) => draft.customer),
              at: Float64Array.from(rows, (row) => row.at as number),
              kind: Uint8Array.from(drafts, (draft) => draft.kind),
              team: Int32Array.from(drafts, (draft) => draft.team),
            },
            request,
            { asOf },
          );
          expect(fromColumns).toEqual(fromRows);
          const reference = naiveSurvey(policy, rows, 'billing', customers);
          expect({ allowed: fromRows.allowed, blocked: fromRows.blocked }).toEqual(reference);
        },
      ),
    );
  });
});
