import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { parseInstant } from '../core/periods/parseInstant';
import type { DecisionEvent, DecisionEventType } from './DecisionEvent';
import { decisionEventFields } from './decisionEventFields';
import { decisionTransitions } from './decisionTransitions';
import { raiseGovernance } from './messages';

const eventTypes = decisionTransitions.map((transition) => transition.event);
const commonFields = ['id', 'recommendation', 'type', 'actor', 'at', 'reason'];
const fieldTypes: Readonly<Record<string, readonly DecisionEventType[]>> = decisionEventFields;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkTextList(value: unknown, field: string, path: PropertyPath): void {
  if (!Array.isArray(value)) {
    raiseGovernance('INVALID_INPUT', [field, 'an array of ids', describeValue(value)], { path: [...path, field] });
  }
  // An index loop: a hole in a sparse array is a missing id, not one to skip.
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isText(item)) {
      raiseGovernance('INVALID_INPUT', [`${field}[${index}]`, 'a non-empty id', describeValue(item)], {
        path: [...path, field, index],
      });
    }
  }
}

/**
 * @internal Checks one decision event's shape (malformed input is an error, not a
 * rejection) and returns its time in epoch milliseconds.
 */
export function readDecisionEvent(event: unknown, path: PropertyPath): number {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    raiseGovernance('INVALID_INPUT', ['event', 'an object', describeValue(event)], { path });
  }
  const record = event as Record<string, unknown>;
  for (const field of ['id', 'recommendation', 'actor'] as const) {
    if (!isText(record[field])) {
      raiseGovernance('INVALID_INPUT', [`event.${field}`, 'a non-empty id', describeValue(record[field])], {
        path: [...path, field],
      });
    }
  }
  const type = record.type;
  if (typeof type !== 'string' || !eventTypes.includes(type as DecisionEventType)) {
    raiseGovernance(
      'INVALID_INPUT',
      ['event.type', `one of ${eventTypes.map((name) => `"${name}"`).join(', ')}`, describeValue(type)],
      { path: [...path, 'type'] },
    );
  }
  for (const field of Object.keys(record)) {
    if (commonFields.includes(field)) continue;
    // Own keys only: "constructor" or "toString" would otherwise find Object.prototype's.
    const types = Object.hasOwn(fieldTypes, field) ? fieldTypes[field] : undefined;
    if (types === undefined) {
      raiseGovernance('INVALID_INPUT', [`event.${field}`, 'absent (it is not a decision event field)', 'a value'], {
        path: [...path, field],
      });
    }
    if (record[field] !== undefined && !types.includes(type as DecisionEventType)) {
      raiseGovernance(
        'INVALID_INPUT',
        [`event.${field}`, `given only on ${types.join(' and ')} events`, `a ${type} event`],
        {
          path: [...path, field],
        },
      );
    }
  }
  if (record.reason !== undefined && typeof record.reason !== 'string') {
    raiseGovernance('INVALID_INPUT', ['event.reason', 'a string', describeValue(record.reason)], {
      path: [...path, 'reason'],
    });
  }
  if (record.decisionType !== undefined && !isText(record.decisionType)) {
    raiseGovernance('INVALID_INPUT', ['event.decisionType', 'a non-empty id', describeValue(record.decisionType)], {
      path: [...path, 'decisionType'],
    });
  }
  if (record.tags !== undefined) checkTextList(record.tags, 'tags', path);
  if (record.decidedBy !== undefined) checkTextList(record.decidedBy, 'decidedBy', path);
  if (record.outcome !== undefined) {
    const outcome = record.outcome;
    if (typeof outcome !== 'object' || outcome === null || Array.isArray(outcome)) {
      raiseGovernance('INVALID_INPUT', ['event.outcome', 'an object of numbers by metric', describeValue(outcome)], {
        path: [...path, 'outcome'],
      });
    }
    for (const [metric, value] of Object.entries(outcome)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        raiseGovernance('INVALID_INPUT', [`event.outcome.${metric}`, 'a finite number', describeValue(value)], {
          path: [...path, 'outcome', metric],
        });
      }
    }
  }
  return parseInstant((record as unknown as DecisionEvent).at, { path: [...path, 'at'] });
}
