import { inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';

/** What anyone may see of a recipe's owner or a comment's author: an id and a display name, never an email. */
export interface PublicProfile {
  id: number;
  displayName: string;
}

/** The public profiles of users by id, in one query. */
export async function publicProfiles(db: Executor, userIds: readonly number[]): Promise<Map<number, PublicProfile>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.users.id, displayName: schema.users.displayName })
    .from(schema.users)
    .where(inArray(schema.users.id, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.id, row]));
}
