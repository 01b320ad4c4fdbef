import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import {
  lintMetricTree,
  type MetricTree,
  metricTreeRules,
  parseMetricTree,
  propagateChange,
  safeParseMetricTree,
} from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';

type Edge = MetricTree['edges'][number];
const node = (id: string, level: 'ultimate' | 'driver' | 'measure', extra: object = {}) => ({
  id,
  title: id,
  level,
  owner: `${id} owner`,
  measure: `${id} report`,
  ...extra,
});
const fitted = (from: string, to: string, coefficient: number): Edge =>
  ({ from, to, coefficient, basis: 'fitted', fit: { rSquared: 0.4, n: 800 } }) as Edge;

/**
 * A diamond: staffing drives both response time and resolution; both drive NPS.
 *   staffing → responseHours (−2 h per agent), staffing → resolution (+0.01 per agent),
 *   responseHours → nps (−0.5 per hour), resolution → nps (+40 per unit share).
 */
const diamond = () =>
  parseMetricTree({
    kind: 'metric-tree',
    schemaVersion: 1,
    id: 'support',
    title: 'Support NPS',
    root: 'nps',
    nodes: [
      node('nps', 'ultimate'),
      node('responseHours', 'driver'),
      node('resolution', 'driver'),
      node('staffing', 'measure'),
    ],
    edges: [
      fitted('responseHours', 'nps', -0.5),
      fitted('resolution', 'nps', 40),
      fitted('staffing', 'responseHours', -2),
      fitted('staffing', 'resolution', 0.01),
    ],
  });

describe('propagateChange', () => {
  it('sums the effect over every path to the root (hand calculation)', () => {
    // Two more agents: responseHours −4 → NPS +2; resolution +0.02 → NPS +0.8; in all +2.8.
    const result = propagateChange(diamond(), { staffing: 2 });
    expect(result.root).toBe('nps');
    expect(result.rootChange).toBeCloseTo(2.8, 12);
    expect(result.nodes.responseHours).toBe(-4);
    expect(result.nodes.resolution).toBeCloseTo(0.02, 15);
    expect(result.contributions.staffing).toBeCloseTo(2.8, 12);
  });

  it('adds changes given at several levels, and splits the root change by contribution', () => {
    // staffing +1 (→ +1.4 at the root) and responseHours own −3 (→ +1.5): +2.9.
    const result = propagateChange(diamond(), { staffing: 1, responseHours: -3 });
    expect(result.rootChange).toBeCloseTo(2.9, 12);
    expect(result.nodes.responseHours).toBe(-5);
    expect(result.contributions.staffing).toBeCloseTo(1.4, 12);
    expect(result.contributions.responseHours).toBeCloseTo(1.5, 12);
  });

  it('refuses a cycle, naming it, and unknown nodes', () => {
    const tree = diamond();
    const cyclic = { ...tree, edges: [...tree.edges, fitted('responseHours', 'staffing', 0.1)] };
    const error = expectCxError(() => propagateChange(cyclic, { staffing: 1 }), 'METRIC_TREE_CYCLE', ['edges', 4]);
    expect(error.message).toContain('(responseHours → staffing → responseHours)');
    const unknown = expectCxError(() => propagateChange(tree, { stafing: 1 }), 'UNKNOWN_NODE', ['changes', 'stafing']);
    expect(unknown.message).toContain('did you mean "staffing"?');
    expectCxError(() => propagateChange(tree, { staffing: Number.NaN }), 'INVALID_INPUT', ['changes', 'staffing']);
  });
});

describe('metric-tree documents', () => {
  it('reports duplicate ids, a missing root, dangling and repeated edges, self-loops and fits not described', () => {
    const result = safeParseMetricTree({
      kind: 'metric-tree',
      schemaVersion: 1,
      id: 'broken',
      title: 'Broken',
      root: 'csat',
      nodes: [node('nps', 'ultimate'), node('nps', 'driver')],
      edges: [
        { from: 'nps', to: 'nps', coefficient: 1, basis: 'declared' },
        { from: 'ghost', to: 'nps', coefficient: 1, basis: 'fitted' },
        { from: 'nps', to: 'nps', coefficient: 2, basis: 'declared' },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(CxValidationError);
    const paths = (result.error as CxValidationError).issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['nodes', 1, 'id'],
        ['root'],
        ['edges', 0, 'to'],
        ['edges', 1, 'from'],
        ['edges', 1, 'fit'],
        ['edges', 2],
      ]),
    );
  });

  it('refuses unknown fields rather than dropping them', () => {
    const tree = diamond();
    expect(
      safeParseMetricTree({ ...tree, nodes: [{ ...tree.nodes[0], ownr: 'x' }, ...tree.nodes.slice(1)] }).success,
    ).toBe(false);
  });
});

describe('lintMetricTree', () => {
  it('finds nothing in a complete, fitted, acyclic tree', () => {
    expect(lintMetricTree(diamond())).toEqual([]);
  });

  it('reports every rule, each with its path', () => {
    const tree = diamond();
    const findings = lintMetricTree({
      ...tree,
      nodes: [
        ...tree.nodes.slice(0, 3),
        { id: 'staffing', title: 'Agents on shift', level: 'measure' },
        node('callVolume', 'measure'),
      ],
      edges: [
        ...tree.edges.slice(0, 3),
        { from: 'staffing', to: 'resolution', coefficient: 0.01, basis: 'declared' },
        fitted('resolution', 'staffing', 0.2),
      ],
    } as MetricTree);
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['metric-tree/cycle', ['edges', 4]],
      ['metric-tree/unreachable-node', ['nodes', 4]],
      ['metric-tree/edge-not-fitted', ['edges', 3, 'basis']],
    ]);
    // staffing is no leaf once resolution feeds it; on its own, it is a leaf without owner or measure.
    const leaf = lintMetricTree({
      ...tree,
      nodes: [...tree.nodes.slice(0, 3), { id: 'staffing', title: 'Agents on shift', level: 'measure' }],
    } as MetricTree);
    expect(leaf.map((finding) => [finding.rule, finding.path])).toEqual([
      ['metric-tree/leaf-without-measure', ['nodes', 3, 'measure']],
      ['metric-tree/leaf-without-owner', ['nodes', 3, 'owner']],
    ]);
    expect(Object.keys(metricTreeRules).sort()).toEqual(
      [...new Set([...findings, ...leaf].map((finding) => finding.rule))].sort(),
    );
  });

  it('reads its input as a document first', () => {
    expectCxError(() => lintMetricTree({ kind: 'metric-definition' } as never), 'WRONG_DOCUMENT_KIND', ['kind']);
  });
});
