// The organizations a user belongs to, as Codiga's groups list them: by id, with their members.
import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Organization, PersonalAccess, Role } from '../access/index.js';
import { NotFound } from '../errors.js';
import type { Page } from '../paging.js';

const { organizations, memberships, users } = schema;

/** A member of an organization with what Codiga shows of them. */
export interface OrganizationMember {
  organizationId: number;
  userId: number;
  role: Role;
  user: typeof users.$inferSelect;
}

/** The ids of the organizations a user belongs to, as a subquery. */
const organizationIdsOf = (db: Executor, userId: number) =>
  db.select({ id: memberships.organizationId }).from(memberships).where(eq(memberships.userId, userId));

const ofUser = (db: Executor, userId: number): SQL => inArray(organizations.id, organizationIdsOf(db, userId));

/** The user's organizations, oldest first, one page by position. */
export async function listUserOrganizations(
  db: Executor,
  access: PersonalAccess,
  page: { limit: number; offset: number },
): Promise<Page<Organization>> {
  const where = ofUser(db, access.user.id);
  const [items, [total]] = await Promise.all([
    db.select().from(organizations).where(where).orderBy(asc(organizations.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** One of the user's organizations by id, else by name or slug; any other is NotFound. */
export async function findUserOrganization(
  db: Executor,
  access: PersonalAccess,
  reference: { id?: number | null; name?: string | null },
): Promise<Organization> {
  const by =
    reference.id != null
      ? eq(organizations.id, reference.id)
      : reference.name != null
        ? or(eq(organizations.name, reference.name), eq(organizations.slug, reference.name))
        : null;
  if (!by) throw new NotFound('organization');
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(ofUser(db, access.user.id), by))
    .orderBy(asc(organizations.id))
    .limit(1);
  if (!row) throw new NotFound('organization');
  return row;
}

/** The members of each of the user's organizations among `organizationIds`, in one query; others are left out. */
export async function membersOfOrganizations(
  db: Executor,
  access: PersonalAccess,
  organizationIds: readonly number[],
): Promise<Map<number, OrganizationMember[]>> {
  const members = new Map<number, OrganizationMember[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return members;
  const rows = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organizationId, [...organizationIds]),
        inArray(memberships.organizationId, organizationIdsOf(db, access.user.id)),
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(users.id));
  for (const { membership, user } of rows) members.get(membership.organizationId)?.push({ ...membership, user });
  return members;
}

/** The user's organizations among `ids`, in one query, for loaders; others are left out. */
export async function findUserOrganizationsByIds(
  db: Executor,
  access: PersonalAccess,
  ids: readonly number[],
): Promise<Map<number, Organization>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(organizations)
    .where(and(ofUser(db, access.user.id), inArray(organizations.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row]));
}
