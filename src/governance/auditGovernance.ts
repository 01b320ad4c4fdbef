import type { DocumentInput } from '../core/documents/DocumentInput';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import { addBusinessDays } from '../core/periods/addBusinessDays';
import type { Instant, Weekday } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
// The type from the file that declares it: through the journeys index, the .d.ts build
// (one chunk per source file) would make the chunks import each other.
import type { Journey } from '../journeys/journeyDocument';
import type { Charter } from './charterDocument';
import type { DecisionEvent } from './DecisionEvent';
import { governanceRules } from './governanceRules';
import { raiseGovernance } from './messages';
import { parseCharter } from './parseCharter';
import { replayDecisionLog } from './replayDecisionLog';

/**
 * Options for {@link auditGovernance}.
 *
 * @category Audit
 */
export interface AuditGovernanceOptions {
  /** The day of the audit: deadlines and follow-up days are measured to it. Required. */
  readonly asOf: Instant;
  /**
   * Journeys whose step owners the council should include (`governance/missing-function`).
   * Default none: the rule is not checked.
   */
  readonly journeys?: readonly Journey[];
}

const day = 86_400_000;
const decisionTypes = new Set(['approved', 'denied', 'deferred', 'withdrawn']);
const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const iso = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

/**
 * Audits a charter and its decision log as of a day, with the rules in
 * {@link governanceRules}: decision types without exactly one Accountable; events the
 * replay rejected (each kept and explained); submitted recommendations past the review
 * deadline (`reviewDeadline.businessDays` on the charter's calendar); approvals not
 * implemented and implementations not measured within `followUp` days (default 90 each,
 * days of 24 hours); decisions without a reason; and, given journeys, functions that own
 * journey steps but have no council member (names match without regard to case or spacing).
 *
 * @param charter - A charter (parsed here, so JSON is fine).
 * @param log - The decision log, in any order (replayed as {@link replayDecisionLog} does).
 * @param options - `asOf` (required) and `journeys`.
 * @returns The findings, sorted (`sortFindings`); log findings have path `['log', index]` into `log`.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid charter; `CxError` `DUPLICATE_EVENT_ID`,
 *   `INVALID_INPUT` or `INVALID_DATE` for a malformed log or `asOf`; `UNKNOWN_OPTION`.
 *
 * @example
 * import { auditGovernance, parseCharter } from 'cxkit/governance';
 *
 * const charter = parseCharter({
 *   kind: 'governance-charter',
 *   schemaVersion: 1,
 *   id: 'cx-governance',
 *   title: 'CX governance charter',
 *   council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
 *   executives: [{ id: 'coo' }],
 *   decisionRights: [],
 *   quorum: 1,
 *   reviewDeadline: { businessDays: 5 },
 * });
 * const log = [
 *   { id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02' },
 *   { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-02' },
 * ] as const;
 * auditGovernance(charter, log, { asOf: '2026-03-20' }).map((finding) => finding.rule)
 * // => ['governance/review-overdue']
 * auditGovernance(charter, log, { asOf: '2026-03-06' }) // => []
 *
 * @category Audit
 */
export function auditGovernance(
  charter: DocumentInput<Charter>,
  log: readonly DecisionEvent[],
  options: AuditGovernanceOptions,
): Finding[] {
  checkOptions(options, ['asOf', 'journeys']);
  if (options === undefined) {
    raiseGovernance('MISSING_FIELD', ['options', 'asOf', 'an audit']);
  }
  const asOf = parseInstant(options.asOf, { path: ['asOf'] });
  const document = parseCharter(charter);
  const findings: Finding[] = [];

  document.decisionRights.forEach((right, index) => {
    if (right.accountable.length === 1) return;
    findings.push(
      findingFromRule(governanceRules['governance/accountable-not-one'], {
        message: `Decision type ${JSON.stringify(right.decisionType)} has ${right.accountable.length === 0 ? 'no Accountable' : `${right.accountable.length} Accountable (${right.accountable.join(', ')})`}.`,
        path: ['charter', 'decisionRights', index, 'accountable'],
        hint: 'Name exactly one executive who answers for this kind of decision.',
      }),
    );
  });

  const replay = replayDecisionLog(log, document);
  for (const rejected of replay.rejected) {
    findings.push(
      findingFromRule(governanceRules['governance/rejected-event'], {
        message: `Event ${JSON.stringify(rejected.event.id)} (${rejected.event.type} of ${JSON.stringify(rejected.event.recommendation)}) was rejected (${rejected.code}): ${rejected.message}`,
        path: ['log', rejected.index],
      }),
    );
  }
  const indexOf = new Map(log.map((event, index) => [event.id, index]));
  const latestEventIndex = (eventIds: readonly string[], types: ReadonlySet<string>) => {
    for (let position = eventIds.length - 1; position >= 0; position--) {
      const index = indexOf.get(eventIds[position] as string) as number;
      if (types.has((log[index] as DecisionEvent).type)) return index;
    }
    return -1;
  };
  const { timeZone, weekend, holidays } = document.calendar ?? {};
  const calendar = {
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(weekend === undefined ? {} : { weekend: weekend as Weekday[] }),
    ...(holidays === undefined ? {} : { holidays }),
  };
  const implementWithin = document.followUp?.implementWithinDays ?? 90;
  const measureWithin = document.followUp?.measureWithinDays ?? 90;
  for (const state of Object.values(replay.recommendations)) {
    const name = JSON.stringify(state.id);
    if (state.status === 'submitted' && state.submittedAt !== undefined) {
      const deadline = addBusinessDays(state.submittedAt, document.reviewDeadline.businessDays, calendar);
      if (asOf > deadline) {
        findings.push(
          findingFromRule(governanceRules['governance/review-overdue'], {
            message: `Recommendation ${name} was submitted on ${iso(state.submittedAt)} and is still undecided; its review deadline of ${document.reviewDeadline.businessDays} business days passed on ${iso(deadline)}.`,
            path: ['log', latestEventIndex(state.events, new Set(['submitted', 'resubmitted']))],
            hint: 'Decide it: approve, deny or defer, with a reason.',
          }),
        );
      }
    }
    if (
      state.status === 'approved' &&
      state.decidedAt !== undefined &&
      asOf - state.decidedAt > implementWithin * day
    ) {
      findings.push(
        findingFromRule(governanceRules['governance/not-implemented'], {
          message: `Recommendation ${name} was approved on ${iso(state.decidedAt)} and is not implemented after ${Math.floor((asOf - state.decidedAt) / day)} days (follow-up: ${implementWithin}).`,
          path: ['log', latestEventIndex(state.events, new Set(['approved']))],
          hint: 'Implement it, or withdraw it with a reason.',
        }),
      );
    }
    if (
      state.status === 'implemented' &&
      state.implementedAt !== undefined &&
      asOf - state.implementedAt > measureWithin * day
    ) {
      findings.push(
        findingFromRule(governanceRules['governance/not-measured'], {
          message: `Recommendation ${name} was implemented on ${iso(state.implementedAt)} and its outcome has not been measured after ${Math.floor((asOf - state.implementedAt) / day)} days (follow-up: ${measureWithin}).`,
          path: ['log', latestEventIndex(state.events, new Set(['implemented']))],
          hint: 'Record an outcome-measured event with the change in the driver or the ultimate metric.',
        }),
      );
    }
  }
  log.forEach((event, index) => {
    if (!decisionTypes.has(event.type) || (event.reason !== undefined && event.reason.trim() !== '')) return;
    findings.push(
      findingFromRule(governanceRules['governance/no-reason'], {
        message: `Event ${JSON.stringify(event.id)} (${event.type} of ${JSON.stringify(event.recommendation)}) gives no reason.`,
        path: ['log', index, 'reason'],
      }),
    );
  });
  findings.push(...missingFunctions(document, options.journeys));
  return sortFindings(findings);
}

function missingFunctions(charter: Charter, journeys: readonly Journey[] | undefined): Finding[] {
  if (journeys === undefined) return [];
  if (!Array.isArray(journeys)) {
    raiseGovernance('INVALID_INPUT', ['journeys', 'an array of journeys', describeValue(journeys)], {
      path: ['journeys'],
    });
  }
  const seated = new Set(charter.council.map((member) => sameName(member.function)));
  const missing = new Map<string, { owner: string; path: (string | number)[]; steps: string[] }>();
  journeys.forEach((journey, journeyIndex) => {
    if (typeof journey !== 'object' || journey === null || !Array.isArray(journey.steps)) {
      raiseGovernance('INVALID_INPUT', [`journeys[${journeyIndex}]`, 'a journey with steps', describeValue(journey)], {
        path: ['journeys', journeyIndex],
      });
    }
    (journey.steps as Journey['steps']).forEach((step, stepIndex) => {
      if (step.owner === undefined) return;
      const key = sameName(step.owner);
      if (seated.has(key)) return;
      const held = missing.get(key);
      const where = `${journey.id}/${step.id}`;
      if (held === undefined) {
        missing.set(key, {
          owner: step.owner,
          path: ['journeys', journeyIndex, 'steps', stepIndex, 'owner'],
          steps: [where],
        });
      } else held.steps.push(where);
    });
  });
  return [...missing.values()].map((function_) =>
    findingFromRule(governanceRules['governance/missing-function'], {
      message: `${JSON.stringify(function_.owner)} owns journey steps (${function_.steps.join(', ')}) but has no member on the council.`,
      path: function_.path,
      hint: `Seat someone from ${function_.owner} on the council.`,
    }),
  );
}
