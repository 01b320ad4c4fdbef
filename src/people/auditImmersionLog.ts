import { describeValue } from '../core/errors/describeValue';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import type { Instant } from '../core/periods/Period';
import { lifecyclePhases } from '../journeys/index';
import { daysBefore, readAuditOptions } from './auditDay';
import type { ImmersionLog, ImmersionLogInput } from './immersionLogDocument';
import { raisePeople } from './messages';
import { parseImmersionLog } from './parseImmersionLog';
import { peopleRules } from './peopleRules';

/**
 * Options for {@link auditImmersionLog}.
 *
 * @category Immersion
 */
export interface AuditImmersionLogOptions {
  /** The day of the audit. Required: cxkit never reads the clock. */
  readonly asOf: Instant;
  /** The calendar on which `asOf` falls on a day. Default `'UTC'`. */
  readonly timeZone?: string;
  /** How many days may pass between one leader's immersions. Default: the log's `everyDays`, else 90. */
  readonly everyDays?: number;
  /** How many days an entry may wait for what it led to before `immersion/finding-led-nowhere`. Default 30. */
  readonly followUpDays?: number;
  /**
   * Every recommendation id the decision logs know, to check `ledTo.recommendation`
   * (`immersion/unknown-recommendation`). Default: not checked.
   */
  readonly recommendations?: readonly string[];
}

const beforePurchase = new Set(lifecyclePhases.filter((phase) => !phase.afterPurchase).map((phase) => phase.id));

function leaderName(leader: ImmersionLog['leaders'][number]): string {
  return leader.name === undefined ? leader.id : `${leader.name} (${leader.id})`;
}

/**
 * Audits an immersion log as of a day, with the rules in {@link peopleRules}: leaders
 * with no immersion within `everyDays` (`immersion/leader-not-immersed`); entries older
 * than `followUpDays` that led to nothing (`immersion/finding-led-nowhere`); given the
 * known recommendations, a `ledTo.recommendation` that names none
 * (`immersion/unknown-recommendation`); and, when every entry of the last year that
 * names a lifecycle phase is in a phase up to the purchase, leaders exploring the
 * buyer's journey only (`immersion/buyer-journey-only`). Entries dated after `asOf` are
 * left out.
 *
 * @param log - An immersion log (parsed here, so JSON is fine).
 * @param options - `asOf` (required), `timeZone`, `everyDays`, `followUpDays`, `recommendations`.
 * @returns The findings, sorted (`sortFindings`), with paths into the log.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid log; `CxError` `MISSING_AS_OF` (path `asOf`),
 *   `INVALID_DATE`, `INVALID_TIME_ZONE`, `INVALID_OPTION` (a day count, or `recommendations`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { auditImmersionLog } from 'cxkit/people';
 *
 * const log = {
 *   kind: 'immersion-log',
 *   schemaVersion: 1,
 *   id: 'in-their-shoes',
 *   title: 'Leaders in the customer’s shoes',
 *   leaders: [{ id: 'cfo', function: 'Finance' }, { id: 'coo', function: 'Operations' }],
 *   entries: [
 *     { id: 'i1', leader: 'cfo', task: 'Queried an invoice by phone', date: '2026-09-14', phase: 'support', found: ['Three transfers.'], ledTo: { action: 'One named contact for invoice queries.' } },
 *   ],
 * } as const;
 * auditImmersionLog(log, { asOf: '2026-11-01' }).map((finding) => [finding.rule, finding.path])
 * // => [['immersion/leader-not-immersed', ['leaders', 1]]]
 * auditImmersionLog(log, { asOf: '2027-01-01' }).length // => 2
 * auditImmersionLog(log, {} as never) // throws CxError MISSING_AS_OF
 *
 * @category Immersion
 */
export function auditImmersionLog(log: ImmersionLogInput, options: AuditImmersionLogOptions): Finding[] {
  const { asOfDate, days } = readAuditOptions('auditImmersionLog', options, ['everyDays', 'followUpDays'] as const, [
    'recommendations',
  ]);
  const recommendations = readRecommendations(options.recommendations);
  const document = parseImmersionLog(log);
  const everyDays = days.everyDays ?? document.everyDays ?? 90;
  const followUpDays = days.followUpDays ?? 30;
  const findings: Finding[] = [];
  const held = document.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.date <= asOfDate);

  const since = daysBefore(asOfDate, everyDays);
  document.leaders.forEach((leader, index) => {
    const own = held.filter(({ entry }) => entry.leader === leader.id).map(({ entry }) => entry.date);
    const last = own.sort().at(-1);
    if (last !== undefined && last > since) return;
    findings.push(
      findingFromRule(peopleRules['immersion/leader-not-immersed'], {
        message:
          last === undefined
            ? `${leaderName(leader)} (${leader.function}) has no immersion recorded: no customer task lived first-hand.`
            : `${leaderName(leader)} (${leader.function}) last did what customers do on ${last}, ${everyDays} or more days before ${asOfDate}.`,
        path: ['leaders', index],
        hint: 'Give the leader a customer task this period — call the support line, order online, visit a site as a customer — and record what they found.',
      }),
    );
  });

  const followUpBy = daysBefore(asOfDate, followUpDays);
  for (const { entry, index } of held) {
    if (entry.ledTo === undefined) {
      if (entry.date > followUpBy) continue;
      findings.push(
        findingFromRule(peopleRules['immersion/finding-led-nowhere'], {
          message: `What ${entry.leader} found on ${entry.date} (${entry.task}) has led to no recommendation or action after ${followUpDays} or more days.`,
          path: ['entries', index, 'ledTo'],
          hint: 'Take the finding to the CX council as a recommendation, or record the action it led to and who owns it.',
        }),
      );
      continue;
    }
    const recommendation = entry.ledTo.recommendation;
    if (recommendations === undefined || recommendation === undefined || recommendations.has(recommendation)) continue;
    findings.push(
      findingFromRule(peopleRules['immersion/unknown-recommendation'], {
        message: `Entry ${JSON.stringify(entry.id)} led to recommendation ${JSON.stringify(recommendation)}, which no decision log holds.`,
        path: ['entries', index, 'ledTo', 'recommendation'],
        hint: 'Use the recommendation id the decision log records, or submit the recommendation to the council.',
      }),
    );
  }

  const lastYear = daysBefore(asOfDate, 365);
  const phased = held.filter(({ entry }) => entry.phase !== undefined && entry.date > lastYear);
  if (phased.length > 0 && phased.every(({ entry }) => beforePurchase.has(entry.phase as string))) {
    findings.push(
      findingFromRule(peopleRules['immersion/buyer-journey-only'], {
        message: `Every immersion of the last year with a phase (${phased.length}) explored buying only (${[...new Set(phased.map(({ entry }) => entry.phase))].join(', ')}): nobody lived what customers live after they buy.`,
        path: ['entries'],
        hint: 'Give leaders tasks after the purchase too: getting set up, using, asking for help, renewing, leaving.',
      }),
    );
  }
  return sortFindings(findings);
}

function readRecommendations(recommendations: unknown): ReadonlySet<string> | undefined {
  if (recommendations === undefined) return undefined;
  if (!Array.isArray(recommendations) || recommendations.some((id) => typeof id !== 'string')) {
    raisePeople(
      'INVALID_OPTION',
      ['recommendations', 'an array of recommendation ids', describeValue(recommendations)],
      {
        path: ['recommendations'],
      },
    );
  }
  return new Set(recommendations as string[]);
}
