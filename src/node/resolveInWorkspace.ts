/// <reference types="node" />
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * @internal Where a workspace path really is: a regular file or a folder whose real
 * location (every symbolic link on the way resolved) lies inside the workspace root, a
 * place outside it, something that is neither a file nor a folder (a pipe or a device,
 * which could block a read forever), or nothing at all.
 */
export type WorkspacePlace =
  | { readonly status: 'inside'; readonly real: string; readonly folder: boolean }
  | { readonly status: 'outside'; readonly folder: boolean }
  | { readonly status: 'not-a-file' }
  | { readonly status: 'missing'; readonly detail: string };

/** @internal Whether `real` is `root` itself or lies below it; both are real paths. */
export function isInside(root: string, real: string): boolean {
  const path = relative(root, real);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

/**
 * @internal Resolves a path relative to the workspace's real root. A workspace arrives
 * in a pull request, so a file in it may be a link to any file on the machine that lints
 * it; only what resolves inside the root is ever opened, and always by its real path.
 */
export async function resolveInWorkspace(root: string, file: string): Promise<WorkspacePlace> {
  let real: string;
  try {
    real = await realpath(join(root, file));
  } catch (error) {
    // The system's message would name the absolute path; the workspace path is enough.
    const code = (error as { code?: unknown }).code;
    return { status: 'missing', detail: code === 'ENOENT' ? 'there is no such file' : String(code ?? error) };
  }
  // Only the kind of the place outside is looked at, never its content.
  const found = await stat(real);
  if (!isInside(root, real)) return { status: 'outside', folder: found.isDirectory() };
  if (found.isDirectory()) return { status: 'inside', real, folder: true };
  if (!found.isFile()) return { status: 'not-a-file' };
  return { status: 'inside', real, folder: false };
}
