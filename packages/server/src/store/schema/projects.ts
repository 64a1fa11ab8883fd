import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, publicUuid, ref } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

export const PROVIDERS = ['g', 'b', 'gl', 'gp'] as const;

export const projects = pgTable(
  'projects',
  {
    id: id(),
    uuid: publicUuid(),
    /** The tenant; null for a repository a user added outside any organization. */
    organizationId: ref('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    createdByUserId: ref('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    provider: text('provider', { enum: PROVIDERS }).notNull(),
    /** GitLab instance slug; empty for the other providers. */
    instance: text('instance').notNull().default(''),
    /** GitHub login, Bitbucket username or GitLab namespace; empty for plain git. */
    owner: text('owner').notNull().default(''),
    name: text('name').notNull(),
    /** What the project is, in its users' words (Codiga's project description). */
    description: text('description').notNull().default(''),
    gitUrl: text('git_url'),
    defaultBranch: text('default_branch').notNull().default('main'),
    trackedBranches: text('tracked_branches')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    configYaml: text('config_yaml').notNull().default(''),
    /** A `.plumb.yml` the project's analyses use instead of the checkout's own; null for the checkout's. */
    plumbConfig: text('plumb_config'),
    /** When `plumbConfig` last changed: a smart analysis from an earlier base then analyzes everything. */
    plumbConfigChangedAt: timestamp('plumb_config_changed_at', { withTimezone: true }),
    private: boolean('private').notNull().default(true),
    /** AES-256-GCM sealed SSH key for plain-git checkouts; never returned by any endpoint. */
    sshKeySealed: text('ssh_key_sealed'),
    /** The SSH host keys pinned on the first fetch (known_hosts format); a changed host key fails the fetch. */
    sshKnownHosts: text('ssh_known_hosts'),
    /** Weekly development reports (Scrutinizer's development_report_settings): ISO weekday 1-7, hour, IANA zone. */
    reportEnabled: boolean('report_enabled').notNull().default(true),
    reportWeekday: integer('report_weekday').notNull().default(1),
    reportHour: integer('report_hour').notNull().default(8),
    reportTimezone: text('report_timezone').notNull().default('UTC'),
    createdAt: createdAt(),
  },
  (table) => [
    // One repository identity per organization, and per user for repositories added outside any organization.
    uniqueIndex('projects_org_identity_unique')
      .on(table.organizationId, table.provider, table.instance, table.owner, table.name)
      .where(sql`organization_id is not null`),
    uniqueIndex('projects_personal_identity_unique')
      .on(table.createdByUserId, table.provider, table.instance, table.owner, table.name)
      .where(sql`organization_id is null`),
    check('projects_provider_check', oneOf('provider', PROVIDERS)),
  ],
);
