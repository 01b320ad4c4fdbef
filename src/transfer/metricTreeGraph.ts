import { describeValue } from '../core/errors/describeValue';
import { raiseTransfer } from './messages';
import type { MetricTree } from './metricTreeDocument';

/** A node reference as a message names it: its id, or what was given instead of one. */
const nameOf = (reference: unknown) => (typeof reference === 'string' ? reference : describeValue(reference));

/** @internal A metric tree's edges by node index. */
export interface MetricTreeGraph {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly root: number;
  /** For each node, the indexes into `tree.edges` of the edges leaving it (toward the root). */
  readonly outgoing: readonly number[][];
  /** For each node, the indexes of the edges arriving at it (from below). */
  readonly incoming: readonly number[][];
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/**
 * Indexes a metric tree's nodes and edges, checking what the functions that walk it
 * rely on (for trees that did not come through {@link parseMetricTree}).
 *
 * @internal
 */
export function metricTreeGraph(tree: MetricTree): MetricTreeGraph {
  if (typeof tree !== 'object' || tree === null || !Array.isArray(tree.nodes) || !Array.isArray(tree.edges)) {
    raiseTransfer('INVALID_INPUT', ['tree', 'a metric tree (parse it with parseMetricTree)', describeValue(tree)], {
      path: [],
    });
  }
  // Index by index: a hole in a sparse list is refused like any entry that is not a node or an edge.
  const ids: string[] = [];
  for (let index = 0; index < tree.nodes.length; index++) {
    const node: unknown = tree.nodes[index];
    const id = typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      raiseTransfer('INVALID_INPUT', [`nodes[${index}]`, 'a node with an id', describeValue(node)], {
        path: ['nodes', index],
      });
    }
    ids.push(id);
  }
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const root = indexOf.get(tree.root);
  if (root === undefined) raiseTransfer('UNKNOWN_NODE', [nameOf(tree.root), undefined], { path: ['root'] });
  const outgoing: number[][] = ids.map(() => []);
  const incoming: number[][] = ids.map(() => []);
  const from = new Int32Array(tree.edges.length);
  const to = new Int32Array(tree.edges.length);
  for (let index = 0; index < tree.edges.length; index++) {
    const edge = tree.edges[index] as MetricTree['edges'][number];
    if (typeof edge !== 'object' || edge === null) {
      raiseTransfer('INVALID_INPUT', [`edges[${index}]`, 'an edge { from, to, coefficient }', describeValue(edge)], {
        path: ['edges', index],
      });
    }
    for (const end of ['from', 'to'] as const) {
      if (!indexOf.has(edge[end]))
        raiseTransfer('UNKNOWN_NODE', [nameOf(edge[end]), undefined], { path: ['edges', index, end] });
    }
    if (!Number.isFinite(edge.coefficient)) {
      raiseTransfer(
        'INVALID_INPUT',
        [`edges[${index}].coefficient`, 'a finite number', describeValue(edge.coefficient)],
        {
          path: ['edges', index, 'coefficient'],
        },
      );
    }
    from[index] = indexOf.get(edge.from) as number;
    to[index] = indexOf.get(edge.to) as number;
    outgoing[from[index] as number]?.push(index);
    incoming[to[index] as number]?.push(index);
  }
  return { ids, indexOf, root, outgoing, incoming, from, to };
}

/**
 * Every cycle met by a depth-first walk, once each (as the node ids in order, the first
 * repeated at the end), with the edge to blame: the cycle's edge written last in the
 * document, which is most often the one added by mistake.
 *
 * @internal
 */
export function findCycles(graph: MetricTreeGraph): { readonly nodes: string[]; readonly closingEdge: number }[] {
  const state = new Uint8Array(graph.ids.length); // 0 unvisited, 1 on the stack, 2 done
  const stack: number[] = [];
  // The edge by which each node on the stack was reached (-1 for the walk's start).
  const arrivals: number[] = [];
  const cycles: { nodes: string[]; closingEdge: number }[] = [];
  const seen = new Set<string>();
  const visit = (node: number, arrival: number) => {
    state[node] = 1;
    stack.push(node);
    arrivals.push(arrival);
    for (const edge of graph.outgoing[node] ?? []) {
      const next = graph.to[edge] as number;
      if (state[next] === 1) {
        const start = stack.indexOf(next);
        const members = stack.slice(start);
        const key = [...members].sort((left, right) => left - right).join(',');
        if (!seen.has(key)) {
          seen.add(key);
          const edges = [...arrivals.slice(start + 1), edge];
          cycles.push({
            nodes: [...members, next].map((index) => graph.ids[index] as string),
            closingEdge: Math.max(...edges),
          });
        }
      } else if (state[next] === 0) visit(next, edge);
    }
    stack.pop();
    arrivals.pop();
    state[node] = 2;
  };
  for (let node = 0; node < graph.ids.length; node++) if (state[node] === 0) visit(node, -1);
  return cycles;
}

/**
 * The nodes in an order where every edge goes forward (Kahn's algorithm), or a cycle
 * error naming one cycle.
 *
 * @internal
 */
export function topologicalOrder(graph: MetricTreeGraph): number[] {
  const waiting = graph.incoming.map((edges) => edges.length);
  const ready = waiting.flatMap((count, node) => (count === 0 ? [node] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    const node = ready.shift() as number;
    order.push(node);
    for (const edge of graph.outgoing[node] ?? []) {
      const next = graph.to[edge] as number;
      waiting[next] = (waiting[next] as number) - 1;
      if (waiting[next] === 0) ready.push(next);
    }
  }
  if (order.length < graph.ids.length) {
    const [cycle] = findCycles(graph);
    raiseTransfer('METRIC_TREE_CYCLE', [cycle?.nodes ?? []], {
      path: ['edges', cycle?.closingEdge ?? 0],
      details: { cycle: cycle?.nodes },
    });
  }
  return order;
}
