import { parseDocument } from '../core/documents/parseDocument';
import { describeValue } from '../core/errors/describeValue';
import { raiseStrategy } from './messages';
import { type Mission, missionDocument } from './missionDocument';
import { sameName } from './sameName';

/**
 * Lists the functions of an organization that have no stated part in the customer
 * experience: those the mission gives no role. Everyone touches the customer — sales,
 * finance, accounting and logistics as much as service — so every function should know
 * what it does for the experience. Names match without regard to case or spacing
 * (`'Accounts  payable'` is `'accounts payable'`).
 *
 * @param mission - A mission document (parsed here, so JSON is fine).
 * @param functions - The organization's functions, each once.
 * @returns The functions without a role in the mission, as written and in the order given.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid mission; `CxError` `INVALID_INPUT` (path `[]` or
 *   `[index]`) when `functions` is not an array of non-empty strings, `DUPLICATE_FUNCTION` (path `[index]`).
 *
 * @example
 * import { findUncommittedFunctions, parseMission } from 'cxkit/strategy';
 *
 * const mission = parseMission({
 *   kind: 'mission',
 *   schemaVersion: 1,
 *   id: 'cx-mission',
 *   title: 'CX mission',
 *   statement: 'Airlines get their engines back on the wing on the day we promised.',
 *   roles: [
 *     { function: 'Customer service', frontLine: true, commitment: 'One named contact per engine.' },
 *     { function: 'Finance', frontLine: false, commitment: 'Invoices match the quote.' },
 *   ],
 * });
 * findUncommittedFunctions(mission, ['customer service', 'finance', 'logistics', 'accounting'])
 * // => ['logistics', 'accounting']
 * findUncommittedFunctions(mission, ['finance', 'Finance ']) // throws CxError DUPLICATE_FUNCTION
 *
 * @category Role commitments
 */
export function findUncommittedFunctions(mission: Mission, functions: readonly string[]): string[] {
  const document = parseDocument(missionDocument, mission);
  if (!Array.isArray(functions)) {
    raiseStrategy('INVALID_INPUT', ['functions', 'an array of function names', describeValue(functions)], {
      path: [],
    });
  }
  const committed = new Set((document.roles ?? []).map((role) => sameName(role.function)));
  const firstIndexOf = new Map<string, number>();
  return functions.filter((name: unknown, index) => {
    if (typeof name !== 'string' || name.trim() === '') {
      raiseStrategy('INVALID_INPUT', [`functions[${index}]`, 'a non-empty function name', describeValue(name)], {
        path: [index],
      });
    }
    const key = sameName(name);
    const first = firstIndexOf.get(key);
    if (first !== undefined) raiseStrategy('DUPLICATE_FUNCTION', [name, first], { path: [index] });
    firstIndexOf.set(key, index);
    return !committed.has(key);
  });
}
