import { describeValue } from '../core/errors/describeValue';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import type { Instant } from '../core/periods/Period';
import { daysBefore, readAuditOptions, sameFunction } from './auditDay';
import type { EducationPlanInput } from './educationPlanDocument';
import { educationTopics } from './educationTopics';
import { raisePeople } from './messages';
import { parseEducationPlan } from './parseEducationPlan';
import { peopleRules } from './peopleRules';

/**
 * Options for {@link auditEducationPlan}.
 *
 * @category Education
 */
export interface AuditEducationPlanOptions {
  /** The day of the audit. Required: cxkit never reads the clock. */
  readonly asOf: Instant;
  /** The calendar on which `asOf` falls on a day. Default `'UTC'`. */
  readonly timeZone?: string;
  /**
   * The functions the plan must reach: those that own journey steps or have a role in
   * the mission, as their documents name them (compared without case, spaces, `-` or
   * `_`). Default none: `education/function-not-reached` is not checked.
   */
  readonly functions?: readonly string[];
}

/**
 * Audits a CX education plan as of a day, with the rules in {@link peopleRules}:
 * audiences not taught within their cadence (`education/delivery-overdue`: the last
 * delivery on or before `asOf` is `everyDays` or more days old, or there is none);
 * given the functions that own journey steps or have a part in the mission, those no
 * audience lists (`education/function-not-reached`); and the practice's subjects — the
 * voice of the customer, their stories, their journeys, what success means — that no
 * audience is taught (`education/topic-not-covered`).
 *
 * @param plan - An education plan (parsed here, so JSON is fine).
 * @param options - `asOf` (required), `timeZone`, `functions`.
 * @returns The findings, sorted (`sortFindings`), with paths into the plan.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid plan; `CxError` `MISSING_AS_OF` (path `asOf`),
 *   `INVALID_DATE`, `INVALID_TIME_ZONE`, `INVALID_OPTION` (path `functions`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { auditEducationPlan } from 'cxkit/people';
 *
 * const plan = {
 *   kind: 'education-plan',
 *   schemaVersion: 1,
 *   id: 'cx-education',
 *   title: 'CX education plan',
 *   audiences: [
 *     { id: 'front-line', functions: ['Customer service'], everyDays: 30, topics: ['voice-of-the-customer', 'customer-stories', 'journeys', 'what-success-means'] },
 *   ],
 *   deliveries: [{ audience: 'front-line', date: '2026-10-20' }],
 * } as const;
 * auditEducationPlan(plan, { asOf: '2026-11-01', functions: ['customer service', 'Finance'] }).map((finding) => finding.message)
 * // => ['Finance owns journey steps or has a part in the mission, but no audience of the plan reaches it.']
 * auditEducationPlan(plan, { asOf: '2026-12-01' }).map((finding) => finding.rule) // => ['education/delivery-overdue']
 *
 * @category Education
 */
export function auditEducationPlan(plan: EducationPlanInput, options: AuditEducationPlanOptions): Finding[] {
  const { asOfDate } = readAuditOptions('auditEducationPlan', options, [], ['functions']);
  const functions = readFunctions(options.functions);
  const document = parseEducationPlan(plan);
  const findings: Finding[] = [];

  document.audiences.forEach((audience, index) => {
    const last = document.deliveries
      .filter((delivery) => delivery.audience === audience.id && delivery.date <= asOfDate)
      .map((delivery) => delivery.date)
      .sort()
      .at(-1);
    if (last !== undefined && last > daysBefore(asOfDate, audience.everyDays)) return;
    const name = audience.title ?? audience.id;
    findings.push(
      findingFromRule(peopleRules['education/delivery-overdue'], {
        message:
          last === undefined
            ? `${name} (${audience.functions.join(', ')}) has never been taught: no delivery on or before ${asOfDate}.`
            : `${name} (${audience.functions.join(', ')}) was last taught on ${last}; its cadence is every ${audience.everyDays} days, so the next session was due by ${asOfDateAfter(last, audience.everyDays)}.`,
        path: ['audiences', index],
        hint: 'Hold the session and record it in deliveries; if the cadence is wrong, change everyDays rather than let it lapse.',
      }),
    );
  });

  if (functions !== undefined) {
    const reached = new Set(document.audiences.flatMap((audience) => audience.functions.map(sameFunction)));
    const reported = new Set<string>();
    for (const name of functions) {
      const key = sameFunction(name);
      if (reached.has(key) || reported.has(key)) continue;
      reported.add(key);
      findings.push(
        findingFromRule(peopleRules['education/function-not-reached'], {
          message: `${name} owns journey steps or has a part in the mission, but no audience of the plan reaches it.`,
          path: ['audiences'],
          hint: `Add ${name} to an audience, with the voice of the customer and what success means for its work.`,
        }),
      );
    }
  }

  const covered = new Set(document.audiences.flatMap((audience) => audience.topics));
  for (const topic of educationTopics) {
    if (!topic.core || covered.has(topic.id)) continue;
    findings.push(
      findingFromRule(peopleRules['education/topic-not-covered'], {
        message: `No audience is taught ${topic.description} (${topic.id}).`,
        path: ['audiences'],
        hint: `Add ${topic.id} to the topics of the audiences that need it.`,
      }),
    );
  }
  return sortFindings(findings);
}

function asOfDateAfter(isoDate: string, days: number): string {
  return daysBefore(isoDate, -days);
}

function readFunctions(functions: unknown): readonly string[] | undefined {
  if (functions === undefined) return undefined;
  if (!Array.isArray(functions) || functions.some((name) => typeof name !== 'string' || name.trim() === '')) {
    raisePeople('INVALID_OPTION', ['functions', 'an array of function names', describeValue(functions)], {
      path: ['functions'],
    });
  }
  return functions as string[];
}
