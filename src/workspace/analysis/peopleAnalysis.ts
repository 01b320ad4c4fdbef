import type { MetricDefinition } from '../../metrics/index';
import type { EducationPlan, ImmersionLog } from '../../people/index';
import type { Workspace } from '../Workspace';
import type { PeopleAnalysis } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';

/** @internal The workspace's people documents and employee-feedback metrics; `null` when it has none. */
export function peopleAnalysis(workspace: Workspace): PeopleAnalysis | null {
  const immersionLogs = documentsOf<ImmersionLog>(workspace, 'immersion-log').map((entry) => ({
    file: entry.file,
    log: entry.document,
  }));
  const educationPlans = documentsOf<EducationPlan>(workspace, 'education-plan').map((entry) => ({
    file: entry.file,
    plan: entry.document,
  }));
  const employeeMetrics = documentsOf<MetricDefinition>(workspace, 'metric-definition')
    .map((entry) => entry.document)
    .filter((definition) => definition.respondents === 'employees');
  if (immersionLogs.length === 0 && educationPlans.length === 0 && employeeMetrics.length === 0) return null;
  return { immersionLogs, educationPlans, employeeMetrics };
}
