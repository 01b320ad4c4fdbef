import type { Verb } from './CliContext';
import { initVerb } from './initVerb';
import { lintVerb } from './lintVerb';
import { reportVerb } from './reportVerb';
import { schemaVerb } from './schemaVerb';

/**
 * The command's verbs, in the order the help lists them. A new verb (such as `report`)
 * is one file exporting a `Verb` and one line here.
 *
 * @internal
 */
export const verbs: Readonly<Record<string, Verb>> = {
  lint: lintVerb,
  report: reportVerb,
  init: initVerb,
  schema: schemaVerb,
};
