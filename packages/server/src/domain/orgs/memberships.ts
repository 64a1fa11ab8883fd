import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Role } from '../principal.js';

export type Membership = typeof schema.memberships.$inferSelect;

export async function findMembership(
  db: Executor,
  organizationId: number,
  userId: number,
): Promise<Membership | undefined> {
  const [row] = await db
    .select()
    .from(schema.memberships)
    .where(and(eq(schema.memberships.organizationId, organizationId), eq(schema.memberships.userId, userId)));
  return row;
}

/** Adds the user to the organization with the role, or changes the role of an existing member. */
export async function putMembership(
  db: Executor,
  organizationId: number,
  userId: number,
  role: Role,
): Promise<Membership> {
  const [row] = await db
    .insert(schema.memberships)
    .values({ organizationId, userId, role })
    .onConflictDoUpdate({ target: [schema.memberships.organizationId, schema.memberships.userId], set: { role } })
    .returning();
  return row!;
}
