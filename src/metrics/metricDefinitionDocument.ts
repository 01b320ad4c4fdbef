import * as z from 'zod/mini';
import type { DocumentCheckIssue, DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';

// What a respondent reads and who is asked must say something: a blank string would
// compare equal to another blank string and hide a real change.
const wording = () => z.string().check(z.refine((text) => text.trim() !== '', 'Expected a non-empty text.'));

const bandSchema = () =>
  z.strictObject({
    from: z.number().check(z.int()),
    to: z.number().check(z.int()),
  });

const sideBySideSchema = () =>
  z.strictObject({
    /** The first day both the old and the new way were asked. */
    from: isoDateSchema,
    /** The last day both were asked. */
    to: isoDateSchema,
    /** How many respondents answered both ways (or how many answered each, for split samples). */
    responses: z.number().check(z.int(), z.positive()),
    /** How old and new scores relate, as measured on the overlap, e.g. "new = old − 4 points (95% interval −6 to −2)". */
    bridge: wording(),
    /** The measured offset, new minus old, in the score's own units, when there is one number to apply. */
    offset: z.optional(z.number()),
  });

const reviewSchema = () =>
  z.strictObject({
    /** The day the program (question, population, scale, cadence) was last reviewed. */
    date: isoDateSchema,
    /** Who reviewed it: a person, a team, the CX council. */
    by: z.optional(wording()),
    /** What the review concluded, e.g. "kept as is: customers still answer it and it still predicts renewals". */
    conclusion: z.optional(wording()),
  });

const versionSchema = () =>
  z.strictObject({
    effectiveFrom: isoDateSchema,
    scale: z.strictObject({
      min: z.number().check(z.int()),
      max: z.number().check(z.int()),
      favorable: bandSchema(),
      unfavorable: z.optional(bandSchema()),
    }),
    question: wording(),
    population: wording(),
    primary: z.boolean(),
    reason: z.optional(wording()),
    /**
     * The run of this version beside what it replaces — its own previous version, or the
     * primary metric it takes over from when this version makes it primary — that
     * measured the bridge between old and new scores.
     */
    sideBySide: z.optional(sideBySideSchema()),
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

function checkSideBySide(
  run: { readonly from: string; readonly to: string },
  previous: { readonly effectiveFrom: string } | undefined,
  index: number,
  report: Report,
) {
  const path = ['versions', index, 'sideBySide'] as const;
  if (previous === undefined) {
    report({
      message:
        'The first version has nothing before it to run beside; record side-by-side runs on the version that changed.',
      path: [...path],
    });
    return;
  }
  if (!isoDatePattern.test(run.from) || !isoDatePattern.test(run.to)) return;
  if (run.from > run.to) {
    report({ message: `The side-by-side run ends (${run.to}) before it starts (${run.from}).`, path: [...path, 'to'] });
  }
  if (isoDatePattern.test(previous.effectiveFrom) && run.from < previous.effectiveFrom) {
    report({
      message: `The side-by-side run starts on ${run.from}, before the version it runs beside took effect (${previous.effectiveFrom}).`,
      path: [...path, 'from'],
    });
  }
}

/**
 * The document kind `metric-definition`: one CX metric (NPS, CSAT, CES or a custom
 * score) and the history of how it is asked. Each version says from which date it is
 * in force, the scale and its bands, the question wording, the population asked, and
 * whether it is the organization's primary CX metric while in force; later versions
 * say why they changed, and a version that was run side by side with what it replaces
 * records the run (`sideBySide`: dates, how many responses, the bridge between old and
 * new scores). `lastReview` records when the program was last reviewed, so that
 * continuity does not become a program nobody has looked at in years. `respondents`
 * says who answers: customers (the default) or employees, for employee feedback such
 * as an eNPS, kept as an ordinary metric beside the customer ones.
 *
 * A series is comparable only while scale, wording and population stay the same;
 * {@link lintMetricHistory} finds where they did not, and where nothing has been
 * reviewed for too long.
 *
 * Besides the strict schema, versions must follow each other in time (each
 * `effectiveFrom` after the previous one); the bands must lie within the scale, run
 * from low to high and not overlap; a side-by-side run belongs to a version after the
 * first, ends no earlier than it starts and starts no earlier than the version it runs
 * beside; an employee metric is never primary.
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
    'A CX metric (NPS, CSAT, CES or custom) and its versions: scale, question wording, population, whether it is the primary CX metric, side-by-side runs, and the last review of the program.',
  shape: {
    metric: z.enum(['nps', 'csat', 'ces', 'custom']),
    /** Who answers: customers (the default) or employees (an eNPS or pulse survey). */
    respondents: z.optional(z.enum(['customers', 'employees'])),
    /** The last review of the program, to show it is renewed as customers change. */
    lastReview: z.optional(reviewSchema()),
    versions: z.array(versionSchema()).check(z.minLength(1)),
  },
  check: (document, report) => {
    document.versions.forEach((version, index) => {
      const previous = document.versions[index - 1];
      if (document.respondents === 'employees' && version.primary) {
        report({
          message:
            'An employee-feedback metric cannot be the primary CX metric: the primary metric is what customers say. Track it beside the customer metrics with primary: false.',
          path: ['versions', index, 'primary'],
        });
      }
      const run = version.sideBySide;
      if (run !== undefined) checkSideBySide(run, previous, index, report);
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
      const { min, max, favorable, unfavorable } = version.scale;
      const scalePath = ['versions', index, 'scale'] as const;
      if (min >= max) {
        report({ message: `The scale's max (${max}) must be above its min (${min}).`, path: [...scalePath, 'max'] });
        return;
      }
      checkBand(favorable, 'favorable', min, max, [...scalePath, 'favorable'], report);
      if (unfavorable === undefined) return;
      checkBand(unfavorable, 'unfavorable', min, max, [...scalePath, 'unfavorable'], report);
      if (unfavorable.from <= favorable.to && favorable.from <= unfavorable.to) {
        report({
          message: `The unfavorable band ${unfavorable.from}–${unfavorable.to} overlaps the favorable band ${favorable.from}–${favorable.to}; a score cannot count both for and against.`,
          path: [...scalePath, 'unfavorable'],
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
