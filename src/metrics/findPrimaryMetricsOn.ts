import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { definitionLabel } from './definitionLabel';
import type { MetricHistoryContext } from './MetricHistoryContext';
import type { MetricDefinition } from './metricDefinitionDocument';
import { metricRules } from './metricRules';

/**
 * Reports whether, on one calendar date, no definition is primary
 * (`metric/no-primary-metric`) or several are (`metric/several-primary-metrics`, one
 * finding per primary definition, so that each place to fix is named).
 *
 * @internal
 */
export function findPrimaryMetricsOn(context: MetricHistoryContext, date: string): Finding[] {
  const { definitions } = context;
  const primary: Array<{ readonly index: number; readonly versionIndex: number }> = [];
  definitions.forEach((definition, index) => {
    // Versions are in date order, so the last one that has started is in force.
    let versionIndex = definition.versions.length - 1;
    while (versionIndex >= 0 && (definition.versions[versionIndex]?.effectiveFrom as string) > date) versionIndex--;
    if (versionIndex >= 0 && definition.versions[versionIndex]?.primary === true) primary.push({ index, versionIndex });
  });
  if (primary.length === 0) {
    return [
      findingFromRule(metricRules['metric/no-primary-metric'], {
        message: `No metric definition is primary on ${date}: there is no one score the organization agrees to steer by.`,
        path: [],
        hint: 'Choose one metric (NPS, CSAT, CES or a mix) as the primary CX metric and set primary: true in its version in force.',
      }),
    ];
  }
  if (primary.length === 1) return [];
  return primary.map(({ index, versionIndex }) => {
    const others = primary
      .map((other) => definitions[other.index] as MetricDefinition)
      .filter((other) => other !== definitions[index])
      .sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
      .map(definitionLabel);
    return findingFromRule(metricRules['metric/several-primary-metrics'], {
      message: `On ${date} ${definitionLabel(definitions[index] as MetricDefinition)} is primary together with ${others.join(', ')}: ${primary.length} primary metrics give leaders ${primary.length} answers to one question.`,
      path: context.pathTo(index, 'versions', versionIndex, 'primary'),
      hint: 'Keep one primary metric and set primary: false in the others’ versions in force; track them as drivers beneath it.',
    });
  });
}
