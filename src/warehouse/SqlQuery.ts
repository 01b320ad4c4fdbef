/**
 * The SQL engines the generated queries were checked on. Both quote identifiers with
 * double quotes and number parameters `$1`, `$2`, …; they differ only in how a bin key's
 * base-2 logarithm is written (see `durationSketchSql`).
 *
 * @category SQL
 */
export type SqlDialect = 'duckdb' | 'postgresql';

/**
 * Where a name given in a builder's options stands in the generated SQL: the option
 * (`'table'`, `'score'`, `'drivers[1]'`, `'groupBy[0]'`, …) and the quoted identifier's
 * character range `[start, end)`. {@link explainQueryFailure} reads these to say which
 * name an engine's error is about.
 *
 * @category SQL
 */
export interface SqlNamePlace {
  readonly option: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A generated query: the SQL text and the values of its positional parameters (`$1` is
 * `parameters[0]`). Only numbers travel as parameters; names are quoted into the text,
 * and `names` says where each one stands (absent on a query written by hand).
 *
 * @category SQL
 */
export interface SqlQuery {
  readonly sql: string;
  readonly parameters: readonly number[];
  readonly names?: readonly SqlNamePlace[];
}

/**
 * A table or column name: a string is one identifier, dots and all (`"sales.eu"` names a
 * column called `sales.eu`); a qualified name is an array of parts (`['crm', 'responses']`).
 *
 * @category SQL
 */
export type SqlName = string | readonly string[];

/**
 * One row as the engine's client returns it: an object keyed by column name. Counts may
 * arrive as `bigint` (DuckDB) or numeric strings (PostgreSQL); both are read exactly.
 *
 * @category SQL
 */
export type ResultRow = Readonly<Record<string, unknown>>;

/**
 * One group's summary: `key` holds the group's values in `groupBy` order (empty when
 * the query was not grouped), as the engine returned them.
 *
 * @category SQL
 */
export interface GroupSummary<Summary> {
  readonly key: readonly unknown[];
  readonly summary: Summary;
}
