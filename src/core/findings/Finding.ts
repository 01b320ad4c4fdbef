import type { PropertyPath } from '../errors/PropertyPath';
import type { TextSpan } from './TextSpan';

/**
 * How much a finding matters: `error` blocks (a lint run fails), `warning` asks for
 * attention, `info` is advice.
 *
 * @category Findings
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A rule id: the module or document it belongs to, a slash, and a kebab-case name,
 * e.g. `mission/vague-wish` or `journey/inside-out-boundary`.
 *
 * @category Findings
 */
export type RuleId = `${string}/${string}`;

/**
 * The one shape of every lint, audit and assessment result in cxkit.
 *
 * @category Findings
 */
export interface Finding {
  /** The rule that produced it, documented in its module's rule registry. */
  readonly rule: RuleId;
  /** How much it matters. */
  readonly severity: Severity;
  /** What was found, in a sentence a CX lead can act on. */
  readonly message: string;
  /** Where in the document or data it was found (`[]` for the whole). */
  readonly path: PropertyPath;
  /** How to fix it, when there is a useful suggestion. */
  readonly hint?: string;
  /**
   * For findings about a phrase inside a text (a wish in a mission statement, say): the
   * matched part of the string at `path`, so that an editor can underline it. Absent
   * when the finding is about a whole field or document.
   */
  readonly span?: TextSpan;
}
