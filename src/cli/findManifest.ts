/// <reference types="node" />
import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Whether a folder holds a workspace manifest (`cxkit.yaml`, `cxkit.yml` or
 * `cxkit.json`): `'present'`, `'absent'`, or `'no-folder'` when the folder cannot be
 * read as one (loading it then says why). Checked before the folder is walked, so that
 * a command run in the wrong folder (a repository's root, say) stops at once instead of
 * reading every YAML file below it and reporting "No findings."
 *
 * A symbolic link counts as present: the load decides whether it may be followed.
 *
 * @internal
 */
export async function findManifest(folder: string): Promise<'present' | 'absent' | 'no-folder'> {
  try {
    if (!(await stat(folder)).isDirectory()) return 'no-folder';
  } catch {
    return 'no-folder';
  }
  for (const name of ['cxkit.yaml', 'cxkit.yml', 'cxkit.json']) {
    try {
      await lstat(join(folder, name));
      return 'present';
    } catch {
      // Not there: try the next name.
    }
  }
  return 'absent';
}
