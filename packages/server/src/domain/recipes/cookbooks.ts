import { and, asc, count, desc, eq } from 'drizzle-orm';
import { containsText, schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { requireName } from '../validate.js';
import { optionalText } from './input.js';
import { cookbookVisibleTo, findCookbook, requireOwner, type Cookbook } from './visibility.js';

const { assistantCookbooks } = schema;

export async function createCookbook(
  db: Executor,
  access: PersonalAccess,
  input: { name: string; description: string; isPublic: boolean },
): Promise<Cookbook> {
  const [row] = await db
    .insert(assistantCookbooks)
    .values({
      ownerUserId: access.user.id,
      name: requireName('name', input.name, 200),
      description: optionalText('description', input.description, 5000),
      isPublic: input.isPublic,
    })
    .returning();
  return row!;
}

export async function updateCookbook(
  db: Executor,
  access: PersonalAccess,
  id: number,
  input: { name: string; description: string },
): Promise<Cookbook> {
  requireOwner(access, await findCookbook(db, access, id), 'cookbook');
  const [row] = await db
    .update(assistantCookbooks)
    .set({
      name: requireName('name', input.name, 200),
      description: optionalText('description', input.description, 5000),
      updatedAt: new Date(),
    })
    .where(eq(assistantCookbooks.id, id))
    .returning();
  return row!;
}

/** Deletes the owner's cookbook; its recipes stay, in no cookbook. */
export async function deleteCookbook(db: Executor, access: PersonalAccess, id: number): Promise<void> {
  requireOwner(access, await findCookbook(db, access, id), 'cookbook');
  await db.delete(assistantCookbooks).where(eq(assistantCookbooks.id, id));
}

export interface CookbookQuery {
  name?: string | null;
  onlyPublic?: boolean | null;
  onlyPrivate?: boolean | null;
  /** Only this user's (a User's own list). */
  ownerUserId?: number;
  orderBy?: 'CreationTimestamp' | 'Name' | null;
  desc?: boolean | null;
}

const cookbookConditions = (access: PersonalAccess, query: CookbookQuery) =>
  and(
    cookbookVisibleTo(access),
    query.name ? containsText([assistantCookbooks.name], query.name) : undefined,
    query.onlyPublic ? eq(assistantCookbooks.isPublic, true) : undefined,
    query.onlyPrivate
      ? and(eq(assistantCookbooks.isPublic, false), eq(assistantCookbooks.ownerUserId, access.user.id))
      : undefined,
    query.ownerUserId === undefined ? undefined : eq(assistantCookbooks.ownerUserId, query.ownerUserId),
  );

/** One page of the cookbooks the caller may see. */
export function listCookbooks(
  db: Executor,
  access: PersonalAccess,
  query: CookbookQuery,
  page: { howmany: number; skip: number },
): Promise<Cookbook[]> {
  const order = query.desc ? desc : asc;
  const key = query.orderBy === 'Name' ? assistantCookbooks.name : assistantCookbooks.id;
  return db
    .select()
    .from(assistantCookbooks)
    .where(cookbookConditions(access, query))
    .orderBy(order(key), order(assistantCookbooks.id))
    .limit(page.howmany)
    .offset(page.skip);
}

/** How many cookbooks the caller may see match the query. */
export async function countCookbooks(db: Executor, access: PersonalAccess, query: CookbookQuery): Promise<number> {
  const [row] = await db.select({ total: count() }).from(assistantCookbooks).where(cookbookConditions(access, query));
  return row?.total ?? 0;
}
