import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type Mission, missionDocument } from './missionDocument';

/**
 * The non-throwing twin of {@link parseMission}: every failure it would throw comes back
 * as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseMission } from 'cxkit/strategy';
 *
 * const result = safeParseMission({
 *   kind: 'mission',
 *   schemaVersion: 1,
 *   id: 'cx-mission',
 *   title: 'CX mission',
 *   statement: 'Airlines get their engines back on the wing on the day we promised.',
 *   roles: [{ function: 'finance', commitment: 'Invoices match the quote.' }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['roles', 0, 'frontLine']
 *
 * @category Documents
 */
export function safeParseMission(input: unknown): SafeResult<Mission> {
  return safeParseDocument(missionDocument, input);
}
