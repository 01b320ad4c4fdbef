import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { Instant } from '../core/periods/Period';
import { epochOrNaN, maximumEpochMilliseconds, parseInstant, raiseInvalidDate } from '../core/periods/parseInstant';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import type { SurveyPolicy } from './charterDocument';
import { checkSurveyPolicy } from './checkSurveyPolicy';
import { raiseGovernance } from './messages';
import type { SurveyContact, SurveyContactColumns, SurveyDecision, SurveyRequest, SurveyRule } from './SurveyContacts';

/**
 * Options for {@link evaluateSurveyRequest}.
 *
 * @category Survey policy
 */
export interface EvaluateSurveyRequestOptions {
  /** When the survey would go out. Contacts after it are not counted. Required. */
  readonly asOf: Instant;
}

const day = 86_400_000;

/** Per requested customer, what the policy needs from their past contacts. */
interface Tally {
  readonly windowCount: Int32Array;
  readonly lastSurvey: Float64Array;
  readonly lastComplaint: Float64Array;
  readonly optedOut: Uint8Array;
  teamSurveys: number;
}

interface Windows {
  readonly asOf: number;
  /** Surveys after this count towards maxSurveys. */
  readonly customerFrom: number;
  /** Surveys by the team after this count towards the team cap. */
  readonly teamFrom: number;
}

/**
 * Splits the customers a team asks to survey into those the survey contact policy allows
 * and those it blocks, with every rule that blocked each: an opt-out (at any time up to
 * `asOf`); a journey only its owning team may survey (`journeyOwners`); at most
 * `maxSurveys.count` surveys within the last `maxSurveys.withinDays` days; fewer than
 * `minDaysSinceSurvey` days since the last survey or `minDaysSinceComplaint` since the
 * last complaint; and the team cap — the team's surveys within `teamCap.withinDays`
 * days plus this request's allowed customers may not exceed `teamCap.count`, so the
 * customers beyond the remaining capacity (in request order, among those no other rule
 * blocks) are blocked by `team-cap`. Days are 24 hours back from `asOf`; windows hold
 * contacts after their start and up to `asOf`.
 *
 * The contacts are read in one pass, keeping per requested customer only a count and
 * two latest times, so the cost is one step per contact plus one per customer — never a
 * scan of all contacts per customer. For millions of contacts pass columns
 * ({@link SurveyContactColumns}). Team names match exactly, as written.
 *
 * @param policy - The survey contact policy (a charter's `surveyPolicy`).
 * @param contacts - Past contacts as rows or columns.
 * @param request - The team, the journey (optional) and the customers.
 * @param options - `asOf` (required).
 * @returns The allowed customers, the blocked ones with their rules, and counts.
 * @throws `CxError` `INVALID_INPUT` for a malformed policy, request or contact (path names the field, and the row
 *   as `['contacts', index, field]`), `DUPLICATE_ID` for a customer requested twice, `INVALID_DATE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { evaluateSurveyRequest } from 'cxkit/governance';
 *
 * const policy = { maxSurveys: { count: 2, withinDays: 90 }, minDaysSinceComplaint: 14 };
 * const contacts = [
 *   { customerId: 'c1', at: '2026-01-10', kind: 'survey' },
 *   { customerId: 'c1', at: '2026-02-20', kind: 'survey' },
 *   { customerId: 'c2', at: '2026-03-01', kind: 'complaint' },
 *   { customerId: 'c3', at: '2026-01-05', kind: 'opt-out' },
 * ] as const;
 * const decision = evaluateSurveyRequest(policy, contacts, { team: 'billing', customers: ['c1', 'c2', 'c3', 'c4'] }, { asOf: '2026-03-10' });
 * decision.allowed // => ['c4']
 * decision.blocked // => [{ customerId: 'c1', rules: ['max-surveys'] }, { customerId: 'c2', rules: ['complaint-gap'] }, { customerId: 'c3', rules: ['opted-out'] }]
 *
 * @category Survey policy
 */
export function evaluateSurveyRequest(
  policy: SurveyPolicy,
  contacts: readonly SurveyContact[] | SurveyContactColumns,
  request: SurveyRequest,
  options: EvaluateSurveyRequestOptions,
): SurveyDecision {
  checkOptions(options, ['asOf']);
  const asOf = parseInstant(options?.asOf as Instant, { path: ['asOf'] });
  checkSurveyPolicy(policy);
  const slotOf = readRequest(request);
  const windows: Windows = {
    asOf,
    customerFrom: asOf - (policy.maxSurveys?.withinDays ?? 0) * day,
    teamFrom: asOf - (policy.teamCap?.withinDays ?? 0) * day,
  };
  const count = slotOf.size;
  const tally: Tally = {
    windowCount: new Int32Array(count),
    lastSurvey: new Float64Array(count).fill(Number.NEGATIVE_INFINITY),
    lastComplaint: new Float64Array(count).fill(Number.NEGATIVE_INFINITY),
    optedOut: new Uint8Array(count),
    teamSurveys: 0,
  };
  if (Array.isArray(contacts)) tallyRows(contacts, slotOf, request.team, windows, tally);
  else tallyColumns(contacts as SurveyContactColumns, slotOf, request.team, windows, tally);
  if (policy.teamCap === undefined) tally.teamSurveys = 0;
  return decide(policy, request, windows, tally);
}

function readRequest(request: SurveyRequest): Map<string, number> {
  if (typeof request !== 'object' || request === null) {
    raiseGovernance('INVALID_INPUT', ['request', 'an object with team and customers', describeValue(request)], {
      path: ['request'],
    });
  }
  checkOptions(request, ['team', 'journey', 'customers'], 'request');
  if (typeof request.team !== 'string' || request.team.trim() === '') {
    raiseGovernance('INVALID_INPUT', ['request.team', 'a team name', describeValue(request.team)], {
      path: ['request', 'team'],
    });
  }
  if (request.journey !== undefined && typeof request.journey !== 'string') {
    raiseGovernance('INVALID_INPUT', ['request.journey', 'a journey id', describeValue(request.journey)], {
      path: ['request', 'journey'],
    });
  }
  if (!Array.isArray(request.customers)) {
    raiseGovernance(
      'INVALID_INPUT',
      ['request.customers', 'an array of customer ids', describeValue(request.customers)],
      {
        path: ['request', 'customers'],
      },
    );
  }
  const slotOf = new Map<string, number>();
  request.customers.forEach((customerId: unknown, index) => {
    if (typeof customerId !== 'string' || customerId === '') {
      raiseGovernance('INVALID_INPUT', [`request.customers[${index}]`, 'a customer id', describeValue(customerId)], {
        path: ['request', 'customers', index],
      });
    }
    const first = slotOf.get(customerId);
    if (first !== undefined) {
      raiseGovernance('DUPLICATE_ID', ['Customer', customerId, first], { path: ['request', 'customers', index] });
    }
    slotOf.set(customerId, index);
  });
  return slotOf;
}

function badContact(index: number, field: string, expectation: string, value: unknown): never {
  return raiseGovernance('INVALID_INPUT', [`contacts[${index}].${field}`, expectation, describeValue(value)], {
    path: ['contacts', index, field],
  });
}

function badColumn(row: number, column: string, expectation: string, value: unknown): never {
  return raiseGovernance('INVALID_INPUT', [`contacts.${column}[${row}]`, expectation, describeValue(value)], {
    path: ['contacts', column, row],
  });
}

function tallyRows(
  rows: readonly SurveyContact[],
  slotOf: ReadonlyMap<string, number>,
  team: string,
  windows: Windows,
  tally: Tally,
): void {
  const utc = timeZoneContext('UTC');
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as SurveyContact;
    if (typeof row !== 'object' || row === null) badContact(index, 'customerId', 'a contact object', row);
    if (typeof row.customerId !== 'string') badContact(index, 'customerId', 'a customer id', row.customerId);
    const kind = row.kind === 'survey' ? 0 : row.kind === 'complaint' ? 1 : row.kind === 'opt-out' ? 2 : -1;
    if (kind < 0) badContact(index, 'kind', '"survey", "complaint" or "opt-out"', row.kind);
    // Epoch numbers skip the parser; strings and Dates go through it.
    const given = row.at;
    const at =
      typeof given === 'number' && Math.abs(given) <= maximumEpochMilliseconds ? given : epochOrNaN(given, utc);
    if (Number.isNaN(at)) raiseInvalidDate(given, ['contacts', index, 'at']);
    if (at > windows.asOf) continue;
    const slot = slotOf.get(row.customerId);
    record(tally, windows, slot === undefined ? -1 : slot, kind, at, row.team === team);
  }
}

function tallyColumns(
  columns: SurveyContactColumns,
  slotOf: ReadonlyMap<string, number>,
  team: string,
  windows: Windows,
  tally: Tally,
): void {
  if (typeof columns !== 'object' || columns === null || !Array.isArray(columns.customerIds)) {
    raiseGovernance('INVALID_INPUT', ['contacts', 'an array of contacts or contact columns', describeValue(columns)], {
      path: ['contacts'],
    });
  }
  checkOptions(columns, ['customerIds', 'customer', 'at', 'kind', 'team', 'teams'], 'contacts');
  const { customerIds, customer, at, kind } = columns;
  const length = at?.length;
  for (const [name, column] of [
    ['customer', customer],
    ['kind', kind],
    ['team', columns.team ?? at],
  ] as const) {
    if (typeof length !== 'number' || column?.length !== length) {
      raiseGovernance(
        'INVALID_INPUT',
        [
          `contacts.${name}`,
          `a column as long as contacts.at (${describeValue(length)})`,
          describeValue(column?.length),
        ],
        { path: ['contacts', name] },
      );
    }
  }
  // Customer index → request slot, built by one pass over the customers.
  const slotByIndex = new Int32Array(customerIds.length).fill(-1);
  for (let index = 0; index < customerIds.length; index++) {
    const slot = slotOf.get(customerIds[index] as string);
    if (slot !== undefined) slotByIndex[index] = slot;
  }
  const teamColumn = columns.team;
  const teamIndex = teamColumn === undefined ? -2 : (columns.teams?.indexOf(team) ?? -1);
  const countsTeam = teamIndex >= 0;
  const customerCount = customerIds.length;
  // The hot loop: locals only, the rule of `record` written out, one check per field.
  const { windowCount, lastSurvey, lastComplaint, optedOut } = tally;
  const { asOf, customerFrom, teamFrom } = windows;
  let teamSurveys = 0;
  for (let row = 0; row < length; row++) {
    const time = at[row] as number;
    const customerIndex = customer[row] as number;
    const code = kind[row] as number;
    // `x >>> 0 === x` holds for whole numbers from 0 to 2³² − 1 only.
    if (customerIndex >>> 0 !== customerIndex || customerIndex >= customerCount) {
      badColumn(row, 'customer', `an index into customerIds (0 to ${customerCount - 1})`, customerIndex);
    }
    // time − time is 0 for finite numbers and NaN for NaN and ±Infinity.
    if (time - time !== 0) raiseInvalidDate(time, ['contacts', 'at', row]);
    if (time > asOf) {
      if (code !== 0 && code !== 1 && code !== 2) badColumn(row, 'kind', kindExpectation, code);
      continue;
    }
    const slot = slotByIndex[customerIndex] as number;
    if (code === 0) {
      if (countsTeam && time > teamFrom && (teamColumn as ArrayLike<number>)[row] === teamIndex) teamSurveys++;
      if (slot < 0) continue;
      if (time > customerFrom) windowCount[slot] = (windowCount[slot] as number) + 1;
      if (time > (lastSurvey[slot] as number)) lastSurvey[slot] = time;
    } else if (code === 1) {
      if (slot >= 0 && time > (lastComplaint[slot] as number)) lastComplaint[slot] = time;
    } else if (code === 2) {
      if (slot >= 0) optedOut[slot] = 1;
    } else badColumn(row, 'kind', kindExpectation, code);
  }
  tally.teamSurveys = teamSurveys;
}

const kindExpectation = '0 (survey), 1 (complaint) or 2 (opt-out)';

function record(tally: Tally, windows: Windows, slot: number, kind: number, at: number, isTeam: boolean): void {
  if (kind === 0) {
    if (isTeam && at > windows.teamFrom) tally.teamSurveys++;
    if (slot < 0) return;
    if (at > windows.customerFrom) tally.windowCount[slot] = (tally.windowCount[slot] as number) + 1;
    if (at > (tally.lastSurvey[slot] as number)) tally.lastSurvey[slot] = at;
  } else if (slot < 0) {
    return;
  } else if (kind === 1) {
    if (at > (tally.lastComplaint[slot] as number)) tally.lastComplaint[slot] = at;
  } else {
    tally.optedOut[slot] = 1;
  }
}

function decide(policy: SurveyPolicy, request: SurveyRequest, windows: Windows, tally: Tally): SurveyDecision {
  const owner =
    request.journey === undefined
      ? undefined
      : (policy.journeyOwners as Readonly<Record<string, string>> | undefined)?.[request.journey];
  const journeyBlocked = owner !== undefined && owner !== request.team;
  const capacity = policy.teamCap === undefined ? Number.POSITIVE_INFINITY : policy.teamCap.count - tally.teamSurveys;
  const surveyGap = (policy.minDaysSinceSurvey ?? 0) * day;
  const complaintGap = (policy.minDaysSinceComplaint ?? 0) * day;
  const allowed: string[] = [];
  const blocked: { customerId: string; rules: SurveyRule[] }[] = [];
  const byRule: Record<SurveyRule, number> = {
    'opted-out': 0,
    'journey-owner': 0,
    'max-surveys': 0,
    'survey-gap': 0,
    'complaint-gap': 0,
    'team-cap': 0,
  };
  request.customers.forEach((customerId, slot) => {
    const rules: SurveyRule[] = [];
    if (tally.optedOut[slot] === 1) rules.push('opted-out');
    if (journeyBlocked) rules.push('journey-owner');
    if (policy.maxSurveys !== undefined && (tally.windowCount[slot] as number) >= policy.maxSurveys.count) {
      rules.push('max-surveys');
    }
    if (windows.asOf - (tally.lastSurvey[slot] as number) < surveyGap) rules.push('survey-gap');
    if (windows.asOf - (tally.lastComplaint[slot] as number) < complaintGap) rules.push('complaint-gap');
    if (rules.length === 0 && allowed.length >= capacity) rules.push('team-cap');
    if (rules.length === 0) {
      allowed.push(customerId);
      return;
    }
    for (const rule of rules) byRule[rule]++;
    blocked.push({ customerId, rules });
  });
  return {
    allowed,
    blocked,
    counts: {
      requested: request.customers.length,
      allowed: allowed.length,
      blocked: blocked.length,
      byRule,
      teamSurveys: tally.teamSurveys,
    },
  };
}
