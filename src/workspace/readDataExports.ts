import type { EventLog } from '../journeys/index';
import type { SurveyExport } from '../metrics/index';
import type { CheckedDataRecords } from './readDataRecords';
import type { WorkspaceProblem } from './Workspace';
import type { WorkspaceDataEntry } from './workspaceManifestDocument';

type EntryOf<Type extends WorkspaceDataEntry['type']> = Extract<WorkspaceDataEntry, { type: Type }>;

/**
 * @internal A journey-events entry read from an XES or process-mining CSV log: the log's
 * columns as the workspace's journey events, and each event the reader set aside as a
 * `bad-row` problem at its line.
 */
export function eventLogData(entry: EntryOf<'journey-events'>, log: EventLog): CheckedDataRecords {
  const problems: WorkspaceProblem[] = log.problems.map((problem) => ({
    file: entry.file,
    line: problem.line,
    ...(problem.column === undefined ? {} : { column: problem.column }),
    code: 'bad-row',
    message: problem.message,
    path: [problem.field],
  }));
  return {
    data: { type: 'journey-events', id: entry.id, file: entry.file, journey: entry.journey, events: log.events },
    problems,
  };
}

/**
 * @internal A survey-responses entry read from a Qualtrics or mapped CSV export: its
 * responses as the workspace's, and each row it could not read as a `bad-row` problem at
 * its line. Rows left out by design (previews, tests, spam, unfinished, unanswered) are
 * not problems.
 */
export function surveyExportData(entry: EntryOf<'survey-responses'>, survey: SurveyExport): CheckedDataRecords {
  const problems: WorkspaceProblem[] = survey.problems.map((problem) => ({
    file: entry.file,
    line: problem.line,
    code: 'bad-row',
    message: problem.message,
    path: [problem.field],
  }));
  const { at, score, segment } = survey.responses;
  return {
    data: {
      type: 'survey-responses',
      id: entry.id,
      file: entry.file,
      metric: entry.metric,
      responses: { at, score, ...(segment === undefined ? {} : { segment }) },
    },
    problems,
  };
}
