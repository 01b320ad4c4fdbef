import { aggregateAssessments, builtInModels, type MaturityModel } from '../../maturity/index';
import { raiseWorkspace } from '../messages';
import type { MaturityResponsesData, Workspace } from '../Workspace';
import type { MaturityAnalysis } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';

// A built-in model by its export name or id, else a maturity-model document of the workspace.
function modelNamed(workspace: Workspace, name: string): MaturityModel | undefined {
  const builtIn = (builtInModels as Readonly<Record<string, MaturityModel>>)[name];
  if (builtIn !== undefined) return builtIn;
  const byId = Object.values(builtInModels).find((model) => model.id === name);
  if (byId !== undefined) return byId;
  return documentsOf<MaturityModel>(workspace, 'maturity-model').find((entry) => entry.id === name)?.document;
}

/** @internal A maturity survey aggregated by group, against the model its manifest entry names. */
export function maturityAnalysis(workspace: Workspace, data: MaturityResponsesData): MaturityAnalysis {
  const model = modelNamed(workspace, data.model);
  if (model === undefined) raiseWorkspace('MISSING_LINK', ['maturity model', data.model]);
  return {
    data: data.id,
    file: data.file,
    aggregate: aggregateAssessments(model, data.responses, { groupBy: 'group' }),
  };
}
