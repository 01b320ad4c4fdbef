/**
 * `cxkit/workspace`: a folder of CX documents and data as one checked whole, without
 * touching the file system — the manifest document (`workspace`), the registry of
 * document kinds, reading a document by its kind (newer schema versions refused, older
 * ones migrated), data records checked row by row, links resolved across documents,
 * every lint and audit run with each finding placed at its file and line, and the
 * command's output formats (text, JSON, SARIF 2.1.0). `loadWorkspace` in `cxkit/node`
 * reads a folder into the `Workspace` these functions take.
 *
 * @module workspace
 */

export { type AnalyzeWorkspaceOptions, analyzeWorkspace } from './analyzeWorkspace';
export type { BusinessDataEntry } from './businessDataEntries';
export { documentKinds, type WorkspaceDocumentKind } from './documentKinds';
export { type FormatFindingsOptions, formatFindings } from './formatFindings';
export { type LintWorkspaceOptions, lintWorkspace } from './lintWorkspace';
export { type WorkspaceErrorCode, workspaceMessages } from './messages';
export { parseWorkspaceManifest } from './parseWorkspaceManifest';
export { type CheckedDataRecords, type DataRecords, readDataRecords } from './readDataRecords';
export {
  type CheckedWorkspaceDocument,
  type ReadWorkspaceDocumentOptions,
  readWorkspaceDocument,
  type WorkspaceDocumentSource,
} from './readWorkspaceDocument';
export { resolveWorkspaceLinks } from './resolveWorkspaceLinks';
export { safeParseWorkspaceManifest } from './safeParseWorkspaceManifest';
export { type SarifLevel, type SarifLog, type SarifOptions, sarif } from './sarif';
export type {
  BusinessMeasuresData,
  CustomerOutcomesData,
  DriverObservationsData,
  JourneyEventsData,
  MaturityResponsesData,
  MetricObservationsData,
  SurveyResponsesData,
  Workspace,
  WorkspaceData,
  WorkspaceDocumentEntry,
  WorkspaceProblem,
  WorkspaceProblemCode,
  WorkspaceSource,
} from './Workspace';
export type {
  AnalysisNotComputed,
  DriverAnalysis,
  GovernanceAnalysis,
  JourneyAnalysis,
  LeadLagAnalysis,
  MaturityAnalysis,
  MeasureName,
  OutcomeAnalysis,
  PeopleAnalysis,
  PortfolioAnalysis,
  StepComparison,
  SuccessAnalysis,
  SuccessMetricSource,
  SurveyAnalysis,
  SurveyTrend,
  WorkspaceAnalysis,
} from './WorkspaceAnalysis';
export type { WorkspaceFinding } from './WorkspaceFinding';
export {
  type JourneyComparisonPeriod,
  type WorkspaceDataEntry,
  type WorkspaceManifest,
  workspaceManifestDocument,
} from './workspaceManifestDocument';
export { workspaceReport } from './workspaceReport';
export { type WorkspaceRuleId, workspaceRules } from './workspaceRules';
