import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { definitionLabel } from './definitionLabel';
import type { MetricHistoryContext } from './MetricHistoryContext';
import { metricRules } from './metricRules';

// Calendar arithmetic on checked ISO dates: the same in every time zone.
function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Reports each definition in use on `asOfDate` (a version in force, and not marked
 * `retired` in its metadata) whose last renewal — its last review or the latest version
 * in force, whichever is later — lies more than `reviewWithinMonths` before it
 * (`metric/not-reviewed`).
 *
 * @internal
 */
export function findUnreviewedDefinitions(
  context: MetricHistoryContext,
  asOfDate: string,
  reviewWithinMonths: number,
): Finding[] {
  const due = monthsBefore(asOfDate, reviewWithinMonths);
  const findings: Finding[] = [];
  context.definitions.forEach((definition, index) => {
    if (definition.metadata?.status === 'retired') return;
    const started = definition.versions.filter((version) => version.effectiveFrom <= asOfDate);
    const latest = started[started.length - 1];
    if (latest === undefined) return;
    const reviewed = definition.lastReview?.date;
    const renewed = reviewed !== undefined && reviewed > latest.effectiveFrom ? reviewed : latest.effectiveFrom;
    if (renewed >= due) return;
    const since =
      renewed === reviewed
        ? `was last reviewed on ${renewed}`
        : started.length === 1
          ? `has run unchanged since ${renewed} with no review recorded`
          : `was last changed on ${renewed} with no review recorded since`;
    findings.push(
      findingFromRule(metricRules['metric/not-reviewed'], {
        message: `${definitionLabel(definition)} ${since}, more than ${plural(reviewWithinMonths, 'month')} before ${asOfDate}: customers change, and a program left as it is stops hearing them.`,
        path: context.pathTo(index, definition.lastReview === undefined ? 'versions' : 'lastReview'),
        hint: 'Review the question, the population and the scale with governance: keep what still serves, change the rest side by side, and record the review in lastReview.',
      }),
    );
  });
  return findings;
}
