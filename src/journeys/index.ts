/**
 * Journeys bounded wing to wing — where the customer's need starts and ends, not where
 * the company's process does — and measured across that whole span: per case and over
 * all cases, the time the customer felt, the part the company controlled, the waiting
 * no one owns, and the spread, not only the average.
 *
 * @module journeys
 */

export type { CaseMeasure } from './CaseMeasure';
export type { CaseStatus } from './CaseStatus';
export {
  type CompareJourneyMeasuresOptions,
  compareJourneyMeasures,
  type DurationComparison,
  type JourneyComparison,
  type JourneyVerdict,
  type StatisticChange,
} from './compareJourneyMeasures';
export { createEventLogParser, type EventLogOptions, type EventLogParser } from './createEventLogParser';
export type { EventLogColumnNames } from './csvEventParser';
export type { DurationStatistics } from './DurationStatistics';
export type {
  DurationSummary,
  DurationSummarySettings,
  ExactDurationSummary,
  SketchDurationSummary,
} from './DurationSummary';
export { durationSummaryStatistics, type SummaryStatistics } from './durationSummaryStatistics';
export type {
  AttributeValue,
  EventLog,
  EventLogFormat,
  EventLogProblem,
  SetAsideReason,
} from './EventLog';
export type { JourneyEventColumns, JourneyEventRow, JourneyEvents } from './JourneyEvents';
export type { JourneyMeasure } from './JourneyMeasure';
export { type Journey, type JourneyInput, journeyDocument } from './journeyDocument';
export { type JourneyRuleId, journeyRules } from './journeyRules';
export { type LifecyclePhase, lifecyclePhases } from './lifecyclePhases';
export { type LintJourneyOptions, lintJourney, serviceAndDigitalFunctions } from './lintJourney';
export type { MeasureJourneyColumnsOptions } from './MeasureJourneyColumnsOptions';
export type { MeasureJourneyOptions } from './MeasureJourneyOptions';
export { measureJourney } from './measureJourney';
export { measureJourneyColumns } from './measureJourneyColumns';
export { mergeDurationSummaries } from './mergeDurationSummaries';
export { type JourneyErrorCode, journeyMessages } from './messages';
export { parseEventLog } from './parseEventLog';
export { parseJourney } from './parseJourney';
export { safeParseJourney } from './safeParseJourney';
export type { StepControl } from './stepControls';
export { type SummarizeDurationsOptions, summarizeDurations } from './summarizeDurations';
export type { TimeBasis } from './TimeBasis';
