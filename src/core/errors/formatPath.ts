import type { PropertyPath } from './PropertyPath';

const plainKey = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader would type it in JavaScript:
 * `goals[2].owner`, `metadata["x-team"]`. The root is `(root)`.
 *
 * @param path - Object keys and array indexes from the root.
 * @returns A readable path.
 *
 * @example
 * import { formatPath } from 'cxkit/core';
 *
 * formatPath(['goals', 2, 'owner']) // => 'goals[2].owner'
 * formatPath(['extensions', 'x-team']) // => 'extensions["x-team"]'
 * formatPath([]) // => '(root)'
 *
 * @category Errors
 */
export function formatPath(path: PropertyPath): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (plainKey.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}
