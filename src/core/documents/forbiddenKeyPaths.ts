import type { PropertyPath } from '../errors/PropertyPath';

/**
 * Every path in a parsed JSON or YAML value whose last key is `__proto__`.
 *
 * `JSON.parse` keeps such a key as an own property, but code that copies it with
 * `target[key] = value` replaces the target's prototype instead, and zod's records
 * skip it without a word. cxkit refuses the key and names the place instead.
 *
 * @internal
 */
export function forbiddenKeyPaths(value: unknown, limit = 20): PropertyPath[] {
  const found: PropertyPath[] = [];
  const pending: Array<{ node: unknown; path: PropertyPath }> = [{ node: value, path: [] }];
  const seen = new Set<object>();
  while (pending.length > 0 && found.length < limit) {
    const { node, path } = pending.pop() as {
      node: unknown;
      path: PropertyPath;
    };
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        pending.push({ node: node[index], path: [...path, index] });
      }
      continue;
    }
    const keys = Object.keys(node);
    for (let position = keys.length - 1; position >= 0; position--) {
      const key = keys[position] as string;
      if (key === '__proto__') found.push([...path, key]);
      else
        pending.push({
          node: (node as Record<string, unknown>)[key],
          path: [...path, key],
        });
    }
  }
  return found;
}
