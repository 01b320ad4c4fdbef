import { defineScale, type MetricDefinition, type MetricName, type Scale } from '../../metrics/index';

/**
 * @internal The metric and scale a survey's scores are read on: the definition's last
 * version's scale; a custom metric is scored as CSAT is (the share of favorable answers
 * on its own scale); NPS is always 0–10.
 */
export function metricOptionsOf(definition: MetricDefinition): { metric: MetricName; scale?: Scale } {
  const version = definition.versions[definition.versions.length - 1] as MetricDefinition['versions'][number];
  const metric = definition.metric === 'custom' ? 'csat' : definition.metric;
  if (metric === 'nps') return { metric };
  const scale = defineScale({
    name: definition.id,
    min: version.scale.min,
    max: version.scale.max,
    favorable: version.scale.favorable,
    ...(version.scale.unfavorable === undefined ? {} : { unfavorable: version.scale.unfavorable }),
  });
  return { metric, scale };
}
