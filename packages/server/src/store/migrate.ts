import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './database.js';

interface JournalEntry {
  idx: number;
  tag: string;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
/** Arbitrary constant: every Plumb process serialises its migrations on this advisory lock. */
const MIGRATION_LOCK = 727_001;

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<string[]> {
  const journal = JSON.parse(await readFile(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.sort((a, b) => a.idx - b.idx).map((entry) => entry.tag);
}

/** Applies the committed SQL migrations not yet applied, each in its own transaction, under an advisory lock. */
export async function applyMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.execute(
    sql.raw(
      'create table if not exists plumb_migrations ' +
        '(tag text primary key, applied_at timestamptz not null default now())',
    ),
  );
  const applied: string[] = [];
  for (const tag of await listMigrations(dir)) {
    const statements = (await readFile(path.join(dir, `${tag}.sql`), 'utf8'))
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean);
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const done = await tx.execute(sql`select 1 from plumb_migrations where tag = ${tag}`);
      if (rowsOf(done).length > 0) return;
      for (const statement of statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into plumb_migrations (tag) values (${tag})`);
      applied.push(tag);
    });
  }
  return applied;
}

/** Migrations committed with this build that the database has not applied (empty when up to date). */
export async function pendingMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const exists = await db.execute(sql`select to_regclass('plumb_migrations') is not null as present`);
  const present = rowsOf<{ present: boolean }>(exists)[0]?.present === true;
  const appliedRows = present ? rowsOf<{ tag: string }>(await db.execute(sql`select tag from plumb_migrations`)) : [];
  const applied = new Set(appliedRows.map((row) => row.tag));
  return (await listMigrations(dir)).filter((tag) => !applied.has(tag));
}
