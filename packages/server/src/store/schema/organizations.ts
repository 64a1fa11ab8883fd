import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, publicUuid } from './columns.js';

export const organizations = pgTable('organizations', {
  id: id(),
  uuid: publicUuid(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  publicApiEnabled: boolean('public_api_enabled').notNull().default(true),
  /** Qodana's project and inspection insights; off, both queries answer FEATURE_NOT_SUPPORTED. */
  insightsEnabled: boolean('insights_enabled').notNull().default(true),
  projectLimit: integer('project_limit').notNull().default(5000),
  createdAt: createdAt(),
});
