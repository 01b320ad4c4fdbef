/// <reference types="node" />
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type CliContext, exitCodes, type Verb } from './CliContext';
import { parseVerbArguments } from './parseVerbArguments';
import { starterWorkspace } from './starterWorkspace';
import { usageError } from './usageError';

const help = `Usage: cxkit init [dir] [options]

Writes a starter CX workspace into dir (default: the current folder), which must be
empty or not exist yet: a manifest, a mission, a success statement, a journey measured
wing to wing, a metric definition and a governance charter. "cxkit lint" finds nothing
in it; edit it to describe your organization.

The manifest gets no asOf: each later run is judged as of its own day (or its --as-of),
so reviews and targets fall due as time passes.

Options:
  --as-of <date>  The day the starter's baselines are dated (ISO date). Default: today.
  -h, --help      Show this help.

Exit codes: 0 workspace written; 2 usage errors (more than one folder, a bad --as-of) or
a folder that cannot be used (not empty, not writable).
`;

/**
 * The `init` verb: scaffolds a starter workspace in an empty or new folder.
 *
 * @internal
 */
export async function init(context: CliContext): Promise<number> {
  const parsed = parseVerbArguments(context, 'init', { 'as-of': { type: 'string' } });
  if (parsed === undefined) return exitCodes.usage;
  const { values, positionals } = parsed;
  if (values.help === true) {
    context.stdout.write(help);
    return exitCodes.clean;
  }
  const usage = (message: string) => usageError(context, 'init', message);
  if (positionals.length > 1) return usage(`expected at most one folder; received ${positionals.length}.`);
  const asOf = (values['as-of'] as string | undefined) ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    return usage(`--as-of must be an ISO date such as 2026-11-01; received ${JSON.stringify(asOf)}.`);
  const folder = resolve(context.cwd, positionals[0] ?? '.');
  let existing: string[] = [];
  try {
    existing = await readdir(folder);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') {
      return usage(`${folder} cannot be used: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (existing.length > 0) return usage(`${folder} is not empty; init writes only into an empty or new folder.`);
  const files = starterWorkspace(asOf);
  try {
    for (const [file, text] of Object.entries(files)) {
      const path = join(folder, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, { flag: 'wx' });
    }
  } catch (error) {
    return usage(
      `the workspace cannot be written to ${folder}: ${(error as { code?: unknown }).code ?? String(error)}.`,
    );
  }
  context.stdout.write(
    `Wrote a starter CX workspace to ${folder}:\n${Object.keys(files)
      .map((file) => `  ${file}`)
      .join('\n')}\nNext: cxkit lint ${positionals[0] ?? '.'}\n`,
  );
  return exitCodes.clean;
}

/** @internal The `init` verb's entry in the verb table. */
export const initVerb: Verb = { summary: 'Write a starter workspace that lints clean.', help, run: init };
