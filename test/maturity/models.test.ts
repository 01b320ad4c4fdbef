import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import {
  authenticTraitsModel,
  builtInModels,
  commitmentsModel,
  managementElementsModel,
  parseMaturityModel,
  programCharacteristicsModel,
  referenceModel,
  safeParseMaturityModel,
  scoreAssessment,
} from '../../src/maturity/index';

function issuesOf(input: unknown) {
  const result = safeParseMaturityModel(input);
  if (result.success) throw new Error('expected the model to be refused');
  expect(result.error).toBeInstanceOf(CxValidationError);
  return (result.error as CxValidationError).issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

const small = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'listening',
  title: 'Listening to customers',
  levels: [
    { value: 1, name: 'Ad hoc' },
    { value: 2, name: 'Routine' },
    { value: 3, name: 'Acted on' },
  ],
  groups: [{ id: 'voice', title: 'Voice of the customer' }],
  dimensions: [
    {
      id: 'feedback',
      title: 'Feedback',
      group: 'voice',
      weight: 2,
      required: true,
      questions: [
        {
          id: 'feedback-loop',
          text: 'What happens to feedback?',
          anchors: { 1: 'Nothing.', 2: 'Read.', 3: 'Acted on.' },
        },
      ],
    },
    {
      id: 'listening-posts',
      title: 'Listening posts',
      weight: 1,
      questions: [
        { id: 'posts-coverage', text: 'Which journeys are heard?', anchors: { 1: 'None.', 2: 'Some.', 3: 'All.' } },
      ],
    },
  ],
};

function withDimension(index: number, changes: Record<string, unknown>) {
  return {
    ...small,
    dimensions: small.dimensions.map((dimension, position) =>
      position === index ? { ...dimension, ...changes } : dimension,
    ),
  };
}

describe('built-in models', () => {
  it.each(Object.entries(builtInModels))('%s validates as a maturity-model document', (_name, model) => {
    expect(parseMaturityModel(model)).toEqual(model);
  });

  it('names one export per model in builtInModels', () => {
    expect(builtInModels).toEqual({
      commitments: commitmentsModel,
      managementElements: managementElementsModel,
      authenticTraits: authenticTraitsModel,
      programCharacteristics: programCharacteristicsModel,
      reference: referenceModel,
    });
  });

  it('uses no trademarked framework name: every model is named by what it measures', () => {
    const ids = Object.values(builtInModels).map((model) => model.id);
    expect(ids).toEqual([
      'cx-commitments',
      'cx-management-elements',
      'authentic-cx-traits',
      'cx-program-characteristics',
      'cx-reference',
    ]);
  });

  // An earlier release shipped `cxPartsModel`: definitions and forty level descriptions
  // for "intentional success, cultural commitment, customer collaboration, experiential
  // innovation", the four part names of a proprietary framework whose authors have not
  // published their content. No built-in model may carry those names again.
  it('ships no model under the part names of an unpublished proprietary framework', () => {
    const partNames = [
      'intentional success',
      'cultural commitment',
      'customer collaboration',
      'experiential innovation',
    ];
    const words = JSON.stringify(builtInModels).toLowerCase().replace(/-/g, ' ');
    for (const name of partNames) expect(words).not.toContain(name);
    expect(Object.keys(builtInModels)).not.toContain('cxParts');
    expect(referenceModel.groups?.map((group) => group.id)).not.toContain('cx-parts');
  });

  it('credits the practice each model measures in source, and says the words are cxkit’s', () => {
    for (const model of Object.values(builtInModels)) {
      expect(model.source).toMatch(/Questions and anchors written for cxkit\./);
    }
    expect(managementElementsModel.source).toContain('Customer Experience Management Defined');
    expect(programCharacteristicsModel.source).toContain('Peter Swaim');
    expect(safeParseMaturityModel({ ...commitmentsModel, source: ' ' }).success).toBe(false);
  });

  // The practice introduces the CX mission statement as the tool of the mindset
  // commitment (how we treat customers, which needs come first, each role's part), not
  // of the strategy; the strategy commitment is what success means for the business.
  it('places the CX mission statement under the mindset commitment', () => {
    const questionsOf = (id: string) =>
      commitmentsModel.dimensions.find((dimension) => dimension.id === id)?.questions.map((question) => question.id);
    expect(questionsOf('mindset')).toEqual(['mindset-leaders', 'mindset-everyone', 'mindset-mission']);
    expect(questionsOf('strategy')).toEqual(['strategy-success', 'strategy-plans']);
    expect(questionsOf('discipline')).toEqual([
      'discipline-governance',
      'discipline-measurement',
      'discipline-education',
    ]);
  });

  it('has an employee-experience dimension where the practice speaks of employees', () => {
    expect(programCharacteristicsModel.dimensions[0]?.id).toBe('employee-experience');
    const empowered = authenticTraitsModel.dimensions.find((dimension) => dimension.id === 'empowered');
    expect(empowered?.questions.map((question) => question.id)).toEqual([
      'empowered-action',
      'empowered-people-practices',
    ]);
  });

  it('the reference model holds every dimension and question of the other four, grouped by model', () => {
    const others = [commitmentsModel, managementElementsModel, authenticTraitsModel, programCharacteristicsModel];
    expect(referenceModel.dimensions.length).toBe(3 + 4 + 5 + 4);
    const questions = (models: readonly (typeof referenceModel)[]) =>
      models.flatMap((model) =>
        model.dimensions.flatMap((dimension) => dimension.questions.map((question) => question.id)),
      );
    expect(questions([referenceModel])).toEqual(questions(others));
    // Each group weighs 1 in total: thirds for the commitments, quarters, fifths, quarters.
    const weightOf = (group: string) =>
      referenceModel.dimensions.filter((dimension) => dimension.group === group).reduce((sum, d) => sum + d.weight, 0);
    for (const group of ['commitments', 'management-elements', 'authentic-traits', 'program-characteristics']) {
      expect(weightOf(group)).toBeCloseTo(1, 12);
    }
  });
});

// Worked examples: answers scored by hand, the arithmetic written beside them.
describe('worked examples, scored by hand', () => {
  it('three commitments: a strategy without the discipline to carry it', () => {
    const result = scoreAssessment(commitmentsModel, {
      answers: {
        'mindset-leaders': 4,
        'mindset-everyone': 3,
        'mindset-mission': 5,
        'strategy-success': 3,
        'strategy-plans': 3,
        'discipline-governance': 2,
        'discipline-measurement': 1,
        'discipline-education': 1,
      },
    });
    // mindset (4 + 3 + 5) / 3 = 4; strategy (3 + 3) / 2 = 3; discipline (2 + 1 + 1) / 3 = 4 / 3.
    expect(result.dimensions.map((d) => [d.id, d.score, d.level])).toEqual([
      ['mindset', 4, 4],
      ['strategy', 3, 3],
      ['discipline', 4 / 3, 1],
    ]);
    // Equal weights: (4 + 3 + 4 / 3) / 3 = 25 / 9 = 2.778, level 2; weakest link: level 1.
    expect(result.overall.continuous).toBeCloseTo(25 / 9, 12);
    expect(result.overall.continuousLevel).toBe(2);
    expect(result.overall.stagedLevel).toBe(1);
    expect(result.overall.stagedLevelName).toBe('First steps');
    // Discipline 1.33 vs the others' mean (4 + 3) / 2 = 3.5: 2.17 levels behind, ≥ 1.5.
    expect(result.findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['maturity/one-or-two-wont-do', ['dimensions', 2]],
      ['maturity/weakest-link', ['overall', 'stagedLevel']],
    ]);
    expect(result.findings[0]?.message).toBe(
      "Discipline (1.33) is 2.17 levels below the mean of the other dimensions (3.5): one or two won't do.",
    );
  });

  it('four elements of CX management: one question skipped', () => {
    const result = scoreAssessment(managementElementsModel, {
      respondent: 'head of CX',
      answers: {
        'cx-strategy-goals': 3,
        'cx-strategy-priorities': 4,
        'technology-listening': 2,
        'technology-insight': 2,
        'governance-council': 3,
        'governance-survey-policy': 3,
        'design-journeys': 4,
        'design-testing': null,
      },
    });
    // strategy 3.5, technology 2, governance 3, design 4 (one answer, the other skipped).
    expect(result.dimensions.map((d) => [d.score, d.level, d.missing])).toEqual([
      [3.5, 3, 0],
      [2, 2, 0],
      [3, 3, 0],
      [4, 4, 1],
    ]);
    // (3.5 + 2 + 3 + 4) / 4 = 12.5 / 4 = 3.125.
    expect(result.overall.continuous).toBe(3.125);
    expect(result.overall.stagedLevel).toBe(2);
    expect(result.answered).toBe(7);
    expect(result.missing).toBe(1);
    expect(result.respondent).toBe('head of CX');
    // Required strategy 3.5 vs (2 + 3 + 4) / 3 = 3 and governance 3 vs (3.5 + 2 + 4) / 3 = 3.17: neither lags.
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual([
      'maturity/unanswered-questions',
      'maturity/weakest-link',
    ]);
  });

  it('characteristics of a CX program: a dimension nobody answered is unscored, not zero', () => {
    const result = scoreAssessment(programCharacteristicsModel, {
      answers: {
        'employee-experience-management': 5,
        'employee-experience-feedback': 4,
        'top-down-commitment': 3,
        'top-down-ratings': 3,
        'customer-view-own': 2,
      },
    });
    // employee experience 4.5, everyone touches the customer unscored, top down 3, customer view 2.
    expect(result.dimensions.map((d) => d.score)).toEqual([4.5, null, 3, 2]);
    expect(result.dimensions[1]).toMatchObject({ level: null, levelName: null, answered: 0, missing: 1 });
    // (4.5 + 3 + 2) / 3 = 9.5 / 3 over the three scored dimensions; staged min(4, 3, 2) = 2.
    expect(result.overall.continuous).toBeCloseTo(9.5 / 3, 12);
    expect(result.overall.stagedLevel).toBe(2);
    expect(result.findings[0]).toMatchObject({ rule: 'maturity/unscored-dimension', path: ['dimensions', 1] });
  });

  it('traits of an authentic CX: one question per trait', () => {
    const result = scoreAssessment(authenticTraitsModel, {
      answers: {
        'authentic-promise': 5,
        'beyond-functions': 4,
        'wing-to-wing-span': 2,
        'strategic-link': 3,
        'empowered-action': 4,
      },
    });
    // (5 + 4 + 2 + 3 + 4) / 5 = 18 / 5 = 3.6, level 3; the wing-to-wing trait at 2 is the weakest link.
    expect(result.overall.continuous).toBeCloseTo(3.6, 12);
    expect(result.overall.continuousLevel).toBe(3);
    expect(result.overall.stagedLevel).toBe(2);
  });

  it('reference model: weights per group, and an unscored required dimension leaves the stage unknown', () => {
    const result = scoreAssessment(referenceModel, {
      answers: {
        'mindset-leaders': 3,
        'mindset-everyone': 3,
        'strategy-plans': 4,
        'discipline-governance': 2,
        'discipline-measurement': 2,
        'cx-strategy-goals': 3,
        'cx-strategy-priorities': 3,
        'authentic-promise': 5,
      },
    });
    // Scored: mindset 3, strategy 4, discipline 2 (weight 1/3 each), CX strategy 3 (1/4), authentic 5 (1/5).
    // (3 + 4 + 2) / 3 + 3 / 4 + 5 / 5 = 4.75 over weight 1 + 0.25 + 0.2 = 1.45: 3.2759.
    expect(result.overall.continuous).toBeCloseTo(4.75 / 1.45, 12);
    expect(result.overall.continuousLevel).toBe(3);
    // Governance and discipline (required) has no answer, so the staged level cannot be known.
    expect(result.overall.stagedLevel).toBeNull();
    expect(result.dimensions.filter((d) => d.score === null)).toHaveLength(11);
    // Discipline 2 vs the others' mean (3 + 4 + 3 + 5) / 4 = 3.75: 1.75 behind.
    const lagging = result.findings.filter((finding) => finding.rule === 'maturity/one-or-two-wont-do');
    expect(lagging.map((finding) => finding.path)).toEqual([['dimensions', 2]]);
  });
});

describe('parseMaturityModel refuses a model that cannot be scored', () => {
  it('accepts a small valid model as written', () => {
    expect(parseMaturityModel(small)).toEqual(small);
  });

  it('a dimension without questions', () => {
    expect(issuesOf(withDimension(1, { questions: [] }))).toEqual([
      { path: ['dimensions', 1, 'questions'], message: 'Every dimension needs at least one question.' },
    ]);
  });

  it('anchors that do not cover the scale, or name a level the model lacks', () => {
    const question = {
      id: 'posts-coverage',
      text: 'Which journeys are heard?',
      anchors: { 1: 'None.', 3: 'All.', 4: 'More.' },
    };
    expect(issuesOf(withDimension(1, { questions: [question] })).map((issue) => issue.path)).toEqual([
      ['dimensions', 1, 'questions', 0, 'anchors', '2'],
      ['dimensions', 1, 'questions', 0, 'anchors', '4'],
    ]);
  });

  it('a weight of zero or below', () => {
    expect(issuesOf(withDimension(0, { weight: 0 })).map((issue) => issue.path)).toEqual([['dimensions', 0, 'weight']]);
    expect(issuesOf(withDimension(0, { weight: -1 })).map((issue) => issue.path)).toEqual([
      ['dimensions', 0, 'weight'],
    ]);
  });

  it('duplicate ids, an undeclared group, and levels that skip', () => {
    const twice = withDimension(1, {
      questions: [{ id: 'feedback-loop', text: 'Again?', anchors: { 1: 'a', 2: 'b', 3: 'c' } }],
      group: 'operations',
    });
    expect(issuesOf(twice).map((issue) => issue.path)).toEqual([
      ['dimensions', 1, 'questions', 0, 'id'],
      ['dimensions', 1, 'group'],
    ]);
    const skipping = { ...small, levels: [small.levels[0], { value: 3, name: 'Acted on' }] };
    expect(issuesOf(skipping).map((issue) => issue.path)).toContainEqual(['levels', 1, 'value']);
  });

  it('an unknown field, with its path', () => {
    expect(issuesOf(withDimension(0, { wieght: 2 })).map((issue) => issue.path)).toEqual([['dimensions', 0, 'wieght']]);
  });
});
