/// <reference types="node" />
import { documentJsonSchema } from '../core/documents/documentJsonSchema';
import { suggestKey } from '../core/errors/suggestKey';
import { documentKinds } from '../workspace/index';
import { type CliContext, exitCodes, type Verb } from './CliContext';
import { parseVerbArguments } from './parseVerbArguments';
import { usageError } from './usageError';

const help = `Usage: cxkit schema <kind>
       cxkit schema --list

Prints the JSON Schema (draft 2020-12) of a document kind, for editors' YAML and JSON
completion and validation.

Options:
  --list       List the document kinds.
  -h, --help   Show this help.
`;

/**
 * The `schema` verb: prints a kind's JSON Schema, or the list of kinds.
 *
 * @internal
 */
export async function schema(context: CliContext): Promise<number> {
  const parsed = parseVerbArguments(context, 'schema', { list: { type: 'boolean' } });
  if (parsed === undefined) return exitCodes.usage;
  const { values, positionals } = parsed;
  if (values.help === true) {
    context.stdout.write(help);
    return exitCodes.clean;
  }
  const kinds = Object.keys(documentKinds);
  if (values.list === true) {
    context.stdout.write(`${kinds.join('\n')}\n`);
    return exitCodes.clean;
  }
  const [kind, ...rest] = positionals;
  if (kind === undefined || rest.length > 0) {
    return usageError(context, 'schema', 'expected one document kind.');
  }
  if (!Object.hasOwn(documentKinds, kind)) {
    const suggestion = suggestKey(kind, kinds);
    return usageError(
      context,
      'schema',
      `unknown document kind ${JSON.stringify(kind)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`} Kinds: ${kinds.join(', ')}.`,
    );
  }
  const type = documentKinds[kind as keyof typeof documentKinds];
  context.stdout.write(`${JSON.stringify(documentJsonSchema(type), null, 2)}\n`);
  return exitCodes.clean;
}

/** @internal The `schema` verb's entry in the verb table. */
export const schemaVerb: Verb = { summary: "Print a document kind's JSON Schema.", help, run: schema };
