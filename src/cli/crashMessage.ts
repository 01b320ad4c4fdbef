import { terminalText } from '../workspace/terminalText';

/**
 * What the command prints when it fails where no verb expected to (a bug, not bad input):
 * the error's stack, each line with its control characters made visible, since the error
 * may quote text from the workspace.
 *
 * @internal
 */
export function crashMessage(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `cxkit: ${text.split('\n').map(terminalText).join('\n')}\n`;
}
