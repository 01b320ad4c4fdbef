import { describe, expect, it } from 'vitest';
import {
  managementElementsModel,
  programCharacteristicsModel,
  roadmap,
  scoreAssessment,
} from '../../src/maturity/index';
import { expectCxError } from '../expectCxError';

describe('roadmap', () => {
  const result = scoreAssessment(managementElementsModel, {
    answers: {
      'cx-strategy-goals': 3,
      'cx-strategy-priorities': 3,
      'technology-listening': 1,
      'technology-insight': 2,
      'governance-council': 2,
      'governance-survey-policy': 2,
      'design-journeys': 4,
    },
  });

  it('plans one level at a time, weakest dimension first, described by the next level’s anchors', () => {
    // Levels now: strategy 3, technology 1 (score 1.5), governance 2 (score 2), design 4. Target 3:
    // technology 1→2 (the only one at 1); then technology and governance are both at 2, and the
    // tie goes to the lower score as assessed (technology 1.5), so technology 2→3, then governance.
    const plan = roadmap(result, 3);
    expect(plan.steps.map((step) => [step.order, step.dimension, step.from, step.to])).toEqual([
      [1, 'technology-and-tools', 1, 2],
      [2, 'technology-and-tools', 2, 3],
      [3, 'governance-and-discipline', 2, 3],
    ]);
    expect(plan).toMatchObject({ target: 3, targetName: 'Defined', stagedLevel: 1, unscored: [] });
    // Step 1 reaches level 2: only technology-listening (answered 1) is below 2.
    expect(plan.steps[0]?.actions).toEqual([
      {
        question: 'technology-listening',
        text: 'How are customer feedback and behavior collected?',
        answered: true,
        description: 'A survey tool is used by some teams, separately.',
      },
    ]);
    // Step 3's description is the level-3 anchors of both governance questions.
    expect(plan.steps[2]?.actions.map((action) => action.description)).toEqual([
      'A council with marketing, service, product and others meets regularly.',
      'A contact policy limits how often a customer is surveyed.',
    ]);
    expect(plan.steps[2]?.toName).toBe('Defined');
  });

  it('lists an unanswered question of a dimension it plans, marked unanswered', () => {
    const plan = roadmap(result, 5);
    const design = plan.steps.find((step) => step.dimension === 'iterative-design');
    expect(design?.actions).toEqual([
      {
        question: 'design-journeys',
        text: 'Are journeys mapped and used to design improvements?',
        answered: true,
        description: 'Every journey has an owner who redesigns it from evidence.',
      },
      {
        question: 'design-testing',
        text: 'How are changes to the experience tested?',
        answered: false,
        description: 'Design, test and learn is the normal rhythm for every team.',
      },
    ]);
    // From levels 3, 1, 2, 4 to 5: 2 + 4 + 3 + 1 = 10 steps, and every dimension ends at 5.
    expect(plan.steps).toHaveLength(10);
  });

  it('has nothing to do when every dimension is at the target, and leaves unscored ones out', () => {
    const partial = scoreAssessment(programCharacteristicsModel, {
      answers: { 'top-down-commitment': 4, 'top-down-ratings': 4 },
    });
    const plan = roadmap(partial, 3);
    expect(plan.steps).toEqual([]);
    expect(plan.unscored).toEqual(['employee-experience', 'everyone-touches-the-customer', 'customer-view']);
  });

  it('refuses a target off the scale and a non-result', () => {
    expectCxError(() => roadmap(result, 6), 'INVALID_TARGET', ['target']);
    expectCxError(() => roadmap(result, 2.5), 'INVALID_TARGET', ['target']);
    expectCxError(() => roadmap({} as never, 3), 'INVALID_RESULT', ['result']);
  });
});
