import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, ref } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

export const ROLES = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const;

export const memberships = pgTable(
  'memberships',
  {
    organizationId: ref('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: ref('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    index('memberships_user_idx').on(table.userId),
    check('memberships_role_check', oneOf('role', ROLES)),
  ],
);
