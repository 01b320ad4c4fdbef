import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { SurveyPolicy } from './charterDocument';
import { raiseGovernance } from './messages';

function checkWhole(value: unknown, path: (string | number)[], minimum: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    raiseGovernance(
      'INVALID_INPUT',
      [`policy.${path.join('.')}`, `a whole number ≥ ${minimum}`, describeValue(value)],
      {
        path: ['policy', ...path],
      },
    );
  }
}

/**
 * @internal Checks a survey policy by hand (the same rules as the charter's schema), so
 * that evaluating a request does not load the schema library.
 */
export function checkSurveyPolicy(policy: SurveyPolicy): void {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    raiseGovernance('INVALID_INPUT', ['policy', 'a survey policy object', describeValue(policy)], { path: ['policy'] });
  }
  checkOptions(
    policy,
    ['maxSurveys', 'minDaysSinceSurvey', 'minDaysSinceComplaint', 'teamCap', 'journeyOwners'],
    'policy',
  );
  for (const field of ['maxSurveys', 'teamCap'] as const) {
    const limit = policy[field];
    if (limit === undefined) continue;
    checkOptions(limit, ['count', 'withinDays'], `policy.${field}`);
    checkWhole(limit.count, [field, 'count'], 1);
    checkWhole(limit.withinDays, [field, 'withinDays'], 1);
  }
  for (const field of ['minDaysSinceSurvey', 'minDaysSinceComplaint'] as const) {
    if (policy[field] !== undefined) checkWhole(policy[field], [field], 0);
  }
  const owners = policy.journeyOwners;
  if (owners !== undefined) {
    if (typeof owners !== 'object' || owners === null || Array.isArray(owners)) {
      raiseGovernance(
        'INVALID_INPUT',
        ['policy.journeyOwners', 'an object of teams by journey id', describeValue(owners)],
        {
          path: ['policy', 'journeyOwners'],
        },
      );
    }
    for (const [journey, team] of Object.entries(owners)) {
      if (typeof team !== 'string' || team.trim() === '') {
        raiseGovernance('INVALID_INPUT', [`policy.journeyOwners.${journey}`, 'a team name', describeValue(team)], {
          path: ['policy', 'journeyOwners', journey],
        });
      }
    }
  }
}
