/**
 * `cxkit/render`: pure functions from cxkit's results to accessible SVG charts, and
 * report builders that stitch text, charts, tables and findings into Markdown or one
 * self-contained HTML file. No DOM, no dependencies, no I/O: every function returns a
 * string, the same string for the same input.
 *
 * @module render
 */

export type { ChartOptions } from './chartOptions';
export { type DriverQuadrantOptions, driverQuadrant } from './driverQuadrant';
export { htmlReport } from './htmlReport';
export { type JourneyComparisonChartOptions, journeyComparisonChart } from './journeyComparisonChart';
export { type JourneyTimeline, type JourneyTimelineOptions, journeyTimeline } from './journeyTimeline';
export { type MarkdownReportOptions, markdownReport } from './markdownReport';
export { type MaturityRadarOptions, maturityRadar } from './maturityRadar';
export { type RenderErrorCode, renderMessages } from './messages';
export { type PerceptionGapBarsOptions, perceptionGapBars } from './perceptionGapBars';
export { type PortfolioChartOptions, portfolioChart } from './portfolioChart';
export type {
  Report,
  ReportCell,
  ReportChart,
  ReportFinding,
  ReportPoint,
  ReportSection,
  ReportTable,
} from './Report';
export { type ScoreSeriesChartOptions, scoreSeriesChart } from './scoreSeriesChart';
export { type ScoreSeriesPanelsOptions, scoreSeriesPanels } from './scoreSeriesPanels';
export type { TimelineJourney } from './TimelineJourney';
export type { TimelineUnit } from './timeUnits';
export { type WingToWingTimelineOptions, wingToWingTimeline } from './wingToWingTimeline';
