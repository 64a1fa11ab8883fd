import { check, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, publicUuid } from './columns.js';

export const USER_STATUSES = ['active', 'invited'] as const;

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
