/**
 * The survey-export layouts cxkit reads:
 * - `'qualtrics'`: a Qualtrics CSV export, current (three header rows: ids, question
 *   text, `{"ImportId":"QID1"}`) or legacy (two: `V1`… and `Q1`… ids, then labels) —
 *   told apart by the file itself;
 * - `'csv'`: any CSV with one header row, the columns named in the options.
 *
 * @category Survey exports
 */
export type SurveyExportFormat = 'qualtrics' | 'csv';

/**
 * Why a row of a survey export was left out without being a problem: a preview, a test
 * or spam (Qualtrics `Status` or `DistributionChannel`), an unfinished response
 * (`Finished` 0 or False), or no answer to the score question.
 *
 * @category Survey exports
 */
export type LeftOutReason = 'preview' | 'test' | 'spam' | 'unfinished' | 'no-answer';

/**
 * A row that could not be read: a score that is neither a number nor in the recode map,
 * a time that is not a date-time, or a row whose cells do not match the header.
 *
 * @category Survey exports
 */
export type SurveyRowProblemReason = 'bad-score' | 'bad-time' | 'bad-row';

/**
 * One row of a survey export that could not be read, where, and why.
 *
 * @category Survey exports
 */
export interface SurveyExportProblem {
  /** The line (from 1) the row starts on. */
  readonly line: number;
  /** The column at fault, as the header names it. */
  readonly field: string;
  readonly reason: SurveyRowProblemReason;
  /** A sentence for people, quoting the value. */
  readonly message: string;
}

/**
 * The question or column a survey export was read by, as the export names it.
 *
 * @category Survey exports
 */
export interface SurveyExportColumn {
  /** The header (first row): `Q1`, `RecordedDate`, … */
  readonly header: string;
  /** The question text or label (Qualtrics' second row); `null` for a one-header CSV. */
  readonly label: string | null;
  /** The Qualtrics ImportId (`QID1`); `null` where the export has none. */
  readonly importId: string | null;
}

/**
 * A survey export read into the columns `nps`, `csat`, `ces` (pass `responses.score`)
 * and `scoreSeries` / `findRecurringDips` (pass `responses`) take, with every row
 * accounted for: counted in `responses`, left out by reason, or a problem with its line.
 *
 * @category Survey exports
 */
export interface SurveyExport {
  /** The layout read: `'qualtrics'`, `'qualtrics-legacy'` or `'csv'`. */
  readonly format: 'qualtrics' | 'qualtrics-legacy' | 'csv';
  readonly responses: {
    /** When each response was recorded, epoch milliseconds. */
    readonly at: Float64Array;
    readonly score: Float64Array;
    /** With the `segment` option: each response's segment (`''` when blank). */
    readonly segment?: readonly string[];
  };
  /** Each response's id (Qualtrics `ResponseId`), when the export has the column. */
  readonly responseIds: readonly string[] | null;
  /** The columns read: the score question, the time, and the segment when asked for. */
  readonly columns: {
    readonly score: SurveyExportColumn;
    readonly time: SurveyExportColumn;
    readonly segment: SurveyExportColumn | null;
  };
  readonly counts: {
    /** Data rows in the export (header rows not counted). */
    readonly rows: number;
    /** Rows read into `responses`. */
    readonly responses: number;
    readonly leftOut: Readonly<Record<LeftOutReason, number>>;
    /** Rows with a problem, by reason (each also in `problems`). */
    readonly problems: Readonly<Record<SurveyRowProblemReason, number>>;
  };
  /** Each row that could not be read, in file order. */
  readonly problems: readonly SurveyExportProblem[];
}
