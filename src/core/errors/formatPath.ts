import { raiseCommon as raise } from './commonMessages';
import { describeValue } from './describeValue';
import type { PropertyPath } from './PropertyPath';

const plainKey = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader would type it in JavaScript:
 * `goals[2].owner`, `metadata["x-team"]`. The root is `(root)`.
 *
 * @param path - Object keys and array indexes from the root.
 * @returns A readable path.
 * @throws {@link CxError} `INVALID_ARGUMENT` when `path` is not an array of keys and indexes.
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
  if (!Array.isArray(path)) {
    raise('INVALID_ARGUMENT', ['path', 'an array of keys and indexes', describeValue(path)], { path: ['path'] });
  }
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') {
      if (!Number.isInteger(part) || part < 0) {
        raise('INVALID_ARGUMENT', ['path', 'keys and non-negative integer indexes', describeValue(part)], {
          path: ['path'],
        });
      }
      text += `[${part}]`;
    } else if (typeof part !== 'string') {
      raise('INVALID_ARGUMENT', ['path', 'keys and non-negative integer indexes', describeValue(part)], {
        path: ['path'],
      });
    } else if (plainKey.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}
