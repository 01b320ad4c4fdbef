/// <reference types="node" />

/**
 * What a verb runs with: its arguments (after the verb), the folder it runs in, where it
 * writes, and whether stderr is a terminal (progress is shown only then). Verbs return
 * the exit code instead of exiting, so that tests call them directly.
 *
 * @internal
 */
export interface CliContext {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly isTTY: boolean;
}

/**
 * The exit codes: 0 clean, 1 findings at error level (or more warnings than allowed),
 * 2 usage or input errors.
 *
 * @internal
 */
export const exitCodes = { clean: 0, findings: 1, usage: 2 } as const;

/**
 * One verb of the command: its one-line summary (for the top-level help), its help text,
 * and what it does.
 *
 * @internal
 */
export interface Verb {
  readonly summary: string;
  readonly help: string;
  readonly run: (context: CliContext) => Promise<number>;
}
