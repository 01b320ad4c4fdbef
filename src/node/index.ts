/// <reference types="node" />
/**
 * `cxkit/node`: Node-only helpers that split typed-array inputs across worker threads,
 * summarize each share with cxkit's mergeable summaries, merge them and finish — the
 * same answer as one pass; `loadWorkspace`, which reads a CX workspace folder; and the
 * readers of files teams already have — event logs (`readEventLog`: XES, XES.gz,
 * process-mining CSV) and survey exports (`readSurveyExport`: Qualtrics, any CSV by
 * mapping), streamed. The only entry that imports `node:` modules.
 *
 * @module node
 */

export { type FitInThreadsOptions, fitTransferFunctionInThreads } from './fitTransferFunctionInThreads';
export { type LoadWorkspaceOptions, loadWorkspace } from './loadWorkspace';
export { type NodeErrorCode, nodeMessages } from './messages';
export { type NpsInThreadsOptions, npsInThreads } from './npsInThreads';
export { type ReadEventLogOptions, readEventLog } from './readEventLog';
export { type ReadSurveyExportOptions, readSurveyExport } from './readSurveyExport';
export type { ThreadOptions } from './ThreadOptions';
