import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
const memberId = () => identifierSchema('MemberId');
const wholeDays = (minimum: number) => z.number().check(z.int(), z.gte(minimum));

const councilMemberSchema = () =>
  z.strictObject({
    /** The member's id, unique among council members and executives; events name it as `actor`. */
    id: memberId(),
    /** The member's name, for reports. */
    name: z.optional(z.string()),
    /** The function the member speaks for: marketing, customer service, product, finance, … */
    function: text(),
    /** The member's part in the council. */
    role: z.enum(['chair', 'member', 'secretary']),
  });

const executiveSchema = () =>
  z.strictObject({
    /** The executive's id, unique among council members and executives. */
    id: memberId(),
    name: z.optional(z.string()),
    /** The executive's position, e.g. "Chief operating officer". */
    title: z.optional(z.string()),
  });

const decisionRightSchema = () =>
  z.strictObject({
    /** The kind of decision, e.g. `'survey-program'`, `'journey-change'`, `'funding'`. */
    decisionType: identifierSchema('DecisionType'),
    /** Who does the work and brings the recommendation (member or executive ids). */
    responsible: z.array(memberId()).check(z.minLength(1)),
    /**
     * Who answers for the decision. Exactly one is expected: zero or several is a finding
     * of `auditGovernance` (`governance/accountable-not-one`), not a schema error, so that
     * a charter being drafted can still be read and reviewed.
     */
    accountable: z.array(memberId()),
    /** Who is asked before the decision. */
    consulted: z.optional(z.array(memberId())),
    /** Who is told after it. */
    informed: z.optional(z.array(memberId())),
  });

const complianceTagSchema = () =>
  z.strictObject({
    /** The tag a recommendation carries, e.g. `'gdpr'`, `'fca-consumer-duty'`. */
    tag: identifierSchema('ComplianceTag'),
    /** The executive who must take part in approving or denying a recommendation with the tag. */
    approver: memberId(),
    description: z.optional(z.string()),
  });

// The survey contact policy, checked by hand again in checkSurveyPolicy (which must not load zod).
const surveyPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** At most `count` surveys per customer within the last `withinDays` days (rolling). */
    maxSurveys: z.optional(z.strictObject({ count: wholeDays(1), withinDays: wholeDays(1) })),
    /** At least this many days since the customer's last survey. */
    minDaysSinceSurvey: z.optional(wholeDays(0)),
    /** At least this many days since the customer's last complaint. */
    minDaysSinceComplaint: z.optional(wholeDays(0)),
    /** At most `count` surveys sent by one team within the last `withinDays` days (rolling), this request included. */
    teamCap: z.optional(z.strictObject({ count: wholeDays(1), withinDays: wholeDays(1) })),
    /** Journeys only their owning team may survey: journey id → team. */
    journeyOwners: z.optional(z.record(identifierSchema('JourneyId'), text())),
  }))();

/**
 * The document kind `governance-charter`: how a CX program decides. A cross-functional
 * `council` (members with their function and role) organizes recommendations; the
 * `executives` approve or deny them. `decisionRights` give a RACI per decision type;
 * `quorum` is how many executives must take part in an approval or a denial;
 * `reviewDeadline` is how many business days (on `calendar`) a submitted recommendation
 * may wait for its decision; `followUp` says within how many days an approval should be
 * implemented and an implementation measured (default 90 and 90 when absent);
 * `complianceTags` name the executive who must take part in deciding a recommendation
 * with that tag; `surveyPolicy` is the survey contact policy (see `evaluateSurveyRequest`).
 *
 * Checked as a whole: member and executive ids are unique across both lists; every RACI
 * id names a member or an executive; a compliance approver is an executive; the quorum
 * is at most the number of executives; a decision type has one entry. "Exactly one
 * Accountable" is a quality check, reported by `auditGovernance`, so that a draft can
 * be read.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { charterDocument } from 'cxkit/governance';
 *
 * charterDocument.kind // => 'governance-charter'
 * documentJsonSchema(charterDocument).required
 * // => ['kind', 'schemaVersion', 'id', 'title', 'council', 'executives', 'decisionRights', 'quorum', 'reviewDeadline']
 *
 * @category Charter
 */
export const charterDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'governance-charter',
  schemaVersion: 1,
  description:
    'A CX governance charter: the council that recommends, the executives who decide, decision rights as a RACI, quorum, review deadlines, compliance approvers and the survey contact policy.',
  shape: {
    council: z.array(councilMemberSchema()).check(z.minLength(1)),
    executives: z.array(executiveSchema()).check(z.minLength(1)),
    decisionRights: z.array(decisionRightSchema()),
    quorum: wholeDays(1),
    reviewDeadline: z.strictObject({ businessDays: wholeDays(1) }),
    calendar: z.optional(
      z.strictObject({
        timeZone: z.optional(z.string()),
        weekend: z.optional(z.array(z.number().check(z.int(), z.gte(0), z.lte(6)))),
        holidays: z.optional(z.array(isoDateSchema)),
      }),
    ),
    followUp: z.optional(
      z.strictObject({ implementWithinDays: z.optional(wholeDays(1)), measureWithinDays: z.optional(wholeDays(1)) }),
    ),
    complianceTags: z.optional(z.array(complianceTagSchema())),
    surveyPolicy: z.optional(surveyPolicySchema),
  },
  check: (document, report) => {
    const memberIds = document.council.map((member) => member.id as string);
    const executiveIds = document.executives.map((executive) => executive.id as string);
    const known = reportRepeats(
      [...memberIds, ...executiveIds],
      'Id',
      (index) => (index < memberIds.length ? ['council', index, 'id'] : ['executives', index - memberIds.length, 'id']),
      report,
      'Ids are unique among council members and executives.',
    );
    const executives = new Set(executiveIds);
    reportRepeats(
      document.decisionRights.map((right) => right.decisionType),
      'Decision type',
      (index) => ['decisionRights', index, 'decisionType'],
      report,
      'Give each decision type one set of rights.',
    );
    document.decisionRights.forEach((right, rightIndex) => {
      for (const letter of ['responsible', 'accountable', 'consulted', 'informed'] as const) {
        (right[letter] ?? []).forEach((id, index) => {
          if (known.has(id)) return;
          report({
            message: `${JSON.stringify(id)} is neither a council member nor an executive of this charter.`,
            path: ['decisionRights', rightIndex, letter, index],
          });
        });
      }
    });
    (document.complianceTags ?? []).forEach((tag, index) => {
      if (executives.has(tag.approver)) return;
      report({
        message: `Compliance approver ${JSON.stringify(tag.approver)} is not an executive of this charter; only executives approve.`,
        path: ['complianceTags', index, 'approver'],
      });
    });
    if (document.quorum > executiveIds.length) {
      report({
        message: `The quorum of ${document.quorum} is more than the ${executiveIds.length} executives who can decide.`,
        path: ['quorum'],
      });
    }
  },
});

/**
 * A governance charter as {@link parseCharter} returns it.
 *
 * @category Charter
 */
export type Charter = DocumentOf<typeof charterDocument>;

/**
 * A survey contact policy, as a charter holds it and {@link evaluateSurveyRequest} reads it.
 * Every field is optional; a rule without its field is not applied.
 *
 * @category Survey policy
 */
export interface SurveyPolicy {
  /** At most `count` surveys per customer within the last `withinDays` days (rolling). */
  readonly maxSurveys?: { readonly count: number; readonly withinDays: number } | undefined;
  /** At least this many days since the customer's last survey. */
  readonly minDaysSinceSurvey?: number | undefined;
  /** At least this many days since the customer's last complaint. */
  readonly minDaysSinceComplaint?: number | undefined;
  /** At most `count` surveys sent by one team within the last `withinDays` days (rolling), this request included. */
  readonly teamCap?: { readonly count: number; readonly withinDays: number } | undefined;
  /** Journeys only their owning team may survey: journey id → team. */
  readonly journeyOwners?: Readonly<Record<string, string>> | undefined;
}
