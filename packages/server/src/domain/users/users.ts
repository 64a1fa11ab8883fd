import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../crypto/password.js';
import { schema, type Executor } from '../../store/index.js';
import { requireEmail, requireName } from '../validate.js';

export type User = typeof schema.users.$inferSelect;

/** The key that makes emails unique regardless of case. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.emailKey, emailKey(email)));
  return row;
}

export interface NewUser {
  email: unknown;
  displayName?: unknown;
  /** Invited users exist before they accept; they carry an invitation id. */
  status?: 'active' | 'invited';
  password?: string;
}

/** Returns the user with this email (any case), creating it when there is none. */
export async function findOrCreateUser(db: Executor, input: NewUser): Promise<{ user: User; created: boolean }> {
  const email = requireEmail('email', input.email);
  const existing = await findUserByEmail(db, email);
  if (existing) return { user: existing, created: false };
  const displayName = input.displayName === undefined ? email.split('@')[0]! : requireName('name', input.displayName);
  const status = input.status ?? 'active';
  const [row] = await db
    .insert(schema.users)
    .values({
      email,
      emailKey: emailKey(email),
      displayName,
      status,
      invitationId: status === 'invited' ? randomUUID() : null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    })
    .onConflictDoNothing()
    .returning();
  // A concurrent insert of the same email won the race: return that user.
  if (!row) return { user: (await findUserByEmail(db, email))!, created: false };
  return { user: row, created: true };
}
