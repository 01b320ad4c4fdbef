import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules of a workspace as a whole, with why each matters: every problem a workspace
 * load finds is an error under `workspace/<problem code>`, so that CX documents kept in
 * a repository fail a check the way broken code does, at the file and line.
 *
 * @example
 * import { workspaceRules } from 'cxkit/workspace';
 *
 * workspaceRules['workspace/missing-link'].severity // => 'error'
 * workspaceRules['workspace/outside-workspace'].severity // => 'error'
 * Object.keys(workspaceRules).length // => 13
 *
 * @category Workspace
 */
export const workspaceRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'workspace/invalid-syntax',
    summary: 'A file is not valid YAML or JSON.',
    rationale:
      'A document that cannot be read is a document nobody is checking: its mission, journey or decisions silently drop out of every lint and report until the syntax is fixed.',
    severity: 'error',
    example: 'a YAML file with a tab for indentation, or a JSON file with a trailing comma',
  },
  {
    id: 'workspace/invalid-document',
    summary: "A document does not satisfy its kind's schema.",
    rationale:
      'Fields are read strictly: a misspelled field is an error with a suggestion, never dropped, so that a target, an owner or a decision right a team wrote down is not quietly lost.',
    severity: 'error',
    example: 'a success statement with "ownr: COO"',
  },
  {
    id: 'workspace/unknown-kind',
    summary: 'A document has no kind, or a kind cxkit does not read.',
    rationale:
      'The kind says which schema a document follows; without a known kind the document cannot be checked, and a misspelled kind is usually a typo worth a suggestion.',
    severity: 'error',
    example: 'kind: misson',
  },
  {
    id: 'workspace/newer-schema',
    summary: 'A document was written for a newer schema version than this cxkit reads.',
    rationale:
      'Reading a newer document with older rules would misread fields whose meaning changed. Upgrade cxkit; older versions are migrated automatically.',
    severity: 'error',
    example: 'schemaVersion: 2 on a journey when cxkit reads version 1',
  },
  {
    id: 'workspace/duplicate-id',
    summary: 'Two documents share an id.',
    rationale:
      'Documents link to each other by id alone (a decision log to its charter, survey data to its metric definition); a shared id makes every such link ambiguous.',
    severity: 'error',
  },
  {
    id: 'workspace/missing-link',
    summary: 'A link names a document the workspace does not hold.',
    rationale:
      'Survey data without its metric definition cannot be scored on the right scale, journey events without their journey cannot be measured wing to wing, and a decision log without its charter cannot be audited.',
    severity: 'error',
    example: 'a decision log with charter: cx-charter when the charter id is cx-governance',
  },
  {
    id: 'workspace/missing-file',
    summary: 'A data file the manifest lists, or a linked document file, cannot be read.',
    rationale:
      'A listed data file that is not there means a score, a journey measure or a driver analysis silently goes missing from the report.',
    severity: 'error',
  },
  {
    id: 'workspace/outside-workspace',
    summary: 'A file or folder is a symbolic link to a place outside the workspace.',
    rationale:
      'A workspace often arrives in a pull request and is linted on a machine that holds other files, some of them secret. A link out of the workspace could make the lint messages and the report print any file of that machine, so cxkit never opens it: keep CX documents and data inside the workspace folder.',
    severity: 'error',
    example: 'data/survey.csv -> /etc/passwd',
  },
  {
    id: 'workspace/missing-column',
    summary: 'A data file lacks a column its type needs.',
    rationale: 'Without the column no row can be read; the header is where to fix it.',
    severity: 'error',
    example: 'survey responses without a score column',
  },
  {
    id: 'workspace/bad-row',
    summary:
      'A data row has the wrong number of cells, a non-number where a number is due, a bad date, or a key or column named __proto__.',
    rationale:
      'A bad row is left out, never read as zero or today: the finding names the line and the column so that the source can be fixed rather than the score quietly shifted.',
    severity: 'error',
    example: 'a score of "ten" on line 42',
  },
  {
    id: 'workspace/too-large',
    summary: 'A data or document file holds more bytes or rows than cxkit reads from one file.',
    rationale:
      'A workspace linted on a pull request can hold any file; one of gigabytes would stop the whole run out of memory. Past the limit the file is not read and the others are: raise the limit (maxBytes, maxRows) for a file that is meant to be that large, or split it.',
    severity: 'error',
    example: 'a 2 GB CSV of survey responses',
  },
  {
    id: 'workspace/check-failed',
    summary: "A document is valid on its own but a module's check could not run on it.",
    rationale:
      'Some checks read several documents together (every metric definition, a charter with its decision logs); when they disagree the check stops, and the finding says why.',
    severity: 'error',
  },
  {
    id: 'workspace/no-as-of',
    summary: 'No as-of date was given, so checks that need "today" were skipped.',
    rationale:
      'cxkit never reads the clock: overdue reviews, unimplemented approvals and past success dates need the day the audit is run as of. Give asOf in the manifest or --as-of.',
    severity: 'info',
  },
]);

/**
 * The workspace rule ids.
 *
 * @category Workspace
 */
export type WorkspaceRuleId = keyof typeof workspaceRules;
