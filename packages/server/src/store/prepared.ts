import type { Executor } from './database.js';

/**
 * A query built once per database (or transaction) and run as a named prepared statement, its values given as
 * placeholders: Drizzle otherwise rebuilds the SQL text at each run (a third of a light GraphQL request's CPU,
 * docs/benchmarks.md) and PostgreSQL plans it again. `build` names it with `.prepare(name)`, unique in the process.
 */
export function preparedPer<Query>(build: (db: Executor) => Query): (db: Executor) => Query {
  const built = new WeakMap<Executor, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}
