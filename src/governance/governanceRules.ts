import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link auditGovernance} reports, with why each matters. Governance is what
 * keeps CX from being talked about but not acted on: these rules find the places where a
 * charter leaves a decision without one owner, where recommendations wait past their
 * deadline, where approvals die after the nod, and where nobody checks whether an
 * implemented change moved anything.
 *
 * @example
 * import { governanceRules } from 'cxkit/governance';
 *
 * governanceRules['governance/accountable-not-one'].severity // => 'error'
 * Object.keys(governanceRules).length // => 7
 *
 * @category Audit
 */
export const governanceRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'governance/accountable-not-one',
    summary: 'A decision type has no Accountable, or more than one.',
    rationale:
      'A RACI works only with exactly one Accountable: with none, a recommendation has no one who must decide; with two, each waits for the other. The approval rule that the accountable executive takes part binds only when there is one.',
    severity: 'error',
  },
  {
    id: 'governance/rejected-event',
    summary: 'The decision log holds an event the charter or the lifecycle does not allow.',
    rationale:
      'An approval by someone who may not approve, without the quorum or the compliance approver, or after a denial without a resubmission is not a decision. The event stays in the log as written; the finding says why it did not count.',
    severity: 'error',
  },
  {
    id: 'governance/review-overdue',
    summary: 'A submitted recommendation is past its review deadline.',
    rationale:
      'Recommendations that wait for months teach the council that bringing them is pointless. The charter says within how many business days the executives decide; a decision can be a deferral, with its reason.',
    severity: 'warning',
  },
  {
    id: 'governance/not-implemented',
    summary: 'An approved recommendation is not implemented within the follow-up days.',
    rationale:
      'An approval nobody acts on is the nod that kills CX programs: the council sees leadership agree and nothing change. Implement it, or withdraw it with a reason.',
    severity: 'warning',
  },
  {
    id: 'governance/not-measured',
    summary: 'An implemented recommendation has no measured outcome within the follow-up days.',
    rationale:
      'Without a measured outcome the loop never closes: nobody learns whether the change moved the driver or the ultimate metric it was funded for, and the next funding round repeats guesses.',
    severity: 'warning',
  },
  {
    id: 'governance/no-reason',
    summary: 'An approval, denial, deferral or withdrawal has no reason.',
    rationale:
      'A decision without its reason cannot be explained to the team that brought it, nor revisited when things change. The reason is what the audit trail is for.',
    severity: 'warning',
  },
  {
    id: 'governance/missing-function',
    summary: 'A function that owns journey steps has no member on the council.',
    rationale:
      'Every function that creates moments in a journey — sales, finance, accounting, logistics, not only service or digital — shapes the experience. A council without it recommends changes for steps nobody at the table owns.',
    severity: 'warning',
  },
]);

/**
 * The id of a rule in {@link governanceRules}.
 *
 * @category Audit
 */
export type GovernanceRuleId = keyof typeof governanceRules;
