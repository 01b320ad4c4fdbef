import type { ReportSection } from '../../render/index';
import type { GovernanceAnalysis } from '../WorkspaceAnalysis';
import { counted, humanized, localDay } from './reportText';

/**
 * The report's section on the decision logs: every recommendation's state with the days
 * that matter to a reader (proposed, last submitted, last decided, last event, in the
 * workspace's time zone) and the events the charter refused. The log's file is a column
 * only when there is more than one log.
 *
 * @internal
 */
export function governanceSection(analyses: readonly GovernanceAnalysis[], timeZone: string): ReportSection {
  const several = analyses.length > 1;
  const states = analyses.flatMap((analysis) =>
    Object.values(analysis.replay.recommendations).map((state) => ({ state, analysis })),
  );
  const titleOf = (analysis: GovernanceAnalysis, id: string) => analysis.titles[id] ?? humanized(id);
  const rows = states.map(({ state, analysis }) => [
    titleOf(analysis, state.id),
    state.status,
    localDay(state.proposedAt, timeZone),
    localDay(state.submittedAt, timeZone),
    localDay(state.decidedAt, timeZone),
    localDay(state.updatedAt, timeZone),
    ...(several ? [analysis.file] : []),
  ]);
  const rejected = analyses.flatMap((analysis) =>
    analysis.replay.rejected.map((event) => [
      `${event.event.id} (${titleOf(analysis, event.event.recommendation)})`,
      event.code,
      event.message,
      ...(several ? [analysis.file] : []),
    ]),
  );
  const waiting = states.filter(({ state }) => state.status === 'submitted').length;
  const logColumn = several ? ['log'] : [];
  return {
    id: 'governance',
    title: 'Decisions',
    summary: [
      `${counted(rows.length, 'recommendation')} in ${several ? `${analyses.length} decision logs` : `one decision log (${analyses[0]?.file})`}; ${waiting} waiting for the executives; ${counted(rejected.length, 'event')} the charter does not allow. Dates are days in ${timeZone}.`,
      'Overdue reviews and the other audit findings are listed in the appendix.',
    ],
    tables: [
      {
        caption: 'Recommendations',
        columns: ['recommendation', 'status', 'proposed', 'last submitted', 'last decided', 'last event', ...logColumn],
        rows,
      },
      ...(rejected.length === 0
        ? []
        : [{ caption: 'Events rejected on replay', columns: ['event', 'code', 'why', ...logColumn], rows: rejected }]),
    ],
  };
}
