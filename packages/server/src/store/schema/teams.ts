import { check, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, publicUuid, ref } from './columns.js';
import { organizations } from './organizations.js';
import { projects } from './projects.js';
import { users } from './users.js';

export const TEAM_ACCESS = ['admin', 'developer', 'view'] as const;

export const teams = pgTable(
  'teams',
  {
    id: id(),
    uuid: publicUuid(),
    organizationId: ref('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique('teams_org_name_unique').on(table.organizationId, table.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: ref('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: ref('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] })],
);

export const teamProjects = pgTable(
  'team_projects',
  {
    teamId: ref('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    access: text('access', { enum: TEAM_ACCESS }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.projectId] }),
    check('team_projects_access_check', oneOf('access', TEAM_ACCESS)),
  ],
);
