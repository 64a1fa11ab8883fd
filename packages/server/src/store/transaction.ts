import type { Database, Executor } from './database.js';

/** Runs `work` in one transaction: every write commits together or none does. Nested calls become savepoints. */
export async function inTransaction<T>(db: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  return (db as Database).transaction((tx) => work(tx));
}
