import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { Forbidden, NotFound } from '../errors.js';

const { assistantCookbooks, assistantRecipes } = schema;

export type Recipe = typeof assistantRecipes.$inferSelect;
export type Cookbook = typeof assistantCookbooks.$inferSelect;

/** Public ones, and the caller's own: a private recipe or cookbook is its owner's alone. */
export const recipeVisibleTo = (access: PersonalAccess): SQL =>
  or(eq(assistantRecipes.isPublic, true), eq(assistantRecipes.ownerUserId, access.user.id))!;
export const cookbookVisibleTo = (access: PersonalAccess): SQL =>
  or(eq(assistantCookbooks.isPublic, true), eq(assistantCookbooks.ownerUserId, access.user.id))!;

/** A recipe the caller may see; another user's private one is NotFound, as one that does not exist. */
export async function findRecipe(db: Executor, access: PersonalAccess, id: number): Promise<Recipe> {
  const [row] = Number.isSafeInteger(id)
    ? await db
        .select()
        .from(assistantRecipes)
        .where(and(eq(assistantRecipes.id, id), recipeVisibleTo(access)))
    : [];
  if (!row) throw new NotFound('recipe');
  return row;
}

export async function findCookbook(db: Executor, access: PersonalAccess, id: number): Promise<Cookbook> {
  const [row] = Number.isSafeInteger(id)
    ? await db
        .select()
        .from(assistantCookbooks)
        .where(and(eq(assistantCookbooks.id, id), cookbookVisibleTo(access)))
    : [];
  if (!row) throw new NotFound('cookbook');
  return row;
}

/** Only its owner changes a recipe or a cookbook; others may at most read a public one. */
export function requireOwner<Row extends { ownerUserId: number }>(access: PersonalAccess, row: Row, what: string): Row {
  if (row.ownerUserId !== access.user.id) throw new Forbidden(`only its owner may change this ${what}`);
  return row;
}

/** Recipes by id that the caller may see, in one query (loaders). */
export async function recipesByIds(db: Executor, access: PersonalAccess, ids: readonly number[]) {
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(assistantRecipes)
          .where(and(inArray(assistantRecipes.id, [...ids]), recipeVisibleTo(access)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Cookbooks by id that the caller may see, in one query (loaders). */
export async function cookbooksByIds(db: Executor, access: PersonalAccess, ids: readonly number[]) {
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(assistantCookbooks)
          .where(and(inArray(assistantCookbooks.id, [...ids]), cookbookVisibleTo(access)));
  return new Map(rows.map((row) => [row.id, row]));
}
