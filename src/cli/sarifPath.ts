/// <reference types="node" />
import { isAbsolute, relative, sep } from 'node:path';

/**
 * The workspace folder as SARIF writes it before each file: relative to the SARIF root
 * (the folder a code host resolves `%SRCROOT%` to, usually the repository's root), with
 * `/` separators; `''` when they are the same folder, `undefined` when the workspace is
 * not inside the root (no relative path could name its files there).
 *
 * @internal
 */
export function sarifPath(workspace: string, root: string): string | undefined {
  const path = relative(root, workspace);
  if (path === '') return '';
  if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) return undefined;
  return path.split(sep).join('/');
}
