import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type MetricTree, metricTreeDocument } from './metricTreeDocument';

/**
 * The non-throwing twin of {@link parseMetricTree}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseMetricTree } from 'cxkit/transfer';
 *
 * const result = safeParseMetricTree({
 *   kind: 'metric-tree',
 *   schemaVersion: 1,
 *   id: 'support-nps-tree',
 *   title: 'What drives support NPS',
 *   root: 'nps',
 *   nodes: [{ id: 'nps', title: 'Relationship NPS', level: 'ultimate' }],
 *   edges: [{ from: 'backlog', to: 'nps', coefficient: -0.1, basis: 'declared' }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['edges', 0, 'from']
 *
 * @category Metric trees
 */
export function safeParseMetricTree(input: unknown): SafeResult<MetricTree> {
  return safeParseDocument(metricTreeDocument, input);
}
