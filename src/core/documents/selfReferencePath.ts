import type { PropertyPath } from '../errors/PropertyPath';

/**
 * The first path in a parsed value at which an object or array holds one of the objects
 * that enclose it, or `undefined` when the value is a tree.
 *
 * JSON cannot write such a value, but YAML can: an alias (`*name`) to an enclosing
 * anchor. zod's `json()` schema, which reads `extensions`, would follow it until the
 * stack overflows, so cxkit names the place instead. The same object reached twice by
 * different paths (an alias to a sibling) is a tree and is fine.
 *
 * @internal
 */
export function selfReferencePath(value: unknown): PropertyPath | undefined {
  // Depth-first without recursion, so that a deep document cannot overflow the stack
  // here; `leave` entries take an object off the chain of enclosing ones.
  const pending: Array<{ node: unknown; path: PropertyPath; leave: boolean }> = [
    { node: value, path: [], leave: false },
  ];
  const enclosing = new Set<object>();
  const finished = new Set<object>();
  while (pending.length > 0) {
    const { node, path, leave } = pending.pop() as { node: unknown; path: PropertyPath; leave: boolean };
    if (typeof node !== 'object' || node === null) continue;
    if (leave) {
      enclosing.delete(node);
      finished.add(node);
      continue;
    }
    if (enclosing.has(node)) return path;
    if (finished.has(node)) continue;
    enclosing.add(node);
    pending.push({ node, path, leave: true });
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        pending.push({ node: node[index], path: [...path, index], leave: false });
      }
      continue;
    }
    const keys = Object.keys(node);
    for (let position = keys.length - 1; position >= 0; position--) {
      const key = keys[position] as string;
      pending.push({ node: (node as Record<string, unknown>)[key], path: [...path, key], leave: false });
    }
  }
  return undefined;
}
