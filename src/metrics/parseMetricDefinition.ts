import { parseDocument } from '../core/documents/parseDocument';
import { type MetricDefinition, metricDefinitionDocument } from './metricDefinitionDocument';

/**
 * Reads a metric-definition document (parsed JSON or YAML): checks its kind and schema
 * version, validates every field strictly, and checks that versions follow each other
 * in time and that each scale's bands fit the scale.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The metric definition, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseMetricDefinition } from 'cxkit/metrics';
 *
 * const definition = parseMetricDefinition({
 *   kind: 'metric-definition',
 *   schemaVersion: 1,
 *   id: 'nps-repair',
 *   title: 'NPS after repair',
 *   metric: 'nps',
 *   versions: [
 *     {
 *       effectiveFrom: '2025-01-01',
 *       scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } },
 *       question: 'How likely are you to recommend us to a colleague?',
 *       population: 'customers 7 days after a repair',
 *       primary: true,
 *     },
 *   ],
 * });
 * definition.versions[0]?.population // => 'customers 7 days after a repair'
 * parseMetricDefinition({ kind: 'metric-definition', schemaVersion: 1, id: 'nps-repair', title: 'NPS', metric: 'nps', versions: [] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Metric definitions
 */
export function parseMetricDefinition(input: unknown): MetricDefinition {
  return parseDocument(metricDefinitionDocument, input);
}
