import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { ref } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

/**
 * Requests counted in one fixed window per key (a credential's hour, a repository's minute of scan triggers), so
 * that every API node on one PostgreSQL counts against the same limit. A key keeps only its current window's row.
 * Migration 0007 creates it UNLOGGED (Drizzle's schema cannot say so): no WAL flush per request, 0.14 ms instead of
 * 2.7 ms an upsert (docs/operations.md); a crash of PostgreSQL empties it, which only restarts the counts.
 */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

/** An organization's CodeStax limit of requests per credential and hour; no row means the default. */
export const rateLimitSettings = pgTable('rate_limit_settings', {
  organizationId: ref('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  hourlyLimit: integer('hourly_limit').notNull(),
  updatedByUserId: ref('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
