import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { quoteName } from './quoteIdentifier';
import type { SqlDialect, SqlName, SqlNamePlace, SqlQuery } from './SqlQuery';

/** @internal The options every SQL builder shares. */
export interface CommonSqlOptions {
  readonly table: SqlName;
  readonly groupBy?: readonly SqlName[] | undefined;
  readonly dialect?: SqlDialect | undefined;
}

/** @internal The checked, quoted parts every builder assembles its query from. */
export interface QueryParts {
  readonly table: string;
  /** `"segment" AS "group_0", …` — one aliased column per group, or empty. */
  readonly groupSelect: readonly string[];
  /** The aliases to group and order by: `"group_0", …`. */
  readonly groupAliases: readonly string[];
  readonly dialect: SqlDialect;
}

/** @internal The alias of the `index`th group column in every generated query. */
export const groupAlias = (index: number) => `group_${index}`;

/**
 * @internal The column every generated query ends with: how many rows the whole result
 * has, so that a reader can tell a complete result from a cut or mixed one.
 */
export const resultRowsColumn = 'cx_result_rows';

/**
 * @internal A column's value as a double, refusing at bind time what is not a number:
 * `+ 0` has no meaning for text, boolean, timestamp or interval columns in either engine,
 * where a bare CAST would read a boolean as 0 or 1 (DuckDB) or a numeric text as a
 * number. It sits in a branch that can never run, which both planners drop after
 * checking its types, so it costs nothing per row (a live `+ 0` doubled PostgreSQL's
 * time). A date plus 0 stays a date, which the CAST then refuses.
 */
export const numericValue = (column: string) =>
  `CASE WHEN FALSE THEN CAST((${column} + 0) AS DOUBLE PRECISION) ELSE CAST(${column} AS DOUBLE PRECISION) END`;

/**
 * @internal A quoted name wrapped in markers that {@link finishQuery} turns into a
 * {@link SqlNamePlace}: NUL, the option, U+0001, the quoted name, NUL. A name can hold
 * U+0001 but never NUL (refused), and an option holds neither, so the reading is unique.
 */
export function markedName(name: SqlName, option: string, dialect: SqlDialect): string {
  return `\u0000${option}\u0001${quoteName(name, option, dialect)}\u0000`;
}

/** @internal Removes the markers of {@link markedName}, recording where each name stands. */
export function finishQuery(marked: string, parameters: readonly number[]): SqlQuery {
  const names: SqlNamePlace[] = [];
  let sql = '';
  let from = 0;
  for (;;) {
    const open = marked.indexOf('\u0000', from);
    if (open === -1) break;
    const separator = marked.indexOf('\u0001', open);
    const close = marked.indexOf('\u0000', separator);
    sql += marked.slice(from, open);
    const start = sql.length;
    sql += marked.slice(separator + 1, close);
    names.push({ option: marked.slice(open + 1, separator), start, end: sql.length });
    from = close + 1;
  }
  sql += marked.slice(from);
  return { sql, parameters, names };
}

/**
 * @internal Checks and quotes the table, the group columns and the dialect; `qualifier`
 * (a quoted alias) prefixes the group columns when the query reads more than one table.
 */
export function queryParts(options: CommonSqlOptions, qualifier?: string): QueryParts {
  const dialect = options.dialect ?? 'duckdb';
  if (dialect !== 'duckdb' && dialect !== 'postgresql') {
    raise('INVALID_OPTION', ['dialect', '"duckdb" or "postgresql"', describeValue(dialect)], { path: ['dialect'] });
  }
  const groupBy = options.groupBy ?? [];
  if (!Array.isArray(groupBy)) {
    raise('INVALID_OPTION', ['groupBy', 'an array of column names', describeValue(groupBy)], { path: ['groupBy'] });
  }
  const prefix = qualifier === undefined ? '' : `${qualifier}.`;
  // Group columns get fixed aliases so that no user column name can collide with the
  // summary's own columns, and the row reader knows where each group value is.
  const groupSelect = groupBy.map(
    (name, index) => `${prefix}${markedName(name, `groupBy[${index}]`, dialect)} AS "${groupAlias(index)}"`,
  );
  return {
    table: markedName(options.table, 'table', dialect),
    groupSelect,
    groupAliases: groupBy.map((_, index) => `"${groupAlias(index)}"`),
    dialect,
  };
}
