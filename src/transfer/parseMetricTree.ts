import { parseDocument } from '../core/documents/parseDocument';
import { type MetricTree, metricTreeDocument } from './metricTreeDocument';

/**
 * Reads a metric-tree document (parsed JSON or YAML): checks its kind and schema
 * version, validates every field strictly, and checks that node ids are unique, the
 * root is a node, and edges join existing nodes once each.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The metric tree, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseMetricTree } from 'cxkit/transfer';
 *
 * const tree = parseMetricTree({
 *   kind: 'metric-tree',
 *   schemaVersion: 1,
 *   id: 'support-nps-tree',
 *   title: 'What drives support NPS',
 *   root: 'nps',
 *   nodes: [
 *     { id: 'nps', title: 'Relationship NPS', level: 'ultimate', owner: 'Chief Customer Officer', measure: 'nps-relationship' },
 *     { id: 'response-hours', title: 'Hours to first response', level: 'driver', owner: 'Support lead', measure: 'median hours' },
 *   ],
 *   edges: [{ from: 'response-hours', to: 'nps', coefficient: -0.8, basis: 'declared' }],
 * });
 * tree.edges[0]?.coefficient // => -0.8
 * parseMetricTree({ ...tree, root: 'csat' }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Metric trees
 */
export function parseMetricTree(input: unknown): MetricTree {
  return parseDocument(metricTreeDocument, input);
}
