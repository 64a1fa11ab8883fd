import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, publicUuid, ref } from './columns.js';

export const organizations = pgTable('organizations', {
  id: id(),
  uuid: publicUuid(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  publicApiEnabled: boolean('public_api_enabled').notNull().default(true),
  projectLimit: integer('project_limit').notNull().default(5000),
  createdAt: createdAt(),
});

/**
 * An organization's switch for Qodana's project and inspection insights; no row means on. Off, both queries answer
 * FEATURE_NOT_SUPPORTED. A table of its own, so that code reading organizations runs on every earlier schema.
 */
export const organizationInsights = pgTable('organization_insights', {
  organizationId: ref('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull(),
});
