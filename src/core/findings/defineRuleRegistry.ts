import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { RuleId } from './Finding';
import { assertRuleId, assertSeverity } from './findingChecks';
import type { RuleDefinition, RuleRegistry } from './RuleDefinition';

/**
 * Builds a module's rule registry from its rule definitions, checking each once:
 * a well-formed, unique id; a severity; a summary and a rationale.
 *
 * @param definitions - The rules, in the order the docs should list them.
 * @returns A frozen registry keyed by rule id, typed so that known ids need no check.
 * @throws {@link CxError} `INVALID_RULE_ID`, `INVALID_SEVERITY`, `INVALID_ARGUMENT` or `DUPLICATE_RULE`, naming the index.
 *
 * @example
 * import { defineRuleRegistry } from 'cxkit/core';
 *
 * const rules = defineRuleRegistry([
 *   {
 *     id: 'mission/vague-wish',
 *     summary: 'The mission states a wish instead of a commitment.',
 *     rationale: '"Exceed expectations" cannot be acted on or measured.',
 *     severity: 'warning',
 *   },
 * ]);
 * rules['mission/vague-wish'].severity // => 'warning'
 * Object.keys(rules) // => ['mission/vague-wish']
 *
 * @category Findings
 */
export function defineRuleRegistry<const Definitions extends readonly RuleDefinition[]>(
  definitions: Definitions,
): RuleRegistry<Definitions[number]['id']> {
  if (!Array.isArray(definitions)) {
    raise('INVALID_ARGUMENT', ['definitions', 'an array of rule definitions', describeValue(definitions)]);
  }
  const registry: Record<string, RuleDefinition> = {};
  // Index by index, so that a hole is refused like any other entry that is not a definition.
  for (let index = 0; index < definitions.length; index++) {
    const definition = definitions[index] as RuleDefinition;
    if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
      raise('INVALID_ARGUMENT', [`definitions[${index}]`, 'a rule definition', describeValue(definition)], {
        path: [index],
      });
    }
    assertRuleId(definition.id, [index, 'id']);
    assertSeverity(definition.severity, [index, 'severity']);
    for (const field of ['summary', 'rationale'] as const) {
      const text = definition[field];
      if (typeof text !== 'string' || text.trim() === '') {
        raise('INVALID_ARGUMENT', [field, 'a non-empty string', describeValue(text)], { path: [index, field] });
      }
    }
    if (Object.hasOwn(registry, definition.id)) {
      raise('DUPLICATE_RULE', [definition.id], { path: [index, 'id'] });
    }
    registry[definition.id as RuleId] = Object.freeze({ ...definition });
  }
  return Object.freeze(registry) as RuleRegistry<Definitions[number]['id']>;
}
