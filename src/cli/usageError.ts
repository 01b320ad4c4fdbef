import { terminalText } from '../workspace/terminalText';
import { type CliContext, exitCodes } from './CliContext';

/**
 * Writes a usage error the way every verb does, `cxkit <verb>: <message>` and where to
 * read the usage, and returns exit code 2. The message's control characters are made
 * visible: it can quote a folder name or an option as typed, and a terminal (or a CI
 * log viewer) must not run an escape sequence hidden in either.
 *
 * @internal
 */
export function usageError(context: CliContext, verb: string | undefined, message: string): number {
  const command = verb === undefined ? 'cxkit' : `cxkit ${verb}`;
  context.stderr.write(`${command}: ${terminalText(message)}\nRun "${command} --help" for usage.\n`);
  return exitCodes.usage;
}
