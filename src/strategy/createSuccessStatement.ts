import { parseDocument } from '../core/documents/parseDocument';
import { checkOptions } from '../core/errors/checkOptions';
import { definedFields } from './definedFields';
import { type SuccessStatement, successStatementDocument } from './successStatementDocument';

/**
 * What {@link createSuccessStatement} takes: the fields of a success-statement
 * document without its envelope, most of them optional.
 *
 * @category Documents
 */
export interface CreateSuccessStatementInput {
  /** The document id. */
  readonly id: string;
  /** The CX outcome. */
  readonly outcome: string;
  /** Default `'CX success statement'`. */
  readonly title?: string | undefined;
  /** Default: left out (reported by `success/no-business-outcome`). */
  readonly businessOutcome?: string | undefined;
  /** Default: left out (reported by `success/no-owner`). */
  readonly owner?: string | undefined;
  /** A `YYYY-MM-DD` date. Default: left out (reported by `success/no-horizon`). */
  readonly horizon?: string | undefined;
  /** Default: left out (reported by `success/no-metric`). */
  readonly metrics?:
    | ReadonlyArray<{
        readonly metric: string;
        readonly kind: 'customer-feedback' | 'operational';
        readonly direction: 'higher-is-better' | 'lower-is-better';
        readonly unit?: string | undefined;
        readonly baseline?: { readonly value: number; readonly on: string } | undefined;
        readonly target?: { readonly value: number; readonly by?: string | undefined } | undefined;
      }>
    | undefined;
}

/**
 * Makes a valid success-statement document from a few fields: `kind` and
 * `schemaVersion` are filled in, `title` defaults to `'CX success statement'`, and
 * parts not given are left out (never filled with a guess — a metric's direction in
 * particular must be given). The result is read as {@link parseSuccessStatement} reads
 * a document, so a bad field is an error naming it.
 *
 * @param input - The id, the outcome, and optionally title, business outcome, owner, horizon and metrics.
 * @returns The success statement.
 * @throws `CxError` `UNKNOWN_OPTION` for a field not listed in {@link CreateSuccessStatementInput};
 *   `CxValidationError` `VALIDATION_FAILED` with each issue's path.
 *
 * @example
 * import { createSuccessStatement } from 'cxkit/strategy';
 *
 * const statement = createSuccessStatement({
 *   id: 'on-the-wing',
 *   outcome: 'Airlines get engines back on the wing on the promised day.',
 *   owner: 'VP customer operations',
 * });
 * [statement.kind, statement.title, statement.owner] // => ['success-statement', 'CX success statement', 'VP customer operations']
 * createSuccessStatement({ id: 'on-the-wing', outcome: 'On time.', horizon: '2027-13-01' }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function createSuccessStatement(input: CreateSuccessStatementInput): SuccessStatement {
  checkOptions(input, ['id', 'outcome', 'title', 'businessOutcome', 'owner', 'horizon', 'metrics'], 'input', true);
  return parseDocument(successStatementDocument, {
    kind: 'success-statement',
    schemaVersion: successStatementDocument.schemaVersion,
    title: 'CX success statement',
    ...definedFields(input),
  });
}
