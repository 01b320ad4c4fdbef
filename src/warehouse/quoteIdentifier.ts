import { describeValue } from '../core/errors/describeValue';
import { raiseWarehouse } from './messages';
import type { SqlDialect, SqlName } from './SqlQuery';

/** With the `u` flag, paired surrogates read as one code point: only a lone one matches. */
const loneSurrogate = /\p{Surrogate}/u;

/** PostgreSQL cuts longer names to this many bytes (NAMEDATALEN − 1), with only a notice. */
const postgresqlNameBytes = 63;

/** The length of a well-formed string in UTF-8, the encoding both engines' clients send. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const point = character.codePointAt(0) as number;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function quotePart(part: unknown, place: string, dialect: SqlDialect | undefined): string {
  if (typeof part !== 'string')
    raiseWarehouse('INVALID_IDENTIFIER', [place, `received ${describeValue(part)}`], { path: [place] });
  if (part.length === 0) raiseWarehouse('INVALID_IDENTIFIER', [place, 'it is empty'], { path: [place] });
  // No engine accepts NUL in a name, and some clients cut the text at it: refuse it.
  if (part.includes('\u0000'))
    raiseWarehouse('INVALID_IDENTIFIER', [place, 'it contains a NUL character'], { path: [place] });
  // A lone surrogate has no UTF-8 form: clients send U+FFFD instead, which names another column.
  if (loneSurrogate.test(part))
    raiseWarehouse('INVALID_IDENTIFIER', [place, 'it contains a lone UTF-16 surrogate (not valid Unicode)'], {
      path: [place],
    });
  // A longer name would silently name whichever column its first 63 bytes name.
  if (dialect === 'postgresql' && utf8Length(part) > postgresqlNameBytes)
    raiseWarehouse(
      'INVALID_IDENTIFIER',
      [place, `it is longer than PostgreSQL's ${postgresqlNameBytes} bytes, which PostgreSQL would cut`],
      { path: [place] },
    );
  // Inside double quotes the only special character is the double quote, written twice.
  return `"${part.replaceAll('"', '""')}"`;
}

/** @internal Quotes a name for one dialect (PostgreSQL also limits a name's length). */
export function quoteName(name: SqlName, place: string, dialect: SqlDialect | undefined): string {
  if (Array.isArray(name)) {
    if (name.length === 0)
      raiseWarehouse('INVALID_IDENTIFIER', [place, 'the qualified name has no parts'], { path: [place] });
    return name.map((part, index) => quotePart(part, `${place}[${index}]`, dialect)).join('.');
  }
  return quotePart(name, place, dialect);
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
 * @param dialect - With `'postgresql'`, names longer than 63 bytes are refused (PostgreSQL would cut them). Default: no length limit.
 * @returns The quoted identifier.
 * @throws `CxError` `INVALID_IDENTIFIER` for an empty name, a NUL character, a lone surrogate, a part that is not a string, or a name too long for PostgreSQL.
 *
 * @example
 * import { quoteIdentifier } from 'cxkit/warehouse';
 *
 * quoteIdentifier('score') // => '"score"'
 * quoteIdentifier(['crm', 'survey responses']) // => '"crm"."survey responses"'
 * quoteIdentifier('x"; DROP TABLE responses; --') // => '"x""; DROP TABLE responses; --"'
 * quoteIdentifier('') // throws CxError INVALID_IDENTIFIER
 * quoteIdentifier('x'.repeat(64), 'score', 'postgresql') // throws CxError INVALID_IDENTIFIER
 *
 * @category SQL
 */
export function quoteIdentifier(name: SqlName, place = 'name', dialect?: SqlDialect): string {
  return quoteName(name, place, dialect);
}
