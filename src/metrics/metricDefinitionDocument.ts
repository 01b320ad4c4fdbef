import * as z from 'zod';
import type { DocumentCheckIssue, DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';

// What a respondent reads and who is asked must say something: a blank string would
// compare equal to another blank string and hide a real change.
const wording = () => z.string().refine((text) => text.trim() !== '', 'Expected a non-empty text.');

const bandSchema = () =>
  z.strictObject({
    from: z.number().int(),
    to: z.number().int(),
  });

const versionSchema = () =>
  z.strictObject({
    effectiveFrom: isoDateSchema,
    scale: z.strictObject({
      min: z.number().int(),
      max: z.number().int(),
      favourable: bandSchema(),
      unfavourable: bandSchema().optional(),
    }),
    question: wording(),
    population: wording(),
    primary: z.boolean(),
    reason: wording().optional(),
  });

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

type Band = { readonly from: number; readonly to: number };
type Report = (issue: DocumentCheckIssue) => void;

function checkBand(
  band: Band,
  name: string,
  min: number,
  max: number,
  path: readonly (string | number)[],
  report: Report,
) {
  if (band.from > band.to) {
    report({
      message: `The ${name} band runs backwards: from ${band.from} is above to ${band.to}.`,
      path: [...path, 'from'],
    });
  }
  if (band.from < min || band.to > max) {
    report({
      message: `The ${name} band ${band.from}–${band.to} lies outside the scale ${min}–${max}.`,
      path: [...path, band.from < min ? 'from' : 'to'],
    });
  }
}

/**
 * The document kind `metric-definition`: one CX metric (NPS, CSAT, CES or a custom
 * score) and the history of how it is asked. Each version says from which date it is
 * in force, the scale and its bands, the question wording, the population asked, and
 * whether it is the organisation's primary CX metric while in force; later versions
 * say why they changed. A series is comparable only while scale, wording and
 * population stay the same; {@link lintMetricHistory} finds where they did not.
 *
 * Besides the strict schema, versions must follow each other in time (each
 * `effectiveFrom` after the previous one) and the bands must lie within the scale,
 * run from low to high and not overlap.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { metricDefinitionDocument } from 'cxkit/metrics';
 *
 * metricDefinitionDocument.kind // => 'metric-definition'
 * documentJsonSchema(metricDefinitionDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'metric', 'versions']
 *
 * @category Metric definitions
 */
export const metricDefinitionDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'metric-definition',
  schemaVersion: 1,
  description:
    'A CX metric (NPS, CSAT, CES or custom) and its versions: scale, question wording, population, and whether it is the primary CX metric.',
  shape: {
    metric: z.enum(['nps', 'csat', 'ces', 'custom']),
    versions: z.array(versionSchema()).min(1),
  },
  check: (document, report) => {
    document.versions.forEach((version, index) => {
      const previous = document.versions[index - 1];
      // ISO dates compare correctly as text. zod still runs this check after a format
      // issue, so a malformed date (already reported) is left out of the comparison.
      if (
        previous !== undefined &&
        isoDatePattern.test(previous.effectiveFrom) &&
        isoDatePattern.test(version.effectiveFrom) &&
        version.effectiveFrom <= previous.effectiveFrom
      ) {
        report({
          message: `This version takes effect on ${version.effectiveFrom}, not after the one before it (${previous.effectiveFrom}); list versions in the order they took effect, one date each.`,
          path: ['versions', index, 'effectiveFrom'],
        });
      }
      const { min, max, favourable, unfavourable } = version.scale;
      const scalePath = ['versions', index, 'scale'] as const;
      if (min >= max) {
        report({ message: `The scale's max (${max}) must be above its min (${min}).`, path: [...scalePath, 'max'] });
        return;
      }
      checkBand(favourable, 'favourable', min, max, [...scalePath, 'favourable'], report);
      if (unfavourable === undefined) return;
      checkBand(unfavourable, 'unfavourable', min, max, [...scalePath, 'unfavourable'], report);
      if (unfavourable.from <= favourable.to && favourable.from <= unfavourable.to) {
        report({
          message: `The unfavourable band ${unfavourable.from}–${unfavourable.to} overlaps the favourable band ${favourable.from}–${favourable.to}; a score cannot count both for and against.`,
          path: [...scalePath, 'unfavourable'],
        });
      }
    });
  },
});

/**
 * A metric definition as {@link parseMetricDefinition} returns it.
 *
 * @category Metric definitions
 */
export type MetricDefinition = DocumentOf<typeof metricDefinitionDocument>;
