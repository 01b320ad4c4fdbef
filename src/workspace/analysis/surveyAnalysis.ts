import { defineScale, findRecurringDips, type MetricDefinition, scoreSeries } from '../../metrics/index';
import { raiseWorkspace } from '../messages';
import type { SurveyResponsesData, Workspace } from '../Workspace';
import type { SurveyAnalysis } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';
import { surveyTrend } from './surveyTrend';

/** @internal A survey data set's monthly series and recurring dips, on its metric definition's scale. */
export function surveyAnalysis(workspace: Workspace, data: SurveyResponsesData, timeZone: string): SurveyAnalysis {
  const definition = documentsOf<MetricDefinition>(workspace, 'metric-definition').find(
    (entry) => entry.id === data.metric,
  )?.document;
  if (definition === undefined) raiseWorkspace('MISSING_LINK', ['metric definition', data.metric]);
  // The scale in force last: a series that spans a scale change is flagged by
  // lintMetricHistory, and scores off this scale are refused rather than bent onto it.
  const version = definition.versions[definition.versions.length - 1] as MetricDefinition['versions'][number];
  const scale = defineScale({
    name: definition.id,
    min: version.scale.min,
    max: version.scale.max,
    favorable: version.scale.favorable,
    ...(version.scale.unfavorable === undefined ? {} : { unfavorable: version.scale.unfavorable }),
  });
  const responses = data.responses;
  // A custom metric is scored as the share of favorable answers on its own scale, as CSAT is.
  const metric = definition.metric === 'custom' ? 'csat' : definition.metric;
  // NPS is always 0–10 (scoreSeries refuses another scale); the others take the definition's.
  const options = metric === 'nps' ? ({ metric, timeZone } as const) : ({ metric, scale, timeZone } as const);
  const series = scoreSeries(responses, { ...options, unit: 'month' });
  return {
    data: data.id,
    file: data.file,
    definition,
    series,
    dips: findRecurringDips(responses, { ...options, season: 'month' }),
    trend: surveyTrend(series),
  };
}
