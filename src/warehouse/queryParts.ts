import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { quoteName } from './quoteIdentifier';
import type { SqlDialect, SqlName } from './SqlQuery';

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
 * `+ 0` has no meaning for text, boolean, timestamp or interval columns in either
 * engine, where a bare CAST would read a boolean as 0 or 1 (DuckDB) or a numeric text
 * as a number. A date plus 0 stays a date, which the CAST then refuses.
 */
export const numericValue = (column: string) => `CAST((${column} + 0) AS DOUBLE PRECISION)`;

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
    (name, index) => `${prefix}${quoteName(name, `groupBy[${index}]`, dialect)} AS "${groupAlias(index)}"`,
  );
  return {
    table: quoteName(options.table, 'table', dialect),
    groupSelect,
    groupAliases: groupBy.map((_, index) => `"${groupAlias(index)}"`),
    dialect,
  };
}
