import { parseDocument } from '../core/documents/parseDocument';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import { metricTreeDocument } from './metricTreeDocument';
import { findCycles, metricTreeGraph } from './metricTreeGraph';
import { metricTreeRules } from './metricTreeRules';

/**
 * Checks a metric tree for the weak links of a measurement system: cycles, leaves
 * (the levers) without an owner or a measure, coefficients declared rather than fitted,
 * and nodes with no path to the root. Each rule is documented in {@link metricTreeRules}.
 *
 * @param tree - A metric tree, or its parsed JSON or YAML (it is read as a document first).
 * @returns The findings, most serious first, then in document order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` when the input is not a valid metric-tree document;
 *   `CxError` `WRONG_DOCUMENT_KIND`, `NEWER_SCHEMA_VERSION`.
 *
 * @example
 * import { lintMetricTree } from 'cxkit/transfer';
 *
 * const findings = lintMetricTree({
 *   kind: 'metric-tree',
 *   schemaVersion: 1,
 *   id: 'support-nps-tree',
 *   title: 'What drives support NPS',
 *   root: 'nps',
 *   nodes: [
 *     { id: 'nps', title: 'Relationship NPS', level: 'ultimate', owner: 'CCO', measure: 'nps-relationship' },
 *     { id: 'response-hours', title: 'Hours to first response', level: 'driver', owner: 'Support lead' },
 *   ],
 *   edges: [{ from: 'response-hours', to: 'nps', coefficient: -0.5, basis: 'declared' }],
 * });
 * findings.map((finding) => [finding.rule, finding.path])
 * // => [['metric-tree/leaf-without-measure', ['nodes', 1, 'measure']], ['metric-tree/edge-not-fitted', ['edges', 0, 'basis']]]
 *
 * @category Metric trees
 */
export function lintMetricTree(tree: unknown): Finding[] {
  const document = parseDocument(metricTreeDocument, tree);
  const graph = metricTreeGraph(document);
  const findings: Finding[] = [];
  for (const cycle of findCycles(graph)) {
    findings.push(
      findingFromRule(metricTreeRules['metric-tree/cycle'], {
        message: `The edges form a cycle: ${cycle.nodes.join(' → ')}.`,
        path: ['edges', cycle.closingEdge],
        hint: 'Point every edge from the driver to what it drives, toward the root.',
      }),
    );
  }
  // Nodes that reach the root: walk edges backwards from it.
  const reaches = new Uint8Array(graph.ids.length);
  reaches[graph.root] = 1;
  const queue = [graph.root];
  while (queue.length > 0) {
    const node = queue.pop() as number;
    for (const edge of graph.incoming[node] ?? []) {
      const below = graph.from[edge] as number;
      if (reaches[below] === 0) {
        reaches[below] = 1;
        queue.push(below);
      }
    }
  }
  document.nodes.forEach((node, index) => {
    const label = `"${node.title}" (${node.id})`;
    if (index !== graph.root && reaches[index] === 0) {
      findings.push(
        findingFromRule(metricTreeRules['metric-tree/unreachable-node'], {
          message: `${label} has no path of edges up to the root "${document.root}": its effect on the ultimate metric is unknown.`,
          path: ['nodes', index],
          hint: 'Add the edge to the node it drives, or move it to a tree where it belongs.',
        }),
      );
    }
    const isLeaf = (graph.incoming[index] ?? []).length === 0 && index !== graph.root;
    if (!isLeaf) return;
    if (node.owner === undefined) {
      findings.push(
        findingFromRule(metricTreeRules['metric-tree/leaf-without-owner'], {
          message: `${label} is a lever of the tree but has no owner.`,
          path: ['nodes', index, 'owner'],
          hint: 'Name the person or team who answers for moving it.',
        }),
      );
    }
    if (node.measure === undefined) {
      findings.push(
        findingFromRule(metricTreeRules['metric-tree/leaf-without-measure'], {
          message: `${label} is a lever of the tree but nothing says how it is measured.`,
          path: ['nodes', index, 'measure'],
          hint: 'Name the metric definition, query or report it is tracked with.',
        }),
      );
    }
  });
  document.edges.forEach((edge, index) => {
    if (edge.basis !== 'declared') return;
    findings.push(
      findingFromRule(metricTreeRules['metric-tree/edge-not-fitted'], {
        message: `The coefficient ${edge.coefficient} from "${edge.from}" to "${edge.to}" is declared, not fitted from data.`,
        path: ['edges', index, 'basis'],
        hint: 'Fit a transfer function (fitTransferFunction) on the two measures and record it under fit.',
      }),
    );
  });
  return sortFindings(findings);
}
