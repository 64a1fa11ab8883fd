import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, ref } from './columns.js';
import { users } from './users.js';

/** Session tokens (JWTs) logged out before they expire; a row may go once its token has expired. */
export const sessionRevocations = pgTable(
  'session_revocations',
  {
    /** The token's `jti`. */
    tokenId: uuid('token_id').primaryKey(),
    userId: ref('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('session_revocations_expires_idx').on(table.expiresAt)],
);

/** Raised by a password change: every session token issued with an older generation is refused. No row means 0. */
export const sessionGenerations = pgTable('session_generations', {
  userId: ref('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  generation: integer('generation').notNull(),
});
