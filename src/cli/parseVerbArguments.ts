/// <reference types="node" />
import { parseArgs } from 'node:util';
import type { CliContext } from './CliContext';
import { usageError } from './usageError';

type OptionSpecs = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * Parses a verb's arguments with Node's `util.parseArgs` (strict: an unknown option is a
 * usage error). Returns the values and positionals, or writes the error and the hint to
 * run `--help` and returns `undefined`.
 *
 * @internal
 */
export function parseVerbArguments(
  context: CliContext,
  verb: string,
  options: OptionSpecs,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...context.argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    usageError(context, verb, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
