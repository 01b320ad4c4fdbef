import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules `scoreAssessment` and `aggregateAssessments` report, with why each matters.
 * CX proficiency is built level by level, and a mindset, a strategy and a business
 * discipline are needed together: these rules point at the dimension that holds the
 * rest back, the gaps in the answers, and the teams that see the same organization
 * differently.
 *
 * @example
 * import { maturityRules } from 'cxkit/maturity';
 *
 * maturityRules['maturity/one-or-two-wont-do'].severity // => 'warning'
 * Object.keys(maturityRules).length // => 6
 *
 * @category Maturity assessments
 */
export const maturityRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'maturity/one-or-two-wont-do',
    summary:
      'A required dimension lags far behind the others: by default 1.5 levels or more below the mean of the other scored dimensions.',
    rationale:
      'CX needs a mindset, a strategy and a business discipline together; one or two will not do. An organization with a fine strategy and no discipline to carry it out (or the reverse) does not deliver the experience its scores on the strong dimensions suggest. The lagging dimension is where the next effort goes.',
    severity: 'warning',
    example: 'mindset 4.0, strategy 4.5, discipline 2.0: discipline is 2.25 levels below the mean of the other two',
  },
  {
    id: 'maturity/unscored-dimension',
    summary: 'No question of a dimension was answered, so the dimension has no score.',
    rationale:
      'An unanswered dimension is unknown, not zero: it is left out of the overall score rather than dragging it down. But the overall score then speaks for fewer dimensions than the model has, and when the dimension is required the staged level cannot be given at all.',
    severity: 'warning',
    example: 'both governance questions are left blank',
  },
  {
    id: 'maturity/unanswered-questions',
    summary: 'Some questions of a dimension were not answered; the dimension is scored on the rest.',
    rationale:
      'A dimension score resting on fewer questions than the model asks is less reliable, and a question many respondents skip is often one nobody in the room can answer: worth finding out who can.',
    severity: 'info',
    example: 'one of the two technology questions is left blank',
  },
  {
    id: 'maturity/weakest-link',
    summary: 'The staged level is below the level the continuous score reaches: a weak dimension holds the whole back.',
    rationale:
      'Proficiency grows like a musician’s: scales before concertos. A level counts only when every dimension reaches it, so strength elsewhere does not make up for the weakest dimension. The continuous score shows the average; the staged level shows what the organization can rely on.',
    severity: 'info',
    example: 'continuous 3.4 (level 3), but governance is at level 2, so the staged level is 2',
  },
  {
    id: 'maturity/perception-gap',
    summary:
      'Two groups rate a dimension far apart (by default at least one level) and Welch’s t-test says the gap is more than noise (by default p < 0.05).',
    rationale:
      'Most marketing teams believe they are tightly aligned with the CX team, and most CX teams do not agree. When two groups see the same organization differently, the gap itself is a finding: the group that rates higher is often the one furthest from the work, and a plan built on its view will miss.',
    severity: 'warning',
    example: 'marketing rates governance 4.2 on average, the CX team 2.1 (p = 0.001)',
  },
  {
    id: 'maturity/low-agreement',
    summary:
      'Respondents within one group disagree about a dimension: r_wg(J) below 0.7 with at least three respondents.',
    rationale:
      'A group mean hides a split team. When members of one team place the same dimension at opposite ends of the scale, the mean describes nobody, and the disagreement is worth a conversation before the number is reported upward.',
    severity: 'info',
    example: 'the front line answers 1, 5, 1, 5 about customer collaboration',
  },
]);

/**
 * The id of a rule in {@link maturityRules}.
 *
 * @category Maturity assessments
 */
export type MaturityRuleId = keyof typeof maturityRules;
