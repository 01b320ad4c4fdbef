import { parseDocument } from '../core/documents/parseDocument';
import { checkOptions } from '../core/errors/checkOptions';
import { definedFields } from './definedFields';
import type { Mission } from './missionDocument';
import { type Strategy, strategyDocument } from './strategyDocument';
import type { SuccessStatement } from './successStatementDocument';

/**
 * What {@link createStrategy} takes: the fields of a strategy document without its
 * envelope.
 *
 * @category Documents
 */
export interface CreateStrategyInput {
  /** The document id. */
  readonly id: string;
  /** Default `'CX strategy'`. */
  readonly title?: string | undefined;
  /** The mission, e.g. from {@link createMission}. Default: left out (reported by `strategy/no-mission`). */
  readonly mission?: Mission | undefined;
  /** Default: left out (reported by `strategy/no-success-statement`). */
  readonly successStatements?: readonly SuccessStatement[] | undefined;
  /** Default: left out (reported by `strategy/no-goals`). */
  readonly goals?:
    | ReadonlyArray<{
        readonly id: string;
        readonly goal: string;
        readonly leader?: string | undefined;
        readonly decisionRights?: { readonly decides: string; readonly prioritizes: string } | undefined;
        readonly supports?: readonly string[] | undefined;
        readonly measures?:
          | ReadonlyArray<{ readonly metric: string; readonly kind: 'customer-feedback' | 'operational' }>
          | undefined;
      }>
    | undefined;
}

/**
 * Makes a valid strategy document from a few fields: `kind` and `schemaVersion` are
 * filled in, `title` defaults to `'CX strategy'`, and parts not given are left out. The
 * result is read as {@link parseStrategy} reads a document, so a bad field or a broken
 * link is an error naming it.
 *
 * @param input - The id, and optionally title, mission, success statements and goals.
 * @returns The strategy.
 * @throws `CxError` `UNKNOWN_OPTION` for a field not listed in {@link CreateStrategyInput};
 *   `CxValidationError` `VALIDATION_FAILED` with each issue's path.
 *
 * @example
 * import { createMission, createStrategy } from 'cxkit/strategy';
 *
 * const mission = createMission({ id: 'cx-mission', statement: 'Airlines get their engines back on the wing on the day we promised.' });
 * const strategy = createStrategy({ id: 'cx-strategy', mission });
 * [strategy.kind, strategy.title, strategy.mission?.id] // => ['strategy', 'CX strategy', 'cx-mission']
 * createStrategy({ id: 'cx-strategy', goals: [{ id: 'g1', goal: 'Quote in a day.', supports: ['missing'] }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function createStrategy(input: CreateStrategyInput): Strategy {
  checkOptions(input, ['id', 'title', 'mission', 'successStatements', 'goals'], 'input', true);
  return parseDocument(strategyDocument, {
    kind: 'strategy',
    schemaVersion: strategyDocument.schemaVersion,
    title: 'CX strategy',
    ...definedFields(input),
  });
}
