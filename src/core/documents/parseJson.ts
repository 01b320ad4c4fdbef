import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { forbiddenKeyPaths } from './forbiddenKeyPaths';

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Parses JSON text for cxkit documents and summaries: like `JSON.parse`, but a syntax
 * error says the line and column where the engine reports one, and a `__proto__` key
 * anywhere is refused with its path instead of being carried on.
 *
 * @param text - JSON text.
 * @returns The parsed value.
 * @throws {@link CxError} `INVALID_JSON` (with `details.line`/`details.column` when known) or `FORBIDDEN_KEY` naming the path.
 *
 * @example
 * import { parseJson } from 'cxkit/core';
 *
 * parseJson('{"kind": "mission", "schemaVersion": 1}') // => { kind: 'mission', schemaVersion: 1 }
 * parseJson('{"extensions": {"__proto__": {"admin": true}}}') // throws CxError FORBIDDEN_KEY
 *
 * @category Documents
 */
export function parseJson(text: string): unknown {
  if (typeof text !== 'string') {
    raise('INVALID_ARGUMENT', ['text', 'a string of JSON', describeValue(text)]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const place = position === null ? {} : lineAndColumn(text, Number(position[1]));
    raise('INVALID_JSON', [detail], { details: place, cause: error });
  }
  const [first] = forbiddenKeyPaths(value, 1);
  if (first !== undefined) raise('FORBIDDEN_KEY', ['__proto__'], { path: first });
  return value;
}
