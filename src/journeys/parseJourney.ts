import { parseDocument } from '../core/documents/parseDocument';
import { type Journey, journeyDocument } from './journeyDocument';

/**
 * Reads a journey document (parsed JSON or YAML): checks its kind and schema version,
 * validates every field strictly, and checks its cross-references — each step's stage
 * and events, the boundary's events, each stage's lifecycle phase.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The journey, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseJourney } from 'cxkit/journeys';
 *
 * const journey = parseJourney({
 *   kind: 'journey',
 *   schemaVersion: 1,
 *   id: 'engine-repair',
 *   title: 'Engine repair, wing to wing',
 *   customer: { segment: 'airline maintenance managers' },
 *   boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
 *   events: [
 *     { name: 'engine-removed', perspective: 'customer' },
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *     { name: 'engine-reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [
 *     { id: 'inbound', stage: 'repair', name: 'Ship to the shop', owner: 'logistics', control: 'partner',
 *       startEvent: 'engine-removed', endEvent: 'engine-received' },
 *     { id: 'shop', stage: 'repair', name: 'Repair in the shop', owner: 'service', control: 'company',
 *       startEvent: 'engine-received', endEvent: 'engine-shipped', momentOfTruth: true },
 *     { id: 'outbound', stage: 'repair', name: 'Ship back', owner: 'logistics', control: 'partner',
 *       startEvent: 'engine-shipped', endEvent: 'engine-reinstalled' },
 *   ],
 * });
 * journey.steps.length // => 3
 *
 * @category Journey documents
 */
export function parseJourney(input: unknown): Journey {
  return parseDocument(journeyDocument, input);
}
