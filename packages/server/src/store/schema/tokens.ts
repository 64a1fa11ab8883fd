import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, publicUuid, ref } from './columns.js';
import { ROLES } from './memberships.js';
import { organizations } from './organizations.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** `api_key`: CodeStax's `X-API-Key`, an organization's key with a role, made and revoked by its admins. */
export const TOKEN_KINDS = ['user', 'organization', 'project', 'key_pair', 'api_key'] as const;

/** What each kind of token must point at (the check constraint's body, one alternative a kind). */
const TOKEN_OWNERS = [
  "(kind = 'user' and user_id is not null)",
  "(kind = 'key_pair' and user_id is not null and access_key is not null)",
  "(kind = 'organization' and organization_id is not null)",
  "(kind = 'project' and project_id is not null)",
  "(kind = 'api_key' and organization_id is not null and role is not null)",
];

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
    /** Role an organization token or an API key acts with. */
    role: text('role', { enum: ROLES }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    check('tokens_kind_check', oneOf('kind', TOKEN_KINDS)),
    check('tokens_owner_check', sql.raw(TOKEN_OWNERS.join(' or '))),
    index('tokens_user_idx').on(table.userId),
    index('tokens_project_idx').on(table.projectId),
    index('tokens_organization_idx').on(table.organizationId),
  ],
);
