import type { PropertyPath } from '../core/errors/PropertyPath';
import type { MetricDefinition } from './metricDefinitionDocument';

/**
 * What the metric-history checks share: the definitions, and how to write a path into
 * the caller's input (with the definition's index when an array was given, without it
 * when a single definition was).
 *
 * @internal
 */
export interface MetricHistoryContext {
  readonly definitions: readonly MetricDefinition[];
  readonly pathTo: (definitionIndex: number, ...rest: ReadonlyArray<string | number>) => PropertyPath;
}
