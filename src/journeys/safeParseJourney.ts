import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type Journey, journeyDocument } from './journeyDocument';

/**
 * The non-throwing twin of {@link parseJourney}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseJourney } from 'cxkit/journeys';
 *
 * const result = safeParseJourney({
 *   kind: 'journey',
 *   schemaVersion: 1,
 *   id: 'claim',
 *   title: 'Insurance claim',
 *   customer: { segment: 'home insurance customers' },
 *   boundary: { start: 'damage-reported', end: 'claim-paid' },
 *   events: [
 *     { name: 'damage-reported', perspective: 'customer' },
 *     { name: 'claim-paid', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'claim', name: 'Claim', phase: 'support' }],
 *   steps: [{ id: 'assess', stage: 'assessment', name: 'Assess the damage', control: 'company',
 *     startEvent: 'damage-reported', endEvent: 'claim-paid' }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['steps', 0, 'stage']
 *
 * @category Journey documents
 */
export function safeParseJourney(input: unknown): SafeResult<Journey> {
  return safeParseDocument(journeyDocument, input);
}
