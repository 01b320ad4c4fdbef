import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link lintMetricHistory} reports, with why each matters. A score tracked
 * the same way for years tells a CX team more than a better score that keeps changing:
 * these rules find the places where a series stops being one series — and, because
 * customers change, a program that has gone unreviewed for years.
 *
 * @example
 * import { metricRules } from 'cxkit/metrics';
 *
 * metricRules['metric/definition-changed'].severity // => 'warning'
 * Object.keys(metricRules).length // => 7
 *
 * @category Metric definitions
 */
export const metricRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'metric/primary-metric-switched',
    summary: 'The primary CX metric moves from one metric definition to another.',
    rationale:
      'Leaders read the primary metric as the one line that says whether customers are better off. Moving it from, say, NPS to CSAT starts that line again from nothing: the years of history no longer count, and a rise or fall across the switch says nothing about customers. Any score tracked consistently beats hopping between scores. Adding a method is no crime: a new metric that ran beside the old one before taking over, with the run recorded in `sideBySide` on the version that made it primary, is not reported.',
    severity: 'warning',
    example:
      'nps-relationship is primary from 2024-01-01; csat-support becomes primary on 2026-01-01 and nps-relationship stops being primary that day',
  },
  {
    id: 'metric/definition-changed',
    summary: 'A version changes the scale, the question wording or the population of a metric.',
    rationale:
      'A score is only comparable with itself. A 0–10 scale read as 1–5, "recommend to a friend" reworded as "recommend to a colleague", or customers asked a week after a repair instead of on the day all move the score without any customer being treated differently. Before and after are two series, and a trend drawn across the break misleads. A change run side by side with the old way, with its overlap and the bridge between old and new recorded in `sideBySide`, is renewal done right and is not reported.',
    severity: 'warning',
    example:
      'version 2025-01-01 asks "How likely are you to recommend us?"; version 2026-03-01 asks "How likely are you to recommend us to a colleague?"',
  },
  {
    id: 'metric/changes-too-often',
    summary: 'A metric definition changes more often than allowed within 365 days.',
    rationale:
      'Every change breaks the series; several in a year leave no stretch long enough to see a trend, to notice a score that dips in the same month every year, or to tell an improvement from noise. Settle the definition, then keep it.',
    severity: 'warning',
    example:
      'the question wording changes on 2026-02-01 and the population on 2026-07-01 (with at most 1 change a year)',
  },
  {
    id: 'metric/change-without-reason',
    summary: 'A version after the first does not say why the metric changed.',
    rationale:
      'Whoever reads the series in two years needs to know why it bends where it does. A change without a recorded reason cannot be judged by governance, and a break nobody can explain gets read as a change in customers.',
    severity: 'info',
    example: 'a second version from 2026-03-01 with a new question and no reason',
  },
  {
    id: 'metric/not-reviewed',
    summary: 'On the asOf date a metric in use has not been reviewed or changed within the allowed period.',
    rationale:
      'Continuity is not the same as neglect. Customers change, and a survey program unchanged for ten years asks about an experience that no longer exists, of people who no longer answer. Review the question, the population and the scale on a cadence — keep them when they still serve, change them side by side when they do not — and record the review in `lastReview`.',
    severity: 'warning',
    example:
      'a definition whose only version took effect on 2016-03-01 and that has no lastReview, linted as of 2026-11-22',
  },
  {
    id: 'metric/no-primary-metric',
    summary: 'On the asOf date no metric definition is primary.',
    rationale:
      'Without one metric the organization agrees to steer by, every team can point at the score that flatters it, and no one owns the overall perception of customers. Name one primary CX metric (NPS, CSAT, CES or a mix) and track it.',
    severity: 'info',
    example: 'every definition has primary: false in the version in force on the asOf date',
  },
  {
    id: 'metric/several-primary-metrics',
    summary: 'On the asOf date more than one metric definition is primary.',
    rationale:
      'Two primary metrics that move apart give leaders two answers to one question, and teams pick the one that suits them. One primary metric, with the others as drivers beneath it, keeps the organization looking at the same line.',
    severity: 'warning',
    example: 'nps-relationship and csat-support both have primary: true in the versions in force on the asOf date',
  },
]);

/**
 * The id of a rule in {@link metricRules}.
 *
 * @category Metric definitions
 */
export type MetricRuleId = keyof typeof metricRules;
