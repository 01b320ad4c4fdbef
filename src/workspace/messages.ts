import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every message `cxkit/workspace` gives (besides core's), as named constants: the error
 * codes it raises, and the sentences of the problems a workspace load reports.
 *
 * @category Errors
 */
export const workspaceMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  invalidSyntax: (format: string, detail: string) => `The file is not valid ${format}: ${detail}`,
  notADocument: (received: string) =>
    `Expected a CX document (an object with kind, schemaVersion, id and title) but the file holds ${received}.`,
  noKind: (kinds: readonly string[]) => `The document has no "kind"; cxkit reads the kinds ${kinds.join(', ')}.`,
  unknownKind: (kind: string, suggestion: string | undefined, kinds: readonly string[]) =>
    `Unknown document kind ${JSON.stringify(kind)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`} cxkit reads the kinds ${kinds.join(', ')}.`,
  manifestElsewhere: (file: string) =>
    `A workspace manifest belongs at the root as cxkit.yaml or cxkit.json; ${file} is not read as one.`,
  duplicateId: (id: string, firstFile: string) =>
    `Document id ${JSON.stringify(id)} is already used in ${firstFile}; ids are unique across the workspace, as links name documents by id.`,
  missingLink: (field: string, target: string, kind: string, known: readonly string[]) =>
    `${field} names ${JSON.stringify(target)}, but no ${kind} has that id${known.length === 0 ? ` (the workspace has no ${kind})` : ` (known: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})`}.`,
  missingFile: (file: string, detail: string) => `${file} cannot be read: ${detail}.`,
  outsideWorkspace: (file: string) =>
    `${file} leads outside the workspace through a symbolic link; cxkit reads only files whose real location is inside the workspace folder, so it was not read.`,
  missingColumn: (column: string, header: readonly string[]) =>
    `The header has no column ${JSON.stringify(column)}; it has ${header.map((name) => JSON.stringify(name)).join(', ')}.`,
  wrongCellCount: (cells: number, columns: number) =>
    `The row has ${cells} cells but the header has ${columns} columns.`,
  badNumber: (column: string, received: string) => `Column ${column} must be a number; received ${received}.`,
  badInteger: (column: string, received: string) => `Column ${column} must be a whole number; received ${received}.`,
  badDate: (column: string, received: string) =>
    `Column ${column} must be an ISO 8601 date or instant (e.g. 2026-11-22 or 2026-11-22T09:30:00Z); received ${received}.`,
  badText: (column: string) => `Column ${column} must not be empty.`,
  badOutcome: (column: string, expected: string, received: string) =>
    `Column ${column} must be ${expected}; received ${received}.`,
  badPeriod: (column: string, received: string) =>
    `Column ${column} must be a calendar month written YYYY-MM (e.g. 2026-11); received ${received}.`,
  repeatedPeriod: (period: string) => `Month ${period} is already listed; give each month one value.`,
  badRecord: (received: string) => `Expected a JSON object per line; received ${received}.`,
  halfInterval: (missing: string) =>
    `The row gives one bound of an interval but not ${missing}; give both lower and upper, or neither.`,
  valueOutsideInterval: (value: number, lower: number, upper: number) =>
    `The value ${value} is outside its interval ${lower} to ${upper}.`,
  forbiddenKey: (where: string) =>
    `${where} is named "__proto__", a name that would change the prototype of the row read as an object instead of holding a value; rename it.`,
  fileTooLarge: (what: 'bytes' | 'rows', limit: number, option: string) =>
    `The file holds more than ${limit.toLocaleString('en-US')} ${what === 'bytes' ? 'bytes' : limit === 1 ? 'row' : 'rows'}, the most ${option} lets cxkit read from one file, so it was not read: pass a higher ${option} to loadWorkspace, or split the file.`,
  unlintable: (detail: string) => `The document could not be checked: ${detail}`,
  MISSING_AS_OF: () =>
    'analyzeWorkspace needs the day to analyze as of: pass asOf, or set asOf in the manifest (cxkit never reads the clock).',
  MISSING_LINK: (kind: string, id: string) =>
    `No ${kind} has the id ${JSON.stringify(id)}; the link is reported by lintWorkspace as workspace/missing-link.`,
  NO_CUSTOMER_COLUMN: (survey: string) =>
    `The survey data ${JSON.stringify(survey)} has no customer column, so its answers cannot be joined to customers' outcomes; add a customer column to its file.`,
  MONTHS_APART: (survey: string, measure: string) =>
    `The months of ${JSON.stringify(survey)} with a score and those of ${JSON.stringify(measure)} do not overlap in a run of consecutive months: a lead or lag needs the same months on both sides.`,
} as const;

/**
 * The error codes `cxkit/workspace` raises (besides core's).
 *
 * @category Errors
 */
export type WorkspaceErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'MISSING_AS_OF'
  | 'MISSING_LINK'
  | 'NO_CUSTOMER_COLUMN'
  | 'MONTHS_APART';

/** @internal Raises one of the workspace module's errors. */
export const raiseWorkspace: Raise<Pick<typeof workspaceMessages, WorkspaceErrorCode>> =
  /* @__PURE__ */ createRaise<Pick<typeof workspaceMessages, WorkspaceErrorCode>>(workspaceMessages);
