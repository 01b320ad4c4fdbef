import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));

const nodeSchema = () =>
  z.strictObject({
    id: identifierSchema('MetricTreeNodeId'),
    title: text(),
    /** `ultimate` for the root CX metric, `driver` for what customers perceive, `measure` for what operations control. */
    level: z.enum(['ultimate', 'driver', 'measure']),
    /** Who answers for moving it: a person or a team. */
    owner: z.optional(text()),
    /** How it is measured: a metric definition id, a query name or a sentence. */
    measure: z.optional(text()),
    unit: z.optional(text()),
    description: z.optional(z.string()),
  });

const fitSchema = () =>
  z.strictObject({
    /** Where the fitted transfer function is kept (a file, a document id). */
    source: z.optional(text()),
    standardError: z.optional(z.number().check(z.nonnegative())),
    rSquared: z.optional(z.number().check(z.gte(0), z.lte(1))),
    n: z.optional(z.number().check(z.int(), z.positive())),
    fittedOn: z.optional(isoDateSchema),
  });

const edgeSchema = () =>
  z.strictObject({
    /** The node that drives (below). */
    from: identifierSchema('MetricTreeNodeId'),
    /** The node it drives (above, toward the root). */
    to: identifierSchema('MetricTreeNodeId'),
    /** The change in `to` per unit change in `from`, others held fixed. */
    coefficient: z.number(),
    /** `fitted` from data (give `fit`), or `declared` by judgment until data exists. */
    basis: z.enum(['fitted', 'declared']),
    fit: z.optional(fitSchema()),
    note: z.optional(z.string()),
  });

/**
 * The document kind `metric-tree`: the measurement system behind the ultimate CX
 * metric, as a tree of critical-to-quality measures. The root is the ultimate metric
 * (say relationship NPS); below it the drivers customers perceive (speed of response,
 * first-contact resolution); below those the operational measures teams control
 * (staffing, backlog). Each edge carries a transfer coefficient, fitted from data with
 * {@link fitTransferFunction} or declared by judgment until data exists.
 *
 * Besides the strict schema: node ids are unique, the root is one of the nodes, edges
 * join existing nodes, no edge joins a node to itself or repeats another, and a fitted
 * edge says so with `fit`. Cycles and unreachable nodes are valid to write down and
 * are reported by {@link lintMetricTree}.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { metricTreeDocument } from 'cxkit/transfer';
 *
 * metricTreeDocument.kind // => 'metric-tree'
 * documentJsonSchema(metricTreeDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'root', 'nodes', 'edges']
 *
 * @category Metric trees
 */
export const metricTreeDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'metric-tree',
  schemaVersion: 1,
  description:
    'The ultimate CX metric at the root, the drivers and operational measures below it, and the transfer coefficient on each edge.',
  shape: {
    root: identifierSchema('MetricTreeNodeId'),
    nodes: z.array(nodeSchema()).check(z.minLength(1)),
    edges: z.array(edgeSchema()),
  },
  check: (document, report) => {
    const firstIndex = reportRepeats(
      document.nodes.map((node) => node.id as string),
      'Node id',
      (index) => ['nodes', index, 'id'],
      report,
    );
    if (!firstIndex.has(document.root)) {
      report({ message: `The root "${document.root}" is not one of the nodes.`, path: ['root'] });
    }
    const seen = new Map<string, number>();
    document.edges.forEach((edge, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!firstIndex.has(edge[end])) {
          report({ message: `Edge ${end} "${edge[end]}" is not one of the nodes.`, path: ['edges', index, end] });
        }
      }
      if (edge.from === edge.to) {
        report({ message: `The edge joins "${edge.from}" to itself.`, path: ['edges', index, 'to'] });
      }
      const key = `${edge.from}\u0000${edge.to}`;
      const first = seen.get(key);
      if (first !== undefined) {
        report({
          message: `The edge from "${edge.from}" to "${edge.to}" repeats edges[${first}]; give each pair one coefficient.`,
          path: ['edges', index],
        });
      } else seen.set(key, index);
      if (edge.basis === 'fitted' && edge.fit === undefined) {
        report({
          message: 'A fitted edge needs fit: say where the transfer function is kept, its R², n or date.',
          path: ['edges', index, 'fit'],
        });
      }
    });
  },
});

/**
 * A metric tree as {@link parseMetricTree} returns it.
 *
 * @category Metric trees
 */
export type MetricTree = DocumentOf<typeof metricTreeDocument>;
