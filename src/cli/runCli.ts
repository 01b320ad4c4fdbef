/// <reference types="node" />
import { suggestKey } from '../core/errors/suggestKey';
import { type CliContext, exitCodes } from './CliContext';
import { cliVersion } from './cliVersion';
import { usageError } from './usageError';
import { verbs } from './verbs';

function topLevelHelp(): string {
  const width = Math.max(...Object.keys(verbs).map((name) => name.length));
  return `Usage: cxkit <verb> [options]

CX as code: check and report on a folder of CX documents and data.

Verbs:
${Object.entries(verbs)
  .map(([name, verb]) => `  ${name.padEnd(width)}  ${verb.summary}`)
  .join('\n')}

Options:
  -h, --help     Show this help ("cxkit <verb> --help" for a verb's).
  -v, --version  Print the version.

Exit codes: 0 clean, 1 findings at error level, 2 usage or input errors.
`;
}

/**
 * Runs the command: `argv` is everything after `cxkit`. Dispatches to a verb of the verb
 * table, or prints the help or the version. Returns the exit code.
 *
 * @internal
 */
export async function runCli(context: CliContext): Promise<number> {
  const [first, ...rest] = context.argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    context.stdout.write(topLevelHelp());
    return first === undefined ? exitCodes.usage : exitCodes.clean;
  }
  if (first === '--version' || first === '-v') {
    context.stdout.write(`${cliVersion}\n`);
    return exitCodes.clean;
  }
  const verb = Object.hasOwn(verbs, first) ? verbs[first] : undefined;
  if (verb === undefined) {
    const suggestion = suggestKey(first, Object.keys(verbs));
    return usageError(
      context,
      undefined,
      `unknown ${first.startsWith('-') ? 'option' : 'verb'} ${JSON.stringify(first)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
    );
  }
  return verb.run({ ...context, argv: rest });
}
