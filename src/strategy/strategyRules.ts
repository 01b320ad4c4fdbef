import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link lintMission}, {@link lintSuccessStatement} and {@link lintStrategy}
 * report, with why each matters. A wish ("exceed customer expectations") is not a
 * strategy: these rules find the places where a mission, a success statement or a goal
 * says what the company hopes for instead of what it will do, for whom, measured how,
 * owned by whom and by when.
 *
 * Each rule's `example` triggers it: for the phrase rules it is a sentence; for the
 * others it is the fields of a document of the rule's kind, as JSON (success-statement
 * examples are linted with `asOf: '2026-11-22'` and `metricDefinitions: []`). The strategy guide lists every rule,
 * generated from this registry.
 *
 * @example
 * import { strategyRules } from 'cxkit/strategy';
 *
 * strategyRules['mission/vague-wish'].severity // => 'warning'
 * Object.keys(strategyRules).filter((id) => id.startsWith('mission/')).length // => 8
 *
 * @category Lint
 */
export const strategyRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'mission/empty-statement',
    summary: 'The mission statement is empty.',
    rationale:
      'Without a mission nobody shares a belief about how customers are treated, which of their needs come first, or what their own role does for them, and every team works to its own idea of a good experience. An empty text box is the first thing to fill.',
    severity: 'error',
    example: '',
  },
  {
    id: 'mission/vague-wish',
    summary: 'The mission states a wish ("exceed customer expectations", "move the needle") instead of a commitment.',
    rationale:
      'A wish cannot be acted on or measured: nobody in finance, engineering or the contact center knows what to do differently on Monday because the company wants to exceed expectations or be there for every customer, every time. The practice names such wishes itself ("have a great customer experience", "exceed customer expectations", "move the needle"): admirable, but not strategies. A mission says, in real terms, how customers will be treated and how their needs come first.',
    severity: 'warning',
    example: 'Our mission is to exceed customer expectations.',
  },
  {
    id: 'mission/empty-superlative',
    summary: 'The mission leans on a superlative ("world-class", "superior") that says nothing concrete.',
    rationale:
      'Superlatives compare the company with others without saying what a customer will get. "World-class service" is claimed by everyone and checked by no one; "a person answers within two minutes" can be promised, delivered and measured.',
    severity: 'warning',
    example: 'We deliver a world-class customer experience.',
  },
  {
    id: 'mission/sales-focused',
    summary: 'The mission makes selling (upselling, revenue, share of wallet) its aim.',
    rationale:
      'A CX mission says what the experience is for customers, not what is sold to them. Revenue is the business outcome a success statement ties the experience to; written into the mission, it tells every role that the customer is a sales target, and customers feel it. A mission that denies selling as its aim ("customers get what they need, not what we want to sell them") says exactly what a mission should, and is not reported.',
    severity: 'warning',
    example: 'Delight customers so that we can upsell premium plans and grow revenue.',
  },
  {
    id: 'mission/no-customers',
    summary: 'The mission does not say which customers it serves.',
    rationale:
      'Treatment and priorities mean something only for someone: the airline waiting for its engine, the small business on the phone. Naming the customers lets each function picture whom it serves.',
    severity: 'warning',
    example:
      '{"statement":"Airlines get their engines back on the wing on the day we promised.","treatment":["We call before a promised date slips."],"priorities":["Aircraft on ground first."],"roles":[{"function":"finance","frontLine":false,"commitment":"Invoices match the quote."}]}',
  },
  {
    id: 'mission/no-treatment-commitment',
    summary: 'The mission makes no commitment about how customers are treated.',
    rationale:
      'How customers are treated is what the mission is for. Without a stated commitment ("we tell customers about a delay before they have to ask") the statement cannot guide a decision or be checked against what customers feel.',
    severity: 'error',
    example:
      '{"statement":"Airlines get their engines back on the wing on the day we promised.","customers":["airlines"],"priorities":["Aircraft on ground first."],"roles":[{"function":"finance","frontLine":false,"commitment":"Invoices match the quote."}]}',
  },
  {
    id: 'mission/no-priority-commitment',
    summary: "The mission does not say how customers' needs are prioritized.",
    rationale:
      'Every day someone chooses between customers and between a customer and an internal rule. A mission that says which need comes first ("an aircraft on the ground before a scheduled overhaul") makes those choices the same across the company.',
    severity: 'warning',
    example:
      '{"statement":"Airlines get their engines back on the wing on the day we promised.","customers":["airlines"],"treatment":["We call before a promised date slips."],"roles":[{"function":"finance","frontLine":false,"commitment":"Invoices match the quote."}]}',
  },
  {
    id: 'mission/front-line-only',
    summary: 'No role beyond the customer-facing front line has a stated part in the experience.',
    rationale:
      'Everyone touches the customer. Sales, finance, accounting, engineering and logistics create moments that shape the experience as much as service does: an invoice nobody can read undoes a friendly call. A mission that speaks only to the front line leaves the rest of the company out of it.',
    severity: 'warning',
    example:
      '{"statement":"Airlines get their engines back on the wing on the day we promised.","customers":["airlines"],"treatment":["We call before a promised date slips."],"priorities":["Aircraft on ground first."],"roles":[{"function":"customer service","frontLine":true,"commitment":"One named contact per engine."}]}',
  },
  {
    id: 'success/vague-wish',
    summary: 'The outcome or business outcome is a wish or a superlative ("move the needle on loyalty").',
    rationale:
      'A success statement says what success means, so that it can be measured and owned. "Move the needle on loyalty" names no outcome, no amount and no date; "repeat orders from airlines rise from 62% to 70% by 2027" does.',
    severity: 'warning',
    example: '{"outcome":"Move the needle on loyalty."}',
  },
  {
    id: 'success/no-metric',
    summary: 'The success statement has no metric.',
    rationale:
      'What is not measured cannot be managed or reported on: without a metric, nobody can tell whether the statement came true.',
    severity: 'error',
    example: '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[]}',
  },
  {
    id: 'success/no-baseline',
    summary: 'A metric has no baseline.',
    rationale:
      'Without the value it starts from, a target is a number without a size: nobody can tell whether it asks for a small step or a leap, or whether progress is on track.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"wing-to-wing-days","kind":"operational","direction":"lower-is-better","target":{"value":30,"by":"2027-12-31"}}]}',
  },
  {
    id: 'success/no-target',
    summary: 'A metric has no target.',
    rationale: 'A metric without a target reports but does not steer: success has not been defined.',
    severity: 'error',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"wing-to-wing-days","kind":"operational","direction":"lower-is-better","baseline":{"value":41,"on":"2025-12-31"}}]}',
  },
  {
    id: 'success/no-target-date',
    summary: 'A target has no date.',
    rationale: 'A target without a date can never be missed, so it is never urgent. Say by when.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"wing-to-wing-days","kind":"operational","direction":"lower-is-better","baseline":{"value":41,"on":"2025-12-31"},"target":{"value":30}}]}',
  },
  {
    id: 'success/target-not-an-improvement',
    summary: 'A target is no better than its baseline, given which way is better.',
    rationale:
      'A target at or behind the baseline asks for nothing, or for worse; often the direction is wrong (days to resolve, where lower is better, marked higher-is-better). Holding a level can be a goal, but then say so in the outcome.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"wing-to-wing-days","kind":"operational","direction":"lower-is-better","baseline":{"value":41,"on":"2025-12-31"},"target":{"value":45,"by":"2027-12-31"}}]}',
  },
  {
    id: 'success/date-past',
    summary: 'A target date or the horizon is already past at asOf.',
    rationale:
      'A statement whose dates have passed no longer says what success means: it was either met or missed. Record the result (see evaluateSuccess) and set the next horizon, so the statement keeps steering.',
    severity: 'warning',
    example: '{"outcome":"Airlines get engines back on the wing on the promised day.","horizon":"2025-12-31"}',
  },
  {
    id: 'success/no-horizon',
    summary: 'The success statement has no horizon.',
    rationale:
      'A horizon says by when the statement as a whole should hold, so leaders can plan for it and governance can review it when it falls due.',
    severity: 'warning',
    example: '{"outcome":"Airlines get engines back on the wing on the promised day."}',
  },
  {
    id: 'success/no-owner',
    summary: 'The success statement has no owner.',
    rationale:
      'Success that belongs to everyone belongs to no one. A named leader answers for the statement, asks for what it needs and reports on it.',
    severity: 'error',
    example: '{"outcome":"Airlines get engines back on the wing on the promised day."}',
  },
  {
    id: 'success/no-business-outcome',
    summary: 'The success statement is not tied to a business outcome.',
    rationale:
      'CX earns its funding by what it does for the business: retention, repeat orders, cost to serve. A CX outcome not tied to a business outcome is the first budget to be cut.',
    severity: 'error',
    example: '{"outcome":"Airlines get engines back on the wing on the promised day."}',
  },
  {
    id: 'success/feedback-only',
    summary: 'Every metric is customer feedback; no operational outcome is measured.',
    rationale:
      'Survey scores say how customers feel but not what drives it. Pair them with the operational outcomes behind them (wing-to-wing days, first-contact resolution) so that teams see which lever moves the score.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"nps-repair","kind":"customer-feedback","direction":"higher-is-better","baseline":{"value":31,"on":"2025-12-31"},"target":{"value":45,"by":"2027-12-31"}}]}',
  },
  {
    id: 'success/operational-only',
    summary: 'Every metric is operational; no customer feedback is measured.',
    rationale:
      'Operational measures say what the company controls, not what the customer feels. An engine-repair shop cut its shop time and customers stayed unhappy: they felt the time from wing to wing. Ask customers too.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"shop-days","kind":"operational","direction":"lower-is-better","baseline":{"value":21,"on":"2025-12-31"},"target":{"value":15,"by":"2027-12-31"}}]}',
  },
  {
    id: 'success/undefined-metric',
    summary: 'A customer-feedback metric has no metric definition (reported when definitions are given).',
    rationale:
      'A survey score is comparable only with itself: its scale, question and population need to be written down (a metric-definition document) before a target on it means anything. Checked only when the metric definitions are passed to the lint.',
    severity: 'warning',
    example:
      '{"outcome":"Airlines get engines back on the wing on the promised day.","metrics":[{"metric":"nps-repair","kind":"customer-feedback","direction":"higher-is-better"}]}',
  },
  {
    id: 'strategy/no-mission',
    summary: 'The strategy has no mission.',
    rationale:
      'Goals without a mission have nothing to add up to. The mission says what the experience should be for customers; the goals say how the company gets there.',
    severity: 'error',
    example: '{"goals":[]}',
  },
  {
    id: 'strategy/no-success-statement',
    summary: 'The strategy has no success statement.',
    rationale:
      'Without a success statement nobody has said what success means for the business, how it is measured, who owns it and by when: the strategy cannot be judged or funded.',
    severity: 'error',
    example: '{"successStatements":[]}',
  },
  {
    id: 'strategy/no-goals',
    summary: 'The strategy has no goals for leaders.',
    rationale:
      'A vision turns into work through goals for leaders: who decides, who prioritizes, and how each goal is measured. Without goals the strategy stays a statement.',
    severity: 'warning',
    example: '{"goals":[]}',
  },
  {
    id: 'strategy/vague-goal',
    summary: 'A goal is a wish or a superlative ("a superior journey for every customer, every time").',
    rationale:
      'A goal a leader is accountable for must say what will be different; a wish cannot be planned, funded or measured.',
    severity: 'warning',
    example: '{"goals":[{"id":"journey","goal":"A superior journey for every customer, every time."}]}',
  },
  {
    id: 'strategy/no-accountable-leader',
    summary: 'A goal has no accountable leader.',
    rationale:
      'Commitment comes from the top: a goal no leader answers for loses every contest for people and budget, and decisions about it die after the nod.',
    severity: 'error',
    example: '{"goals":[{"id":"quote-in-a-day","goal":"Quote every repair within one business day."}]}',
  },
  {
    id: 'strategy/no-decision-rights',
    summary: 'A goal does not say who decides and who prioritizes.',
    rationale:
      'Cross-functional goals stall when every team can say no. Naming who decides and who sets priorities (a CX council recommends, executives approve) keeps work moving after the approval.',
    severity: 'warning',
    example:
      '{"goals":[{"id":"quote-in-a-day","goal":"Quote every repair within one business day.","leader":"Head of engineering"}]}',
  },
  {
    id: 'strategy/unmeasured-goal',
    summary: 'A goal has no measure.',
    rationale: 'A goal without a measure cannot be reviewed: nobody can tell whether it was reached.',
    severity: 'warning',
    example:
      '{"goals":[{"id":"quote-in-a-day","goal":"Quote every repair within one business day.","leader":"Head of engineering","measures":[]}]}',
  },
  {
    id: 'strategy/one-kind-of-measure',
    summary: 'A goal is measured only by customer feedback, or only operationally.',
    rationale:
      'Measure each goal both ways: the operational outcome the team controls, and what the customer feels. Either alone misleads — faster shop time that customers do not notice, or a score with no lever behind it.',
    severity: 'warning',
    example:
      '{"goals":[{"id":"quote-in-a-day","goal":"Quote every repair within one business day.","leader":"Head of engineering","measures":[{"metric":"quote-days","kind":"operational"}]}]}',
  },
  {
    id: 'strategy/undefined-metric',
    summary: "A goal's measure names a metric no success statement (or given metric definition) defines.",
    rationale:
      'A measure that points at nothing is reported by nobody. Define the metric in a success statement, with its baseline and target, or keep it as a metric-definition document.',
    severity: 'warning',
    example:
      '{"goals":[{"id":"quote-in-a-day","goal":"Quote every repair within one business day.","leader":"Head of engineering","measures":[{"metric":"quote-days","kind":"operational"}]}]}',
  },
]);

/**
 * The id of a rule in {@link strategyRules}.
 *
 * @category Lint
 */
export type StrategyRuleId = keyof typeof strategyRules;
