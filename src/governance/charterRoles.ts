import { describeValue } from '../core/errors/describeValue';
import type { Charter } from './charterDocument';
import { raiseGovernance } from './messages';

/** @internal What the decision rules need from a charter, as sets. */
export interface CharterRoles {
  readonly council: ReadonlySet<string>;
  readonly executives: ReadonlySet<string>;
  readonly quorum: number;
  /** Per decision type, its accountable ids. */
  readonly accountable: ReadonlyMap<string, readonly string[]>;
  /** Per compliance tag, its approver. */
  readonly approvers: ReadonlyMap<string, string>;
}

// A charter is read once per object; replaying a long log does not rebuild the sets
// per event. The cache cannot be observed: the sets are derived from the charter alone.
const cache = new WeakMap<object, CharterRoles>();

/**
 * @internal The roles of a parsed charter. Only its shape is checked here (a charter
 * comes from `parseCharter`); a value that is plainly not a charter is an error.
 */
export function charterRoles(charter: Charter): CharterRoles {
  if (typeof charter !== 'object' || charter === null) {
    raiseGovernance('INVALID_INPUT', ['charter', 'a charter from parseCharter', describeValue(charter)], {
      path: ['charter'],
    });
  }
  const cached = cache.get(charter);
  if (cached !== undefined) return cached;
  for (const field of ['council', 'executives', 'decisionRights'] as const) {
    if (!Array.isArray(charter[field])) {
      raiseGovernance('INVALID_INPUT', [`charter.${field}`, 'an array', describeValue(charter[field])], {
        path: ['charter', field],
      });
    }
  }
  const roles: CharterRoles = {
    council: new Set(charter.council.map((member) => member.id as string)),
    executives: new Set(charter.executives.map((executive) => executive.id as string)),
    quorum: charter.quorum,
    accountable: new Map(charter.decisionRights.map((right) => [right.decisionType as string, right.accountable])),
    approvers: new Map((charter.complianceTags ?? []).map((tag) => [tag.tag as string, tag.approver as string])),
  };
  cache.set(charter, roles);
  return roles;
}
