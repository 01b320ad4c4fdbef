import type { Finding } from '../core/findings/Finding';
import type { DecisionLog } from '../governance/index';
import type { Journey } from '../journeys/index';
import { auditEducationPlan, auditImmersionLog, type EducationPlan, type ImmersionLog } from '../people/index';
import type { Mission, Strategy } from '../strategy/index';
import type { WorkspaceDocumentEntry } from './Workspace';

function ofKind<Document>(documents: readonly WorkspaceDocumentEntry[], kind: string) {
  return documents.filter((entry) => entry.kind === kind) as WorkspaceDocumentEntry<Document>[];
}

/**
 * The functions an education plan must reach: those that own steps in the workspace's
 * journeys and those with a role in its missions (a mission document's or a strategy's).
 *
 * @internal
 */
export function functionsToEducate(documents: readonly WorkspaceDocumentEntry[]): string[] {
  const owners = ofKind<Journey>(documents, 'journey').flatMap((entry) =>
    entry.document.steps.flatMap((step) => (step.owner === undefined ? [] : [step.owner])),
  );
  const missions = [
    ...ofKind<Mission>(documents, 'mission').map((entry) => entry.document),
    ...ofKind<Strategy>(documents, 'strategy').flatMap((entry) =>
      entry.document.mission === undefined ? [] : [entry.document.mission],
    ),
  ];
  const roles = missions.flatMap((mission) => (mission.roles ?? []).map((role) => role.function));
  return [...owners, ...roles];
}

/**
 * Audits the workspace's immersion logs (against the recommendations its decision logs
 * hold) and education plans (against the functions of its journeys and missions) as of
 * a day, handing each finding to `place` with the document it belongs to. `guarded` runs
 * each audit so that one document that cannot be checked does not stop the others.
 *
 * @internal
 */
export function lintPeopleDocuments(
  documents: readonly WorkspaceDocumentEntry[],
  asOf: string,
  zone: { readonly timeZone?: string },
  place: (entry: WorkspaceDocumentEntry, finding: Finding) => void,
  guarded: (entry: WorkspaceDocumentEntry, check: () => void) => void,
): void {
  const recommendations = [
    ...new Set(
      ofKind<DecisionLog>(documents, 'decision-log').flatMap((entry) =>
        entry.document.events.map((event) => event.recommendation),
      ),
    ),
  ];
  for (const entry of ofKind<ImmersionLog>(documents, 'immersion-log')) {
    guarded(entry, () => {
      for (const finding of auditImmersionLog(entry.document, { asOf, ...zone, recommendations }))
        place(entry, finding);
    });
  }
  const functions = functionsToEducate(documents);
  for (const entry of ofKind<EducationPlan>(documents, 'education-plan')) {
    guarded(entry, () => {
      for (const finding of auditEducationPlan(entry.document, { asOf, ...zone, functions })) place(entry, finding);
    });
  }
}
