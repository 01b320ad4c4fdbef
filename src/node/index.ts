/// <reference types="node" />
/**
 * `cxkit/node`: Node-only helpers that split typed-array inputs across worker threads,
 * summarise each share with cxkit's mergeable summaries, merge them and finish — the
 * same answer as one pass; and `loadWorkspace`, which reads a CX workspace folder. The
 * only entry that imports `node:` modules.
 *
 * @module node
 */

export { type FitInThreadsOptions, fitTransferFunctionInThreads } from './fitTransferFunctionInThreads';
export { type LoadWorkspaceOptions, loadWorkspace } from './loadWorkspace';
export { type NodeErrorCode, nodeMessages } from './messages';
export { type NpsInThreadsOptions, npsInThreads } from './npsInThreads';
export type { ThreadOptions } from './ThreadOptions';
