import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link lintMetricTree} reports, with why each matters. A metric tree is
 * only as useful as its weakest link: a measure nobody owns does not move, a measure
 * nobody can read cannot be tracked, a coefficient nobody fitted is a guess, and a
 * cycle or a stray node means the tree does not say how work reaches the customer.
 *
 * @example
 * import { metricTreeRules } from 'cxkit/transfer';
 *
 * metricTreeRules['metric-tree/cycle'].severity // => 'error'
 * Object.keys(metricTreeRules).length // => 5
 *
 * @category Metric trees
 */
export const metricTreeRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'metric-tree/cycle',
    summary: 'Edges form a cycle: a node drives, through others, itself.',
    rationale:
      'A transfer function runs from causes to the ultimate CX metric. In a cycle a change feeds back on itself, so no effect at the root can be computed and the tree no longer says which lever to pull. Usually one edge points the wrong way.',
    severity: 'error',
    example: 'response-hours → backlog and backlog → response-hours',
  },
  {
    id: 'metric-tree/leaf-without-owner',
    summary: 'A leaf (a measure nothing feeds) has no owner.',
    rationale:
      'Leaves are the levers: the operational measures a team can move. A lever nobody owns is not pulled, and governance cannot ask anyone why it slipped.',
    severity: 'warning',
    example: '{ id: "agents-on-shift", level: "measure" } without owner',
  },
  {
    id: 'metric-tree/leaf-without-measure',
    summary: 'A leaf has no measure: nothing says how it is tracked.',
    rationale:
      'A lever that is not measured consistently cannot be linked to the ultimate metric or shown to have moved. Name the metric definition, query or report it comes from.',
    severity: 'warning',
    example: '{ id: "agents-on-shift", level: "measure", owner: "Workforce planning" } without measure',
  },
  {
    id: 'metric-tree/edge-not-fitted',
    summary: 'An edge carries a declared coefficient, not one fitted from data.',
    rationale:
      'A declared coefficient is a judgment. It is a fair start, but leaders will read the tree as evidence; fit a transfer function once the data exists, so the tree shows which driver is really working.',
    severity: 'info',
    example: '{ from: "agents-on-shift", to: "response-hours", coefficient: -2, basis: "declared" }',
  },
  {
    id: 'metric-tree/unreachable-node',
    summary: 'A node has no path of edges up to the root.',
    rationale:
      'A measure that does not connect to the ultimate CX metric cannot show its effect on the customer; either an edge is missing or the measure does not belong in this tree.',
    severity: 'warning',
    example: 'a node "call-volume" with no edge leaving it',
  },
]);

/**
 * The id of a rule in {@link metricTreeRules}.
 *
 * @category Metric trees
 */
export type MetricTreeRuleId = keyof typeof metricTreeRules;
