import * as z from 'zod/mini';
import type { DocumentCheckIssue } from '../core/documents/DocumentType';
import { identifierSchema } from '../core/identifiers/identifierSchema';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
const dataFile = () =>
  text().check(
    z.refine(
      (value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value),
      'Expected a path relative to the workspace root.',
    ),
    z.refine((value) => !value.split(/[\\/]/).includes('..'), 'Expected a path inside the workspace (no "..").'),
    z.refine((value) => /\.(csv|jsonl)$/i.test(value), 'Expected a .csv or .jsonl file.'),
  );

/**
 * @internal The manifest's data entries for business results: what customers later did
 * (`customer-outcomes`) and a business measure per month (`business-measures`), each set
 * against a survey data set.
 */
export function businessDataEntrySchemas() {
  return [
    z.strictObject({
      id: identifierSchema('DataId'),
      type: z.literal('customer-outcomes'),
      file: dataFile(),
      /** The survey-responses data set (with a `customer` column) whose answers the outcomes are joined to. */
      survey: identifierSchema('DataId'),
      /** What the outcome is, for the report: "Renewed the support contract", "Spend in the next year (£k)". */
      outcome: text(),
    }),
    z.strictObject({
      id: identifierSchema('DataId'),
      type: z.literal('business-measures'),
      file: dataFile(),
      /** The survey-responses data set whose monthly score the measure is set against. */
      survey: identifierSchema('DataId'),
      /** What the measure is, for the report: "Contract renewal rate (%)". */
      measure: text(),
      /** The longest lag tried, in months (as `leadLag`'s `maxLag`). Default: a quarter of the months. */
      maxLag: z.optional(z.number().check(z.int(), z.gte(0))),
    }),
  ] as const;
}

/**
 * One manifest data entry for business results, as parsed or written by hand.
 *
 * @category Workspace
 */
export type BusinessDataEntry =
  | {
      readonly id: string;
      readonly type: 'customer-outcomes';
      readonly file: string;
      readonly survey: string;
      readonly outcome: string;
    }
  | {
      readonly id: string;
      readonly type: 'business-measures';
      readonly file: string;
      readonly survey: string;
      readonly measure: string;
      readonly maxLag?: number | undefined;
    };

/** @internal Checks that each business entry's `survey` names a survey-responses entry of the manifest. */
export function checkBusinessDataEntries(
  entries: ReadonlyArray<{ readonly id: string; readonly type: string; readonly survey?: string }>,
  report: (issue: DocumentCheckIssue) => void,
): void {
  const surveys = entries.filter((entry) => entry.type === 'survey-responses').map((entry) => entry.id);
  entries.forEach((entry, index) => {
    if (entry.type !== 'customer-outcomes' && entry.type !== 'business-measures') return;
    if (entry.survey !== undefined && surveys.includes(entry.survey)) return;
    report({
      message: `survey ${JSON.stringify(entry.survey)} names no survey-responses data entry${surveys.length === 0 ? '' : ` (${surveys.join(', ')})`}.`,
      path: ['data', index, 'survey'],
    });
  });
}
