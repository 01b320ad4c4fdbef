import type { DocumentType } from '../core/documents/DocumentType';
import { charterDocument, decisionLogDocument, portfolioDocument } from '../governance/index';
import { journeyDocument } from '../journeys/index';
import { maturityAssessmentDocument, maturityModelDocument } from '../maturity/index';
import { metricDefinitionDocument } from '../metrics/index';
import { educationPlanDocument, immersionLogDocument } from '../people/index';
import { missionDocument, strategyDocument, successStatementDocument } from '../strategy/index';
import { metricTreeDocument } from '../transfer/index';
import { workspaceManifestDocument } from './workspaceManifestDocument';

/**
 * Every document kind a workspace holds, by kind: the manifest (`workspace`), the
 * strategy documents (`mission`, `success-statement`, `strategy`), `journey`,
 * `metric-definition`, `metric-tree`, the governance documents (`governance-charter`,
 * `decision-log`, `portfolio`), the maturity documents (`maturity-model`,
 * `maturity-assessment`) and the people documents (`immersion-log`, `education-plan`).
 * A file is read by the type its `kind` names here.
 *
 * @example
 * import { documentKinds } from 'cxkit/workspace';
 *
 * Object.keys(documentKinds).length // => 14
 * documentKinds.journey.schemaVersion // => 1
 *
 * @category Workspace
 */
export const documentKinds = /* @__PURE__ */ (() =>
  Object.freeze({
    workspace: workspaceManifestDocument,
    mission: missionDocument,
    'success-statement': successStatementDocument,
    strategy: strategyDocument,
    journey: journeyDocument,
    'metric-definition': metricDefinitionDocument,
    'metric-tree': metricTreeDocument,
    'governance-charter': charterDocument,
    'decision-log': decisionLogDocument,
    portfolio: portfolioDocument,
    'maturity-model': maturityModelDocument,
    'maturity-assessment': maturityAssessmentDocument,
    'immersion-log': immersionLogDocument,
    'education-plan': educationPlanDocument,
  }) satisfies Readonly<Record<string, DocumentType>>)();

/**
 * The document kinds cxkit reads in a workspace.
 *
 * @category Workspace
 */
export type WorkspaceDocumentKind = keyof typeof documentKinds;
