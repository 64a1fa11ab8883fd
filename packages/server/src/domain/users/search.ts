import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Role } from '../principal.js';
import type { User } from './users.js';

export interface MemberQuery {
  offset: number;
  limit: number;
  /** By email, case-insensitively. */
  order: 'ASC' | 'DESC';
  /** A case-insensitive substring of the email or the display name. */
  search?: string;
}

export interface MemberPage {
  members: { user: User; role: Role }[];
}

/** LIKE treats % and _ as wildcards; a search for them must find them literally. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Byte order, so PGlite and every PostgreSQL locale sort the same way. */
const emailOrder = sql`${schema.users.emailKey} collate "C"`;

/** One page of the organization's members with their roles, ordered by email then id. */
export async function listOrganizationMembers(
  db: Executor,
  organizationId: number,
  query: MemberQuery,
): Promise<MemberPage> {
  const conditions: SQL[] = [eq(schema.memberships.organizationId, organizationId)];
  if (query.search) {
    const pattern = likePattern(query.search);
    conditions.push(or(ilike(schema.users.email, pattern), ilike(schema.users.displayName, pattern))!);
  }
  const direction = query.order === 'DESC' ? desc : asc;
  const rows = await db
    .select({ user: schema.users, role: schema.memberships.role })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(...conditions))
    .orderBy(direction(emailOrder), direction(schema.users.id))
    .limit(query.limit)
    .offset(query.offset);
  return { members: rows };
}
