import { CxError } from '../../core/errors/CxError';
import { describeValue } from '../../core/errors/describeValue';
import { formatPath } from '../../core/errors/formatPath';
import { isRecord } from '../../core/errors/isRecord';
import { wrongDocumentKindMessage } from '../../core/errors/messages';
import type { PropertyPath } from '../../core/errors/PropertyPath';
import type { Journey } from '../journeyDocument';
import { raiseMeasurement } from '../messages';
import { stepControls } from '../stepControls';

// `journey.steps[2].startEvent` from ['steps', 2, 'startEvent']: every path here starts with a key.
function placeOf(path: PropertyPath): string {
  return path.length === 0 ? 'journey' : `journey.${formatPath(path)}`;
}

function refuse(path: PropertyPath, expectation: string, received: unknown): never {
  return raiseMeasurement('INVALID_INPUT', [placeOf(path), expectation, describeValue(received)], { path });
}

function checkRecord(value: unknown, path: PropertyPath, expectation = 'an object'): Record<string, unknown> {
  if (!isRecord(value)) refuse(path, expectation, value);
  return value;
}

function checkList(value: unknown, path: PropertyPath): readonly unknown[] {
  if (!Array.isArray(value)) refuse(path, 'an array', value);
  return value;
}

function checkText(value: unknown, path: PropertyPath): string {
  if (typeof value !== 'string') refuse(path, 'a text', value);
  return value;
}

/**
 * @internal Checks, by hand and without the journey's schema, what a measurement reads of
 * a journey that should have come from `parseJourney`: its kind, its id, its events' names
 * (unique), its boundary (two different declared events) and its steps (ids unique, a
 * name, a known control, declared start and end events). A journey the schema accepts
 * passes; anything else the measurement would misread is refused with the place named,
 * never left to a `TypeError` or a silently wrong number. Fields the measurement does not
 * read (stages, owners, measures, …) are not looked at.
 */
export function checkParsedJourney(value: unknown): Journey {
  const journey = checkRecord(value, [], 'a journey document made by parseJourney');
  if (journey.kind !== 'journey') {
    throw new CxError('WRONG_DOCUMENT_KIND', wrongDocumentKindMessage('journey', describeValue(journey.kind)), {
      path: ['kind'],
    });
  }
  checkText(journey.id, ['id']);
  // Each event name's index in events: a repeated name would give one event two slots.
  const slots = new Map<string, number>();
  checkList(journey.events, ['events']).forEach((item, index) => {
    const event = checkRecord(item, ['events', index]);
    const name = checkText(event.name, ['events', index, 'name']);
    const first = slots.get(name);
    if (first !== undefined) refuse(['events', index, 'name'], `a name not declared before (events[${first}])`, name);
    slots.set(name, index);
  });
  const checkDeclared = (name: unknown, path: PropertyPath): string => {
    if (!slots.has(checkText(name, path))) refuse(path, 'an event the journey declares in events', name);
    return name as string;
  };
  const boundary = checkRecord(journey.boundary, ['boundary'], 'an object { start, end }');
  const start = checkDeclared(boundary.start, ['boundary', 'start']);
  const end = checkDeclared(boundary.end, ['boundary', 'end']);
  if (start === end) refuse(['boundary', 'end'], 'an event other than the boundary start', end);
  // A repeated step id would merge two steps' statistics under one key.
  const stepIds = new Set<string>();
  checkList(journey.steps, ['steps']).forEach((item, index) => {
    const step = checkRecord(item, ['steps', index]);
    const id = checkText(step.id, ['steps', index, 'id']);
    if (stepIds.has(id)) refuse(['steps', index, 'id'], 'a step id not used before', id);
    stepIds.add(id);
    checkText(step.name, ['steps', index, 'name']);
    if (!(stepControls as readonly unknown[]).includes(step.control)) {
      const controls = stepControls.map((control) => `"${control}"`).join(', ');
      refuse(['steps', index, 'control'], `one of ${controls}`, step.control);
    }
    checkDeclared(step.startEvent, ['steps', index, 'startEvent']);
    checkDeclared(step.endEvent, ['steps', index, 'endEvent']);
  });
  return journey as unknown as Journey;
}
