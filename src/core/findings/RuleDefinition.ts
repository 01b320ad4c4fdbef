import type { RuleId, Severity } from './Finding';

/**
 * The documentation of one lint or audit rule, as kept in a module's rule registry.
 *
 * @category Findings
 */
export interface RuleDefinition<Id extends RuleId = RuleId> {
  /** The rule id, `module/kebab-name`. */
  readonly id: Id;
  /** One line: what the rule finds. */
  readonly summary: string;
  /** Why it matters, in the terms of the CX practice it comes from. */
  readonly rationale: string;
  /** The severity its findings carry unless a finding says otherwise. */
  readonly severity: Severity;
  /** An input that triggers the rule, for the docs (a sentence or a document fragment). */
  readonly example?: string;
}

/**
 * A module's documented rules, keyed by id. Plain, frozen data: list it with
 * `Object.values`, look a rule up by its id.
 *
 * @category Findings
 */
export type RuleRegistry<Id extends RuleId = RuleId> = {
  readonly [Key in Id]: RuleDefinition<Key>;
};
