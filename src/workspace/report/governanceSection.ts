import type { ReportSection } from '../../render/index';
import type { GovernanceAnalysis } from '../WorkspaceAnalysis';
import { counted } from './reportText';

/** @internal The report's section on the decision logs: every recommendation's state and the events the charter refused. */
export function governanceSection(analyses: readonly GovernanceAnalysis[]): ReportSection {
  const rows = analyses.flatMap((analysis) =>
    Object.values(analysis.replay.recommendations).map((state) => [
      state.id,
      state.status,
      new Date(state.proposedAt).toISOString().slice(0, 10),
      state.decidedAt === undefined ? '–' : new Date(state.decidedAt).toISOString().slice(0, 10),
      analysis.file,
    ]),
  );
  const rejected = analyses.flatMap((analysis) =>
    analysis.replay.rejected.map((event) => [event.event.id, event.code, event.message, analysis.file]),
  );
  const waiting = rows.filter((row) => row[1] === 'submitted').length;
  return {
    id: 'governance',
    title: 'Governance: the decision log',
    summary: [
      `${counted(rows.length, 'recommendation')} in ${analyses.length === 1 ? 'one decision log' : `${analyses.length} decision logs`}; ${waiting} waiting for the executives; ${counted(rejected.length, 'event')} the charter does not allow.`,
      'Overdue reviews and other audit findings are listed under Findings.',
    ],
    tables: [
      { caption: 'Recommendations', columns: ['recommendation', 'status', 'proposed', 'decided', 'log'], rows },
      ...(rejected.length === 0
        ? []
        : [{ caption: 'Events rejected on replay', columns: ['event', 'code', 'why', 'log'], rows: rejected }]),
    ],
  };
}
