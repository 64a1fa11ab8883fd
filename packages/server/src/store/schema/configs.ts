import { sql } from 'drizzle-orm';
import { check, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, publicUuid, ref } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

export const configs = pgTable(
  'configs',
  {
    id: id(),
    uuid: publicUuid(),
    organizationId: ref('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    userId: ref('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    yaml: text('yaml').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    check('configs_one_owner', sql`(organization_id is null) <> (user_id is null)`),
    unique('configs_owner_name_unique').on(table.organizationId, table.userId, table.name).nullsNotDistinct(),
  ],
);
