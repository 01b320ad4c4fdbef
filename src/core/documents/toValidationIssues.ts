import type * as z from 'zod/mini';
import { suggestKey } from '../errors/suggestKey';
import type { ValidationIssue } from '../errors/ValidationIssue';

type SchemaDefinition = Record<string, unknown> & { type?: string };

function definitionOf(schema: unknown): SchemaDefinition | undefined {
  let definition = (schema as { _zod?: { def?: SchemaDefinition } } | undefined)?._zod?.def;
  // Wrappers (optional, default, …) hold the schema that describes the value.
  while (definition !== undefined && definition.innerType !== undefined) {
    definition = (definition.innerType as { _zod?: { def?: SchemaDefinition } })._zod?.def;
  }
  return definition;
}

/** The input's value at an issue's path, through own properties only. */
function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Walks the schema along an issue's path and lists the keys the object there allows. */
function knownKeysAt(schema: z.core.$ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let definition = definitionOf(schema);
  for (const part of path) {
    if (definition === undefined) return [];
    if (definition.type === 'object') {
      definition = definitionOf((definition.shape as Record<string, unknown>)[String(part)]);
    } else if (definition.type === 'array') definition = definitionOf(definition.element);
    else if (definition.type === 'record') definition = definitionOf(definition.valueType);
    else return [];
  }
  return definition?.type === 'object' ? Object.keys(definition.shape as Record<string, unknown>) : [];
}

/**
 * Converts zod issues into cxkit validation issues: one issue per unknown key, with
 * the key in the path and a "did you mean" when a known key is close.
 *
 * @internal
 */
export function toValidationIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.core.$ZodType,
  input?: unknown,
): ValidationIssue[] {
  const converted: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = suggestKey(key, known);
        converted.push({
          code: 'unrecognized_keys',
          message:
            key === '__proto__'
              ? 'The key "__proto__" is not allowed: it could change an object\'s prototype.'
              : `Unknown field ${JSON.stringify(key)}.${suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion)}?`} Fields cxkit does not model belong in "extensions".`,
          path: [...path, key],
        });
      }
      continue;
    }
    // A misspelled choice (a data entry's type, a metric kind) gets the nearest allowed value.
    // zod lists a discriminated union's values as `options`, outside its issue type.
    const allowed: readonly unknown[] | undefined =
      issue.code === 'invalid_value'
        ? issue.values
        : issue.code === 'invalid_union'
          ? (issue as { options?: readonly unknown[] }).options
          : undefined;
    const received = valueAt(input, path);
    if (
      allowed !== undefined &&
      allowed.length > 0 &&
      allowed.every((value) => typeof value === 'string') &&
      typeof received === 'string'
    ) {
      const suggestion = suggestKey(received, allowed as string[]);
      converted.push({
        code: issue.code,
        message: `Unknown value ${JSON.stringify(received.length > 60 ? `${received.slice(0, 57)}…` : received)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`} Expected one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}.`,
        path,
      });
      continue;
    }
    converted.push({ code: issue.code, message: issue.message, path });
  }
  return converted;
}
