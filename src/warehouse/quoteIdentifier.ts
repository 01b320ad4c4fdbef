import { describeValue } from '../core/errors/describeValue';
import { raiseWarehouse } from './messages';
import type { SqlName } from './SqlQuery';

function quotePart(part: unknown, place: string): string {
  if (typeof part !== 'string')
    raiseWarehouse('INVALID_IDENTIFIER', [place, `received ${describeValue(part)}`], { path: [place] });
  if (part.length === 0) raiseWarehouse('INVALID_IDENTIFIER', [place, 'it is empty'], { path: [place] });
  // No engine accepts NUL in a name, and some clients cut the text at it: refuse it.
  if (part.includes('\u0000'))
    raiseWarehouse('INVALID_IDENTIFIER', [place, 'it contains a NUL character'], { path: [place] });
  // Inside double quotes the only special character is the double quote, written twice.
  return `"${part.replaceAll('"', '""')}"`;
}

/**
 * Quotes a table or column name for standard SQL (DuckDB, PostgreSQL): each part in
 * double quotes, double quotes inside doubled, so that no name can end the identifier
 * and inject SQL. A string is one identifier even when it holds dots; pass an array for
 * a qualified name. PostgreSQL matches quoted names case-sensitively (`"Score"` is not the
 * `score` an unquoted `CREATE TABLE` made); DuckDB matches them ignoring case.
 *
 * @param name - A name, or the parts of a qualified name.
 * @param place - What the name is, for the error message (e.g. `'table'`).
 * @returns The quoted identifier.
 * @throws `CxError` `INVALID_IDENTIFIER` for an empty name, a NUL character, or a part that is not a string.
 *
 * @example
 * import { quoteIdentifier } from 'cxkit/warehouse';
 *
 * quoteIdentifier('score') // => '"score"'
 * quoteIdentifier(['crm', 'survey responses']) // => '"crm"."survey responses"'
 * quoteIdentifier('x"; DROP TABLE responses; --') // => '"x""; DROP TABLE responses; --"'
 * quoteIdentifier('') // throws CxError INVALID_IDENTIFIER
 *
 * @category SQL
 */
export function quoteIdentifier(name: SqlName, place = 'name'): string {
  if (Array.isArray(name)) {
    if (name.length === 0)
      raiseWarehouse('INVALID_IDENTIFIER', [place, 'the qualified name has no parts'], { path: [place] });
    return name.map((part, index) => quotePart(part, `${place}[${index}]`)).join('.');
  }
  return quotePart(name, place);
}
