import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type MetricDefinition, metricDefinitionDocument } from './metricDefinitionDocument';

/**
 * The non-throwing twin of {@link parseMetricDefinition}: every failure it would throw
 * comes back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseMetricDefinition } from 'cxkit/metrics';
 *
 * const result = safeParseMetricDefinition({
 *   kind: 'metric-definition',
 *   schemaVersion: 1,
 *   id: 'csat-support',
 *   title: 'CSAT after support',
 *   metric: 'csat',
 *   versions: [
 *     {
 *       effectiveFrom: '2025-01-01',
 *       scale: { min: 1, max: 5, favorable: { from: 4, to: 6 } },
 *       question: 'How satisfied were you with the support you received?',
 *       population: 'customers the day after a support case closes',
 *       primary: false,
 *     },
 *   ],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['versions', 0, 'scale', 'favorable', 'to']
 *
 * @category Metric definitions
 */
export function safeParseMetricDefinition(input: unknown): SafeResult<MetricDefinition> {
  return safeParseDocument(metricDefinitionDocument, input);
}
