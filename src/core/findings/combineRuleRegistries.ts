import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { RuleId } from './Finding';
import type { RuleDefinition, RuleRegistry } from './RuleDefinition';

/**
 * The rule ids a registry (or a union of registries) holds.
 *
 * @category Findings
 */
export type RuleIdsOf<Registry> = Registry extends unknown ? Extract<keyof Registry, RuleId> : never;

/**
 * Joins several modules' registries into one, e.g. to document or look up every rule
 * a lint run may report. An id defined twice is an error, not an override.
 *
 * @param registries - Registries to join, in order.
 * @returns A frozen registry holding every rule.
 * @throws {@link CxError} `DUPLICATE_RULE` naming the registry index and rule id; `INVALID_ARGUMENT` when a
 *   registry is not an object of rule definitions keyed by their ids.
 *
 * @example
 * import { combineRuleRegistries, defineRuleRegistry } from 'cxkit/core';
 *
 * const mission = defineRuleRegistry([
 *   { id: 'mission/vague-wish', summary: 'A wish, not a commitment.', rationale: 'Wishes cannot be measured.', severity: 'warning' },
 * ]);
 * const journey = defineRuleRegistry([
 *   { id: 'journey/no-owner', summary: 'A step has no owner.', rationale: 'Unowned steps are where hand-offs fail.', severity: 'error' },
 * ]);
 * Object.keys(combineRuleRegistries(mission, journey)) // => ['mission/vague-wish', 'journey/no-owner']
 *
 * @category Findings
 */
export function combineRuleRegistries<const Registries extends ReadonlyArray<RuleRegistry<RuleId>>>(
  ...registries: Registries
): RuleRegistry<RuleIdsOf<Registries[number]>> {
  const combined: Record<string, RuleDefinition> = {};
  registries.forEach((registry, index) => {
    if (typeof registry !== 'object' || registry === null || Array.isArray(registry)) {
      raise('INVALID_ARGUMENT', [`registries[${index}]`, 'a rule registry', describeValue(registry)], {
        path: [index],
      });
    }
    for (const [key, definition] of Object.entries<RuleDefinition>(registry)) {
      if (typeof definition !== 'object' || definition === null || definition.id !== key) {
        raise(
          'INVALID_ARGUMENT',
          [
            `registries[${index}].${key}`,
            `a rule definition with id ${JSON.stringify(key)}`,
            describeValue(definition),
          ],
          {
            path: [index, key],
          },
        );
      }
      if (Object.hasOwn(combined, definition.id)) {
        raise('DUPLICATE_RULE', [definition.id], {
          path: [index, definition.id],
        });
      }
      combined[definition.id] = definition;
    }
  });
  return Object.freeze(combined) as RuleRegistry<RuleIdsOf<Registries[number]>>;
}
