import type { MetricDefinition } from './metricDefinitionDocument';

/**
 * How findings name a metric definition: its title for people, its id to find the file.
 *
 * @internal
 */
export function definitionLabel(definition: MetricDefinition): string {
  return `"${definition.title}" (${definition.id})`;
}
