import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';
import { missionDocument } from './missionDocument';
import { statedText } from './statedText';
import { successStatementDocument } from './successStatementDocument';

const goalSchema = () =>
  z.strictObject({
    /** The goal's id, unique within the strategy. */
    id: identifierSchema('GoalId'),
    /** What the goal is, in a sentence. */
    goal: statedText(),
    /** The leader accountable for it: a named person or role. */
    leader: z.optional(statedText()),
    /** Who decides and who sets priorities for the goal. */
    decisionRights: z.optional(z.strictObject({ decides: statedText(), prioritizes: statedText() })),
    /** The ids of the strategy's success statements the goal serves. */
    supports: z.optional(z.array(identifierSchema('DocumentId'))),
    /** How the goal is measured: metric ids, each with its kind. */
    measures: z.optional(
      z.array(
        z.strictObject({
          metric: identifierSchema('MetricId'),
          kind: z.enum(['customer-feedback', 'operational']),
        }),
      ),
    ),
  });

/**
 * The document kind `strategy`: a CX strategy in one document — the vision (its
 * `mission` and `successStatements`, held inline as whole documents of their kinds) and
 * the `goals` for leaders, each with an accountable `leader`, `decisionRights` (who
 * decides, who prioritizes), the success statements it `supports` (by id) and its
 * `measures` (metric ids of either kind).
 *
 * The mission and success statements are held inline, not referred to by id, so that
 * one file is the whole strategy and every link in it is checked when it is read: a
 * goal that supports a success statement the strategy does not hold is an error with
 * its path, as are two success statements or goals with one id. Inline documents must
 * be at their kind's current schema version. Goal measures may name metrics kept
 * elsewhere (metric-definition documents), so an undefined metric is a finding of
 * {@link lintStrategy}, not an error.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { strategyDocument } from 'cxkit/strategy';
 *
 * strategyDocument.kind // => 'strategy'
 * documentJsonSchema(strategyDocument).required // => ['kind', 'schemaVersion', 'id', 'title']
 *
 * @category Documents
 */
export const strategyDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'strategy',
  schemaVersion: 1,
  description:
    'A CX strategy: its mission and success statements (inline), and goals for leaders with who decides, which success statements they support and how each is measured.',
  shape: {
    mission: z.optional(missionDocument.schema),
    successStatements: z.optional(z.array(successStatementDocument.schema)),
    goals: z.optional(z.array(goalSchema())),
  },
  check: (document, report) => {
    const statementIds = (document.successStatements ?? []).map((statement) => statement.id as string);
    const known = reportRepeats(
      statementIds,
      'Success statement id',
      (index) => ['successStatements', index, 'id'],
      report,
    );
    const goals = document.goals ?? [];
    reportRepeats(
      goals.map((goal) => goal.id as string),
      'Goal id',
      (index) => ['goals', index, 'id'],
      report,
    );
    goals.forEach((goal, goalIndex) => {
      (goal.supports ?? []).forEach((id, linkIndex) => {
        if (known.has(id)) return;
        report({
          message: `Goal ${JSON.stringify(goal.id)} supports success statement ${JSON.stringify(id)}, which this strategy does not hold. Its success statements: ${statementIds.length === 0 ? 'none' : statementIds.join(', ')}.`,
          path: ['goals', goalIndex, 'supports', linkIndex],
        });
      });
    });
  },
});

/**
 * A strategy as {@link parseStrategy} returns it.
 *
 * @category Documents
 */
export type Strategy = DocumentOf<typeof strategyDocument>;

/**
 * One goal of a strategy.
 *
 * @category Documents
 */
export type StrategyGoal = NonNullable<Strategy['goals']>[number];
