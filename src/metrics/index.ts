/**
 * `cxkit/metrics`: NPS, CSAT, CES and custom scores with honest statistics — counts
 * that merge across shards, scores with intervals, comparisons, sample sizes, series
 * over time, recurring dips, scores linked to business outcomes (by customer and over
 * time), and the continuity and renewal of a metric's definition.
 *
 * @module metrics
 */

export type { MultipleTesting } from '../stats/adjustPValues';
export { type CesFromCountsOptions, type CesOptions, type CesScore, ces, cesFromCounts } from './ces';
export { cesScale } from './cesScale';
export { type CompareCesOptions, compareCes } from './compareCes';
export { type CompareCsatOptions, compareCsat } from './compareCsat';
export { type CompareNpsOptions, compareNps } from './compareNps';
export { type CountScoresOptions, countScores } from './countScores';
export { countWeightedScores } from './countWeightedScores';
export {
  createSurveyExportParser,
  type SurveyExportOptions,
  type SurveyExportParser,
} from './createSurveyExportParser';
export {
  type CsatFromCountsOptions,
  type CsatOptions,
  type CsatScore,
  csat,
  csatFromCounts,
  type ShareIntervalMethod,
} from './csat';
export { csatScale } from './csatScale';
export { type DefineScaleInput, defineScale } from './defineScale';
// Series over time and recurring dips.
export {
  type FindRecurringDipsOptions,
  findRecurringDips,
  type RecurringDip,
  type Season,
  type SeasonYearEvidence,
} from './findRecurringDips';
export type { ConfidenceInterval } from './intervals';
// Scores linked to business outcomes.
export {
  type LagCorrelation,
  type LeadLag,
  type LeadLagOptions,
  leadLag,
} from './leadLag';
export type { MetricName } from './MetricName';
export { mergeCounts } from './mergeCounts';
export { type MetricErrorCode, metricMessages } from './messages';
export {
  type NpsFromCountsOptions,
  type NpsIntervalMethod,
  type NpsOptions,
  type NpsScore,
  nps,
  npsFromCounts,
} from './nps';
export { npsScale } from './npsScale';
export { type OutcomeErrorCode, outcomeMessages } from './outcomeMessages';
export {
  type CustomerOutcome,
  type CustomerResponse,
  type OutcomeCategory,
  type OutcomeDifference,
  type OutcomesByScoreCategory,
  type OutcomesByScoreCategoryOptions,
  outcomesByScoreCategory,
} from './outcomesByScoreCategory';
export { parseSurveyExport } from './parseSurveyExport';
export { requiredSampleSize, type SampleSizeInput } from './requiredSampleSize';
export type { Scale, ScoreBand } from './Scale';
export type { ScoreComparison } from './ScoreComparison';
export type { InvalidScorePolicy, ScoreCounts, ScoreInput, ScoreWeights } from './ScoreCounts';
export type { SeriesColumns, SeriesInput, SeriesResponse } from './SeriesInput';
export type {
  LeftOutReason,
  SurveyExport,
  SurveyExportColumn,
  SurveyExportFormat,
  SurveyExportProblem,
  SurveyRowProblemReason,
} from './SurveyExport';
export {
  type ScoreSeries,
  type ScoreSeriesOptions,
  type SeriesChange,
  type SeriesPoint,
  scoreSeries,
} from './scoreSeries';
export { surveyExportMessages } from './surveyExportMessages';

// Metric definitions, their history, and its lint.

export { type ContinuityErrorCode, continuityMessages } from './continuityMessages';
export { type LintMetricHistoryOptions, lintMetricHistory } from './lintMetricHistory';
export { type MetricDefinition, metricDefinitionDocument } from './metricDefinitionDocument';
export { type MetricRuleId, metricRules } from './metricRules';
export { parseMetricDefinition } from './parseMetricDefinition';
export { safeParseMetricDefinition } from './safeParseMetricDefinition';
