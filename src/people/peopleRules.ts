import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link auditImmersionLog} and {@link auditEducationPlan} report, with why
 * each matters. The people side of CX: leaders who walk in the customer's shoes and act
 * on what they find, and an organization that is taught what CX means and what success
 * looks like, function by function, again and again.
 *
 * @example
 * import { peopleRules } from 'cxkit/people';
 *
 * peopleRules['immersion/leader-not-immersed'].severity // => 'warning'
 * Object.keys(peopleRules).length // => 7
 *
 * @category Rules
 */
export const peopleRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'immersion/leader-not-immersed',
    summary: 'A leader has not done what customers do within the expected period.',
    rationale:
      'Leaders drift far from customers. The best CX leaders regularly give themselves and others customer tasks — calling support, visiting a storefront, ordering online — and not only at an annual customer summit. First-hand stories help others see what has to change and decide what to do about it.',
    severity: 'warning',
    example: 'leader catherine-doyle, last immersion on 2026-02-10, audited as of 2026-11-01 with everyDays 90',
  },
  {
    id: 'immersion/finding-led-nowhere',
    summary: 'An immersion found something, and nothing has come of it.',
    rationale:
      'Walking in the customer’s shoes is worth the time only when what a leader finds leads to a decision: a recommendation to the CX council, or an action with an owner. A finding that led nowhere teaches the organization that immersion is theatre.',
    severity: 'warning',
    example: 'an entry of 2026-05-12 with findings and no ledTo, audited as of 2026-11-01 with followUpDays 30',
  },
  {
    id: 'immersion/unknown-recommendation',
    summary: 'An immersion names a recommendation no decision log knows.',
    rationale:
      'The link from what a leader found to what governance decided is the point of recording it. A recommendation id that names nothing cuts that link, and the finding’s fate can no longer be followed.',
    severity: 'warning',
    example: 'ledTo.recommendation "night-desk" while the decision logs hold no such recommendation',
  },
  {
    id: 'immersion/buyer-journey-only',
    summary: 'Every recent immersion with a phase explores the buying part of the journey only.',
    rationale:
      'Many leadership teams explore only the buyer’s journey, and once the customer has bought, their attention — and the organization’s — moves on. Leaders should live the whole journey (onboarding, use, support, renewal, leaving) so that others care about it too.',
    severity: 'info',
    example: 'entries in the last year in the phases discover, consider and buy only',
  },
  {
    id: 'education/delivery-overdue',
    summary: 'An audience has not been taught within its cadence.',
    rationale:
      'Education takes time and commitment: people forget an announcement three minutes after the meeting. Ongoing education about CX and what success means, on a set cadence, is part of the business discipline; a plan whose sessions lapse is a buzzword.',
    severity: 'warning',
    example: 'audience shop-floor, everyDays 90, last delivery on 2026-03-02, audited as of 2026-11-01',
  },
  {
    id: 'education/function-not-reached',
    summary: 'A function that owns journey steps or has a part in the mission is in no audience of the plan.',
    rationale:
      'Every function creates moments that shape the experience, and teams that never see the reports keep working in the dark about how their work reaches customers. A plan that skips a function that owns part of the journey, or has a role in the mission, leaves it out of the experience.',
    severity: 'warning',
    example: 'journeys have steps owned by Finance; no audience of the plan lists Finance',
  },
  {
    id: 'education/topic-not-covered',
    summary:
      'The plan never covers one of the practice’s subjects: the voice of the customer, their stories, their journeys, or what success means.',
    rationale:
      'The discipline the practice asks for is consistent communication about the voice of the customer, their stories and their journey, and ongoing education about what success means for the organization. Tossing out NPS results is not educating; a plan that leaves one of these out teaches a partial picture.',
    severity: 'info',
    example: 'no audience has what-success-means among its topics',
  },
]);

/**
 * The id of a rule in {@link peopleRules}.
 *
 * @category Rules
 */
export type PeopleRuleId = keyof typeof peopleRules;
