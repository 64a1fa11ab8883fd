import { and, asc, desc, ilike, or, sql, type AnyColumn, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** The SQL text the domain needs beyond Drizzle's query builder: written here, so only store/ writes SQL. */

/** Byte order, so PGlite and every PostgreSQL locale sort (and compare keyset cursors) the same way. */
export const byteOrder = (column: AnyColumn): SQL => sql`${column} collate "C"`;

/** LIKE treats % and _ as wildcards: a search for them must find them literally. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Any of the columns contains the text, case-insensitively and literally. */
export function containsText(columns: readonly AnyColumn[], text: string): SQL {
  const pattern = likePattern(text);
  return or(...columns.map((column) => ilike(column, pattern)))!;
}

/** Orders by a fixed list of values (first value first), e.g. the strongest access level first. */
export function rankedBy(column: AnyColumn, values: readonly (string | number)[]): SQL {
  const cases = values.map((value, rank) => sql`when ${value} then ${rank}`);
  return sql`case ${column} ${sql.join(cases, sql` `)} else ${values.length} end`;
}

/** Ascending with NULL before any value. */
export const nullsFirst = (column: AnyColumn): SQL => sql`${column} asc nulls first`;

/** One key of a keyset: a column (compared in byte order when it holds text) and its direction. */
export interface KeysetColumn {
  column: AnyColumn;
  text: boolean;
}

/** The ORDER BY of a keyset: every key in the same direction. */
export function keysetOrder(keys: readonly KeysetColumn[], direction: 'asc' | 'desc'): SQL[] {
  const by = direction === 'asc' ? asc : desc;
  return keys.map((key) => by(key.text ? byteOrder(key.column) : key.column));
}

/** Rows strictly after a position of the keyset in its order: `(k1, k2, …) > (v1, v2, …)`, or `<` descending. */
export function keysetAfter(
  keys: readonly KeysetColumn[],
  values: readonly (string | number)[],
  direction: 'asc' | 'desc',
): SQL {
  const left = keys.map((key) => (key.text ? byteOrder(key.column) : sql`${key.column}`));
  const right = keys.map((key, index) =>
    key.text ? sql`${values[index]}::text collate "C"` : sql`${values[index]}::bigint`,
  );
  const comparison = direction === 'asc' ? sql`>` : sql`<`;
  return and(sql`(${sql.join(left, sql`, `)}) ${comparison} (${sql.join(right, sql`, `)})`)!;
}

/** `column + 1`, for counters updated in place. */
export function increment(column: AnyColumn): SQL {
  return sql`${column} + 1`;
}

/** `column + by`, for counters moved by a known amount. */
export function shifted(column: AnyColumn, by: number): SQL {
  return sql`${column} + ${by}`;
}

/** Text starting with `prefix`, the prefix matched literally (no wildcards): a path prefix filter. */
export function startsWith(column: AnyColumn, prefix: string): SQL {
  return sql`${column} like ${prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`;
}

/**
 * One key of each element of a jsonb array column, one row per element (`jsonb_array_elements(column) ->> key`).
 * Several of these in one select list walk the same array in step, so each row pairs the keys of one element.
 */
export function eachElementKey(column: AnyColumn, key: string): SQL<string> {
  return sql<string>`jsonb_array_elements(${column}) ->> ${key}`;
}

/** One page of rows ordered by the rank of their kind, then by id (see `kindRankedPage`). */
export interface KindRankedPage {
  table: PgTable;
  id: AnyColumn;
  kind: AnyColumn;
  /** What a row must satisfy, over the table of `id` and `kind`. */
  where: SQL;
  /** The kinds in rank order; rows of another kind are left out. */
  kinds: readonly number[];
  descending: boolean;
  limit: number;
  offset: number;
}

/**
 * The ids of one page ordered by (rank of the kind, id): each kind's first `offset + limit` rows, read along an
 * `(…, kind, id)` index by a lateral walk, are all the page can hold, so no query sorts every match of the filter.
 */
export function kindRankedPage(page: KindRankedPage): SQL {
  const direction = page.descending ? sql`desc` : sql`asc`;
  const ranked = page.descending ? [...page.kinds].reverse() : page.kinds;
  const kinds = sql.join(
    ranked.map((kind) => sql`${kind}`),
    sql`, `,
  );
  return sql`select walked.id from unnest(array[${kinds}]::integer[]) with ordinality as ranked(kind, rank)
    cross join lateral (select ${page.id} as id from ${page.table} where ${page.where} and ${page.kind} = ranked.kind
      order by ${page.id} ${direction} limit ${page.offset + page.limit}) walked
    order by ranked.rank, walked.id ${direction} limit ${page.limit} offset ${page.offset}`;
}

/** A value given when a prepared query runs (store/prepared.ts), named as its `execute({ name })` passes it. */
export const placeholder = (name: string): Placeholder<string> => sql.placeholder(name);

/** `column = any($list)`: one prepared statement for a list of any length, where `in (…)` is one per length. */
export function equalsAnyOf(column: AnyColumn, list: Placeholder<string>): SQL {
  return sql`${column} = any(${list})`;
}
