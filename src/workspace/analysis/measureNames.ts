import type { MetricDefinition } from '../../metrics/index';
import type { MetricTree } from '../../transfer/index';
import type { Workspace } from '../Workspace';
import type { MeasureName } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';

/**
 * @internal Every measure a workspace names, by id: metric definitions (their title),
 * then metric-tree nodes (title and unit) for ids no definition has; the first document
 * with an id wins.
 */
export function measureNames(workspace: Workspace): ReadonlyMap<string, MeasureName> {
  const names = new Map<string, MeasureName>();
  for (const entry of documentsOf<MetricDefinition>(workspace, 'metric-definition')) {
    if (!names.has(entry.id)) names.set(entry.id, { title: entry.document.title, unit: null });
  }
  for (const entry of documentsOf<MetricTree>(workspace, 'metric-tree')) {
    for (const node of entry.document.nodes) {
      if (!names.has(node.id)) names.set(node.id, { title: node.title, unit: node.unit ?? null });
    }
  }
  return names;
}
