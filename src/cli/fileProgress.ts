/// <reference types="node" />
import { terminalText } from '../workspace/terminalText';
import type { CliContext } from './CliContext';

/** @internal Data files at least this large show their progress while they are read. */
export const progressThreshold = 4 * 1024 * 1024;

/**
 * @internal Progress through one large data file, on stderr: on a terminal one line
 * rewritten in place (percent and megabytes), otherwise — with `--progress`, say in a CI
 * log — a line at every tenth. Files under {@link progressThreshold} say nothing.
 */
export function fileProgress(
  context: CliContext,
  verb: string,
  asked: boolean,
): ((file: string, bytesRead: number, bytesTotal: number) => void) | undefined {
  if (!context.isTTY && !asked) return undefined;
  let shown = -1;
  let current = '';
  return (file, bytesRead, bytesTotal) => {
    if (bytesTotal < progressThreshold) return;
    if (file !== current) {
      current = file;
      shown = -1;
    }
    const percent = Math.min(100, Math.floor((bytesRead / bytesTotal) * 100));
    const step = context.isTTY ? percent : Math.floor(percent / 10) * 10;
    if (step === shown) return;
    shown = step;
    const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);
    const text = `cxkit ${verb}: reading ${terminalText(file)} ${step}% (${megabytes(bytesRead)} of ${megabytes(bytesTotal)} MB)`;
    context.stderr.write(context.isTTY ? `\r\u001b[2K${text}` : `${text}\n`);
  };
}
