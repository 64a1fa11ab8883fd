import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const publicUuid = () =>
  uuid('uuid')
    .notNull()
    .unique()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const ref = (name: string) => bigint(name, { mode: 'number' });

export const ROLES = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const;
export const PROVIDERS = ['g', 'b', 'gl', 'gp'] as const;
export const TEAM_ACCESS = ['admin', 'developer', 'view'] as const;
export const TOKEN_KINDS = ['user', 'organization', 'project', 'key_pair'] as const;
export const USER_STATUSES = ['active', 'invited'] as const;

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);

export const organizations = pgTable('organizations', {
  id: id(),
  uuid: publicUuid(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  publicApiEnabled: boolean('public_api_enabled').notNull().default(true),
  projectLimit: integer('project_limit').notNull().default(5000),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    uuid: publicUuid(),
    email: text('email').notNull(),
    /** Lower-cased email: the uniqueness key, so emails are unique case-insensitively. */
    emailKey: text('email_key').notNull().unique(),
    displayName: text('display_name').notNull(),
    status: text('status', { enum: USER_STATUSES }).notNull().default('active'),
    accountType: text('account_type').notNull().default('user'),
    passwordHash: text('password_hash'),
    invitationId: uuid('invitation_id'),
    createdAt: createdAt(),
  },
  () => [check('users_status_check', oneOf('status', USER_STATUSES))],
);

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
    gitUrl: text('git_url'),
    defaultBranch: text('default_branch').notNull().default('main'),
    trackedBranches: text('tracked_branches')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    configYaml: text('config_yaml').notNull().default(''),
    private: boolean('private').notNull().default(true),
    /** AES-256-GCM sealed SSH key for plain-git checkouts; never returned by any endpoint. */
    sshKeySealed: text('ssh_key_sealed'),
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

export const tokens = pgTable(
  'tokens',
  {
    id: id(),
    uuid: publicUuid(),
    kind: text('kind', { enum: TOKEN_KINDS }).notNull(),
    /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
    secretHash: text('secret_hash').notNull().unique(),
    /** Public half of an API key pair. */
    accessKey: text('access_key').unique(),
    name: text('name').notNull().default(''),
    userId: ref('user_id').references(() => users.id, { onDelete: 'cascade' }),
    organizationId: ref('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    projectId: ref('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    /** Role an organization token acts with. */
    role: text('role', { enum: ROLES }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    check('tokens_kind_check', oneOf('kind', TOKEN_KINDS)),
    check(
      'tokens_owner_check',
      sql.raw(
        "(kind = 'user' and user_id is not null) or " +
          "(kind = 'key_pair' and user_id is not null and access_key is not null) or " +
          "(kind = 'organization' and organization_id is not null) or " +
          "(kind = 'project' and project_id is not null)",
      ),
    ),
    index('tokens_user_idx').on(table.userId),
    index('tokens_project_idx').on(table.projectId),
  ],
);
