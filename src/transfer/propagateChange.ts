import { describeValue } from '../core/errors/describeValue';
import { suggestKey } from '../core/errors/suggestKey';
import { raiseTransfer } from './messages';
import type { MetricTree } from './metricTreeDocument';
import { metricTreeGraph, topologicalOrder } from './metricTreeGraph';

/**
 * What {@link propagateChange} returns.
 *
 * @category Metric trees
 */
export interface PropagatedChange {
  /** The root's id. */
  readonly root: string;
  /** The change at the root (the ultimate CX metric), in its unit. */
  readonly rootChange: number;
  /** The total change at every node: its own change plus what flows in from below. */
  readonly nodes: Readonly<Record<string, number>>;
  /**
   * The part of `rootChange` due to each given change on its own, by node id; they sum
   * to `rootChange` (the tree is linear).
   */
  readonly contributions: Readonly<Record<string, number>>;
}

/**
 * Carries changes in drivers or operational measures up a metric tree to the ultimate
 * CX metric: each node changes by its own change plus, for every edge into it, the edge's
 * coefficient times the change of the node below. Linear, so each given change's effect
 * at the root is reported apart as well.
 *
 * @param tree - A metric tree (from {@link parseMetricTree}).
 * @param changes - The change of each node that moves, by node id (in the node's unit).
 * @returns The change at the root, at every node, and each given change's contribution at the root.
 * @throws `CxError` `METRIC_TREE_CYCLE` (naming the cycle; path of the edge closing it), `UNKNOWN_NODE` (with a
 *   suggestion), `INVALID_INPUT` (a change that is not a finite number).
 *
 * @example
 * import { parseMetricTree, propagateChange } from 'cxkit/transfer';
 *
 * const tree = parseMetricTree({
 *   kind: 'metric-tree',
 *   schemaVersion: 1,
 *   id: 'support-nps-tree',
 *   title: 'What drives support NPS',
 *   root: 'nps',
 *   nodes: [
 *     { id: 'nps', title: 'Relationship NPS', level: 'ultimate' },
 *     { id: 'response-hours', title: 'Hours to first response', level: 'driver' },
 *     { id: 'agents-on-shift', title: 'Agents on shift', level: 'measure' },
 *   ],
 *   edges: [
 *     { from: 'response-hours', to: 'nps', coefficient: -0.5, basis: 'fitted', fit: { rSquared: 0.41, n: 1200 } },
 *     { from: 'agents-on-shift', to: 'response-hours', coefficient: -2, basis: 'declared' },
 *   ],
 * });
 * // Three more agents on shift: six hours faster, three NPS points.
 * propagateChange(tree, { 'agents-on-shift': 3 }).rootChange // => 3
 * propagateChange(tree, { 'agents-on-shift': 3 }).nodes // => { nps: 3, 'response-hours': -6, 'agents-on-shift': 3 }
 * propagateChange(tree, { 'agent-on-shift': 3 }) // throws CxError UNKNOWN_NODE
 *
 * @category Metric trees
 */
export function propagateChange(tree: MetricTree, changes: Readonly<Record<string, number>>): PropagatedChange {
  const graph = metricTreeGraph(tree);
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    raiseTransfer('INVALID_INPUT', ['changes', 'an object of changes by node id', describeValue(changes)], {
      path: ['changes'],
    });
  }
  const own = new Float64Array(graph.ids.length);
  const given: number[] = [];
  for (const [id, change] of Object.entries(changes)) {
    const node = graph.indexOf.get(id);
    if (node === undefined) {
      raiseTransfer('UNKNOWN_NODE', [id, suggestKey(id, graph.ids)], { path: ['changes', id] });
    }
    if (typeof change !== 'number' || !Number.isFinite(change)) {
      raiseTransfer('INVALID_INPUT', [`changes.${id}`, 'a finite number', describeValue(change)], {
        path: ['changes', id],
      });
    }
    own[node] = change;
    given.push(node);
  }
  const order = topologicalOrder(graph);
  const coefficient = (edge: number) => tree.edges[edge]?.coefficient as number;
  const total = new Float64Array(graph.ids.length);
  for (const node of order) {
    let sum = own[node] as number;
    for (const edge of graph.incoming[node] ?? [])
      sum += coefficient(edge) * (total[graph.from[edge] as number] as number);
    total[node] = sum;
  }
  // How much the root moves per unit of each node: the sum over paths of the product of coefficients.
  const toRoot = new Float64Array(graph.ids.length);
  toRoot[graph.root] = 1;
  for (let position = order.length - 1; position >= 0; position--) {
    const node = order[position] as number;
    if (node === graph.root) continue;
    let sum = 0;
    for (const edge of graph.outgoing[node] ?? [])
      sum += coefficient(edge) * (toRoot[graph.to[edge] as number] as number);
    toRoot[node] = sum;
  }
  return {
    root: graph.ids[graph.root] as string,
    rootChange: total[graph.root] as number,
    nodes: Object.fromEntries(graph.ids.map((id, index) => [id, total[index] as number])),
    contributions: Object.fromEntries(
      given.map((node) => [graph.ids[node] as string, (own[node] as number) * (toRoot[node] as number)]),
    ),
  };
}
