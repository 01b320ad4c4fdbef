import * as z from 'zod';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import type { Idea } from './Idea';

const text = () => z.string().refine((value) => value.trim() !== '', 'Expected a non-empty text.');
const finite = () => z.number().finite();

const ideaSchema = () =>
  z.strictObject({
    /** The idea's id, unique in the portfolio. */
    id: text(),
    /** A name for reports. */
    title: z.string().optional(),
    cost: finite().min(0).optional(),
    value: finite().min(0).optional(),
    reach: finite().optional(),
    impact: finite().optional(),
    confidence: finite().min(0).max(1).optional(),
    effort: finite().positive().optional(),
    ease: finite().optional(),
    businessValue: finite().optional(),
    timeCriticality: finite().optional(),
    riskReduction: finite().optional(),
    jobSize: finite().positive().optional(),
    driver: text().optional(),
    /** The predicted change in the ultimate CX metric, as a number (a what-if estimate written down). */
    predictedChange: finite().optional(),
    mustDo: z.boolean().optional(),
    dependsOn: z.array(text()).optional(),
  });

/**
 * The document kind `portfolio`: the ideas competing for this round's CX funding and
 * the budget to fund them from. Each idea has the fields of `Idea` (with
 * `predictedChange` as a number only, since a file holds no `whatIf` result) plus an
 * optional `title`; `costUnit` and `valueUnit` say what the numbers count, for reports;
 * pass `ideas` to `prioritize` and `fundPortfolio`. Checked as a
 * whole: idea ids are unique and every `dependsOn` names an idea of the portfolio.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { portfolioDocument } from 'cxkit/governance';
 *
 * portfolioDocument.kind // => 'portfolio'
 * documentJsonSchema(portfolioDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'budget', 'ideas']
 *
 * @category Prioritization
 */
export const portfolioDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'portfolio',
  schemaVersion: 1,
  description: "The ideas competing for a round of CX funding, with the round's budget.",
  shape: {
    /** The money (or effort) available, in the unit of the ideas' `cost`. */
    budget: finite().min(0),
    /** The unit of `budget` and every `cost`, for reports, e.g. `'£ thousand'` or `'person-days'`. */
    costUnit: text().optional(),
    /** The unit of every idea's `value`, for reports, e.g. `'NPS points'`. */
    valueUnit: text().optional(),
    ideas: z.array(ideaSchema()),
  },
  check: (document, report) => {
    const firstIndexOf = new Map<string, number>();
    document.ideas.forEach((idea, index) => {
      const first = firstIndexOf.get(idea.id);
      if (first === undefined) firstIndexOf.set(idea.id, index);
      else
        report({
          message: `Idea id ${JSON.stringify(idea.id)} is already used at index ${first}.`,
          path: ['ideas', index, 'id'],
        });
    });
    document.ideas.forEach((idea, index) => {
      (idea.dependsOn ?? []).forEach((dependency, position) => {
        if (firstIndexOf.has(dependency)) return;
        report({
          message: `Idea ${JSON.stringify(idea.id)} depends on ${JSON.stringify(dependency)}, which is not an idea of this portfolio.`,
          path: ['ideas', index, 'dependsOn', position],
        });
      });
    });
  },
});

/**
 * A portfolio document as {@link parsePortfolio} returns it.
 *
 * @category Prioritization
 */
// zod types absent optional fields as `T | undefined`; a parsed idea never holds an
// explicit `undefined`, so the ideas are typed as the `Idea`s they are.
export type Portfolio = Omit<DocumentOf<typeof portfolioDocument>, 'ideas'> & {
  readonly ideas: ReadonlyArray<Idea & { readonly title?: string; readonly predictedChange?: number }>;
};
