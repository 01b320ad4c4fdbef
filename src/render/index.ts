/**
 * `cxkit/render`: pure functions from cxkit's results to accessible SVG charts, and
 * report builders that stitch text, charts, tables and findings into Markdown or one
 * self-contained HTML file. No DOM, no dependencies, no I/O: every function returns a
 * string, the same string for the same input.
 *
 * @module render
 */

export type { ChartOptions } from './chartOptions';
export type { DriverQuadrantOptions } from './DriverQuadrantOptions';
export { driverQuadrant } from './driverQuadrant';
export { htmlReport } from './htmlReport';
export type { JourneyComparisonChartOptions } from './JourneyComparisonChartOptions';
export type { JourneyTimelineOptions } from './JourneyTimelineOptions';
export { journeyComparisonChart } from './journeyComparisonChart';
export { type JourneyTimeline, journeyTimeline } from './journeyTimeline';
export type { MarkdownReportOptions } from './MarkdownReportOptions';
export type { MaturityRadarOptions } from './MaturityRadarOptions';
export { markdownReport } from './markdownReport';
export { maturityRadar } from './maturityRadar';
export { type RenderErrorCode, renderMessages } from './messages';
export type { PerceptionGapBarsOptions } from './PerceptionGapBarsOptions';
export type { PortfolioChartOptions } from './PortfolioChartOptions';
export { perceptionGapBars } from './perceptionGapBars';
export { portfolioChart } from './portfolioChart';
export type {
  Report,
  ReportCell,
  ReportChart,
  ReportFinding,
  ReportPoint,
  ReportSection,
  ReportTable,
} from './Report';
export type { ScoreSeriesChartOptions } from './ScoreSeriesChartOptions';
export type { ScoreSeriesPanelsOptions } from './ScoreSeriesPanelsOptions';
export { scoreSeriesChart } from './scoreSeriesChart';
export { scoreSeriesPanels } from './scoreSeriesPanels';
export type { TimelineJourney } from './TimelineJourney';
export type { TimelineUnit } from './timeUnits';
export type { WingToWingTimelineOptions } from './WingToWingTimelineOptions';
export { wingToWingTimeline } from './wingToWingTimeline';
