import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';
import { statedText } from './statedText';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const metricSchema = () =>
  z.strictObject({
    /** The metric's id: a `metric-definition` document's id for survey metrics, or the team's own name. */
    metric: identifierSchema('MetricId'),
    /** Customer feedback (NPS, CSAT, CES, …) or an operational outcome (days, rates, counts). */
    kind: z.enum(['customer-feedback', 'operational']),
    /** Which way is better. */
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    /** The unit the values are in, e.g. `'NPS points'` or `'days'`. */
    unit: z.optional(statedText()),
    /** Where the metric stood when the statement was written: a value measured on a date. */
    baseline: z.optional(z.strictObject({ value: z.number(), on: isoDateSchema })),
    /** Where it should be, and by when. */
    target: z.optional(z.strictObject({ value: z.number(), by: z.optional(isoDateSchema) })),
  });

/**
 * The document kind `success-statement`: what success of the customer experience means
 * for the business. It names the CX `outcome`, the `businessOutcome` it is tied to, the
 * `owner` (a named leader), the `horizon` (the date by which the statement as a whole
 * should hold) and the `metrics` that tell whether it does — customer feedback *and*
 * operational outcomes, each with its direction, a `baseline` (`value` measured `on` a
 * date) and a `target` (`value` to reach `by` a date).
 *
 * Everything but `outcome` may be left out, so that a draft can be kept and linted:
 * {@link lintSuccessStatement} reports what is missing. Besides the strict schema,
 * metric ids must be unique within a statement and a target date must come after its
 * baseline date.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { successStatementDocument } from 'cxkit/strategy';
 *
 * successStatementDocument.kind // => 'success-statement'
 * documentJsonSchema(successStatementDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'outcome']
 *
 * @category Documents
 */
export const successStatementDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'success-statement',
  schemaVersion: 1,
  description:
    'A CX success statement: a CX outcome tied to a business outcome, owned by a named leader, with a horizon, measured by customer feedback and operational metrics with baselines and targets.',
  shape: {
    outcome: statedText(),
    businessOutcome: z.optional(statedText()),
    owner: z.optional(statedText()),
    horizon: z.optional(isoDateSchema),
    metrics: z.optional(z.array(metricSchema())),
  },
  check: (document, report) => {
    const metrics = document.metrics ?? [];
    reportRepeats(
      metrics.map((metric) => metric.metric),
      'Metric',
      (index) => ['metrics', index, 'metric'],
      report,
      'List each metric once.',
    );
    metrics.forEach((metric, index) => {
      const on = metric.baseline?.on;
      const by = metric.target?.by;
      // ISO dates compare correctly as text; zod runs this check after a format issue
      // too, so malformed dates (already reported) are left out of the comparison.
      if (on !== undefined && by !== undefined && isoDatePattern.test(on) && isoDatePattern.test(by) && by <= on) {
        report({
          message: `The target date ${by} is not after the baseline date ${on}; a target is reached after the baseline is measured.`,
          path: ['metrics', index, 'target', 'by'],
        });
      }
    });
  },
});

/**
 * A success statement as {@link parseSuccessStatement} returns it.
 *
 * @category Documents
 */
export type SuccessStatement = DocumentOf<typeof successStatementDocument>;

/**
 * One metric of a success statement.
 *
 * @category Documents
 */
export type SuccessMetric = NonNullable<SuccessStatement['metrics']>[number];
