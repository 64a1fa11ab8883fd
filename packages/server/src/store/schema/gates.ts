import { boolean, integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { ref } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

/** An organization's quality-gate policy (CodeStax's gate configuration); no row means the defaults. */
export const gatePolicies = pgTable('gate_policies', {
  organizationId: ref('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull(),
  blockMergeOnFail: boolean('block_merge_on_fail').notNull(),
  appliesToNewCodeOnly: boolean('applies_to_new_code_only').notNull(),
  /** Every policy key, filled from the defaults when it was saved. */
  policy: jsonb('policy').$type<Record<string, number | string>>().notNull(),
  /** 1 on the first save, raised by every save that changes something. */
  version: integer('version').notNull(),
  updatedByUserId: ref('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
