import { CxError, type CxErrorOptions } from '../core/errors/CxError';
import { describeValue } from '../core/errors/describeValue';

import { warehouseMessages } from './messages';
import type { SqlNamePlace, SqlQuery } from './SqlQuery';

/** What the builders' options are, in words, for the message. */
function describeOption(option: string): string {
  if (option === 'table') return 'the table';
  if (option.startsWith('drivers[')) return `the driver column ${option}`;
  if (option.startsWith('groupBy[')) return `the group column ${option}`;
  return `the ${option} column`;
}

/**
 * A thrown value as text. `String()` runs the value's own `toString`, which may be missing
 * (an object without a prototype), not a function, or throw: then its kind is named.
 */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return describeValue(value);
  }
}

/** Only the name places the builders write: anything else in `query.names` is ignored. */
function isNamePlace(value: unknown): value is SqlNamePlace {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Partial<SqlNamePlace>;
  return (
    typeof place.option === 'string' &&
    Number.isSafeInteger(place.start) &&
    Number.isSafeInteger(place.end) &&
    (place.start as number) <= (place.end as number)
  );
}

/** The first line of an engine's message, without DuckDB's candidate lists and context. */
function firstLine(message: string): string {
  const line = (message.split('\n')[0] ?? '').trim();
  const cut = line.length > 300 ? `${line.slice(0, 297)}…` : line;
  return /[.!?]$/.test(cut) ? cut : `${cut}.`;
}

/**
 * Where in the SQL an engine's error points, as a character offset: PostgreSQL's
 * `position` (1-based), or DuckDB's `LINE 1: …` context with a caret under the spot
 * (the line may be cut to a window marked with `...`).
 */
function errorOffset(error: { position?: unknown; message?: unknown }, sql: string): number | undefined {
  // node-postgres gives the position as a string; anything but text or a number is no position.
  const position =
    typeof error.position === 'string' || typeof error.position === 'number' ? Number(error.position) : Number.NaN;
  if (Number.isSafeInteger(position) && position >= 1 && position <= sql.length + 1) return position - 1;
  if (typeof error.message !== 'string') return undefined;
  const context = /\nLINE \d+: (.*)\n( *)\^/.exec(error.message);
  if (context === null) return undefined;
  const prefix = 'LINE 1: '.length;
  let line = context[1] as string;
  let caret = (context[2] as string).length - prefix;
  if (line.startsWith('...')) {
    line = line.slice(3);
    caret -= 3;
  }
  if (line.endsWith('...')) line = line.slice(0, -3);
  const start = sql.indexOf(line);
  return start === -1 || caret < 0 ? undefined : start + caret;
}

/**
 * The name an offset points at: the one it falls in; else one starting just after it
 * (an error at `CAST(` is about the column inside); else one ending just before it (an
 * error at the `+` of `"flag" + 0` is about `"flag"`).
 */
function nameAt(names: readonly SqlNamePlace[], offset: number): SqlNamePlace | undefined {
  return (
    names.find((name) => name.start <= offset && offset < name.end) ??
    names.find((name) => name.start > offset && name.start - offset <= 24) ??
    [...names].reverse().find((name) => name.end <= offset && offset - name.end <= 4)
  );
}

/** Without a position: the longest name the engine's message quotes. */
function nameInMessage(names: readonly SqlNamePlace[], sql: string, message: string): SqlNamePlace | undefined {
  let found: SqlNamePlace | undefined;
  for (const name of names) {
    // PostgreSQL and DuckDB quote the name as written, a qualified name joined with dots.
    const quoted = sql.slice(name.start, name.end);
    const plain = quoted
      .slice(1, -1)
      .split('"."')
      .map((part) => part.replaceAll('""', '"'))
      .join('.');
    if (message.includes(`"${plain}"`) && (found === undefined || found.end - found.start < quoted.length)) {
      found = name;
    }
  }
  return found;
}

/**
 * Turns an error thrown by an engine's client while it ran a generated query into a
 * `CxError` that names the part of the query at fault — the table, the score column, the
 * second driver — from the engine's own pointer into the SQL (PostgreSQL's `position`,
 * DuckDB's caret) or, failing that, the name its message quotes. An error with no such
 * part (a connection that dropped mid-query, a canceled statement) says so. Either way
 * the message states that no summary was read: rows are summarized only from a whole
 * result.
 *
 * @param error - What the client threw (any value).
 * @param query - The query that was running, as a builder returned it.
 * @returns A `CxError` `QUERY_FAILED` with `path` `[option]` when a part is named
 *   (`[]` otherwise), `details` `{ option?, name?, engineMessage, engineCode? }` and the
 *   original error as `cause`.
 * @throws Nothing: it returns the error for you to throw.
 *
 * @example
 * import { npsScale } from 'cxkit/metrics';
 * import { explainQueryFailure, scoreCountsSql } from 'cxkit/warehouse';
 *
 * const query = scoreCountsSql({ table: 'responses', score: 'likelihood', scale: npsScale, dialect: 'postgresql' });
 * // What node-postgres throws when the column is a boolean (position 1-based, at the `+`):
 * const failure = Object.assign(new Error('operator does not exist: boolean + integer'), {
 *   code: '42883',
 *   position: String(query.sql.indexOf('"likelihood" + 0') + 14),
 * });
 * const error = explainQueryFailure(failure, query);
 * error.path // => ['score']
 * error.message.startsWith('The engine did not finish the query at the score column "likelihood"') // => true
 * explainQueryFailure(new Error('Connection terminated unexpectedly'), query).path // => []
 *
 * @category SQL
 */
export function explainQueryFailure(error: unknown, query: SqlQuery): CxError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: unknown;
    position?: unknown;
    code?: unknown;
  };
  const message = typeof failure.message === 'string' ? failure.message : '';
  const engineMessage = firstLine(message !== '' ? message : textOf(error));
  // The query may have come back through JSON or another process: read what is well formed.
  const listed: unknown = typeof query === 'object' && query !== null ? query.names : undefined;
  const names = Array.isArray(listed) ? Array.from(listed).filter(isNamePlace) : [];
  const sql = typeof query === 'object' && query !== null && typeof query.sql === 'string' ? query.sql : '';
  const offset = errorOffset({ position: failure.position, message }, sql);
  const name = offset === undefined ? nameInMessage(names, sql, message) : nameAt(names, offset);
  const engineCode = typeof failure.code === 'string' ? failure.code : undefined;
  const quoted = name === undefined ? undefined : sql.slice(name.start, name.end);
  const where = name === undefined ? '' : ` at ${describeOption(name.option)} ${quoted}`;
  const options: CxErrorOptions = {
    path: name === undefined ? [] : [name.option],
    details: {
      ...(name === undefined ? {} : { option: name.option, name: quoted }),
      engineMessage,
      ...(engineCode === undefined ? {} : { engineCode }),
    },
    cause: error,
  };
  // The type errors of numericValue's `+ 0` and CAST, as each engine words them.
  const notNumeric =
    name !== undefined &&
    name.option !== 'table' &&
    /operator does not exist: .* \+ integer|'\+\([A-Z ]+, INTEGER_LITERAL\)'|cannot cast type .* to double precision|Unimplemented type for cast/.test(
      engineMessage,
    );
  return new CxError('QUERY_FAILED', warehouseMessages.QUERY_FAILED(where, engineMessage, notNumeric), options);
}
