import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { quoteIdentifier } from './quoteIdentifier';
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

/** @internal Checks and quotes the table, the group columns and the dialect. */
export function queryParts(options: CommonSqlOptions): QueryParts {
  const dialect = options.dialect ?? 'duckdb';
  if (dialect !== 'duckdb' && dialect !== 'postgresql') {
    raise('INVALID_OPTION', ['dialect', '"duckdb" or "postgresql"', describeValue(dialect)], { path: ['dialect'] });
  }
  const groupBy = options.groupBy ?? [];
  if (!Array.isArray(groupBy)) {
    raise('INVALID_OPTION', ['groupBy', 'an array of column names', describeValue(groupBy)], { path: ['groupBy'] });
  }
  // Group columns get fixed aliases so that no user column name can collide with the
  // summary's own columns, and the row reader knows where each group value is.
  const groupSelect = groupBy.map(
    (name, index) => `${quoteIdentifier(name, `groupBy[${index}]`)} AS "${groupAlias(index)}"`,
  );
  return {
    table: quoteIdentifier(options.table, 'table'),
    groupSelect,
    groupAliases: groupBy.map((_, index) => `"${groupAlias(index)}"`),
    dialect,
  };
}
