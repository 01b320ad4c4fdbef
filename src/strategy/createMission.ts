import { parseDocument } from '../core/documents/parseDocument';
import { checkOptions } from '../core/errors/checkOptions';
import { definedFields } from './definedFields';
import { type Mission, missionDocument } from './missionDocument';

/**
 * What {@link createMission} takes: the fields of a mission document without its
 * envelope, most of them optional.
 *
 * @category Documents
 */
export interface CreateMissionInput {
  /** The document id. */
  readonly id: string;
  /** The mission statement. */
  readonly statement: string;
  /** Default `'CX mission'`. */
  readonly title?: string | undefined;
  /** Whom it serves. Default: left out (and reported by `mission/no-customers`). */
  readonly customers?: readonly string[] | undefined;
  /** How customers are treated. Default: left out (reported by `mission/no-treatment-commitment`). */
  readonly treatment?: readonly string[] | undefined;
  /** How their needs are prioritized. Default: left out (reported by `mission/no-priority-commitment`). */
  readonly priorities?: readonly string[] | undefined;
  /** What each function does. Default: left out (reported by `mission/front-line-only`). */
  readonly roles?:
    | ReadonlyArray<{
        readonly function: string;
        readonly frontLine: boolean;
        readonly commitment: string;
      }>
    | undefined;
}

/**
 * Makes a valid mission document from a few fields: `kind` and `schemaVersion` are
 * filled in, `title` defaults to `'CX mission'`, and parts not given are left out
 * (never filled with a guess). The result is read as {@link parseMission} reads a
 * document, so a bad field is an error naming it.
 *
 * @param input - The id, the statement, and optionally title, customers, treatment, priorities and roles.
 * @returns The mission.
 * @throws `CxError` `UNKNOWN_OPTION` for a field not listed in {@link CreateMissionInput};
 *   `CxValidationError` `VALIDATION_FAILED` with each issue's path.
 *
 * @example
 * import { createMission } from 'cxkit/strategy';
 *
 * const mission = createMission({ id: 'cx-mission', statement: 'Airlines get their engines back on the wing on the day we promised.' });
 * [mission.kind, mission.schemaVersion, mission.title] // => ['mission', 1, 'CX mission']
 * 'treatment' in mission // => false
 * createMission({ id: 'cx-mission', statement: '  ' }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function createMission(input: CreateMissionInput): Mission {
  checkOptions(input, ['id', 'statement', 'title', 'customers', 'treatment', 'priorities', 'roles'], 'input', true);
  return parseDocument(missionDocument, {
    kind: 'mission',
    schemaVersion: missionDocument.schemaVersion,
    title: 'CX mission',
    ...definedFields(input),
  });
}
