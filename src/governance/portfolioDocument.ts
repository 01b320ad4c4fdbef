import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { reportRepeats } from '../core/documents/reportRepeats';
import type { Idea } from './Idea';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
// zod's numbers are finite already: they refuse Infinity and NaN.
const finite = () => z.number();

const ideaSchema = () =>
  z.strictObject({
    /** The idea's id, unique in the portfolio. */
    id: text(),
    /** A name for reports. */
    title: z.optional(z.string()),
    cost: z.optional(finite().check(z.gte(0))),
    value: z.optional(finite().check(z.gte(0))),
    reach: z.optional(finite()),
    impact: z.optional(finite()),
    confidence: z.optional(finite().check(z.gte(0), z.lte(1))),
    effort: z.optional(finite().check(z.positive())),
    ease: z.optional(finite()),
    businessValue: z.optional(finite()),
    timeCriticality: z.optional(finite()),
    riskReduction: z.optional(finite()),
    jobSize: z.optional(finite().check(z.positive())),
    driver: z.optional(text()),
    /** The predicted change in the ultimate CX metric, as a number (a what-if estimate written down). */
    predictedChange: z.optional(finite()),
    mustDo: z.optional(z.boolean()),
    dependsOn: z.optional(z.array(text())),
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
    budget: finite().check(z.gte(0)),
    /** The unit of `budget` and every `cost`, for reports, e.g. `'£ thousand'` or `'person-days'`. */
    costUnit: z.optional(text()),
    /** The unit of every idea's `value`, for reports, e.g. `'NPS points'`. */
    valueUnit: z.optional(text()),
    ideas: z.array(ideaSchema()),
  },
  check: (document, report) => {
    const firstIndexOf = reportRepeats(
      document.ideas.map((idea) => idea.id),
      'Idea id',
      (index) => ['ideas', index, 'id'],
      report,
    );
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
