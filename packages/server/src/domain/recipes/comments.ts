import { and, asc, avg, count, eq, gt, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { Invalid, NotFound } from '../errors.js';
import { requireName } from '../validate.js';
import { findRecipe } from './visibility.js';

const { assistantRecipeComments: comments, assistantRecipes } = schema;

export type RecipeComment = typeof comments.$inferSelect;

/** A comment on a recipe the caller may see, with a rating from 1 to 5 (or none). */
export async function addRecipeComment(
  db: Executor,
  access: PersonalAccess,
  recipeId: number,
  input: { comment: string; rating?: number | null; securityFlag?: boolean | null },
): Promise<RecipeComment> {
  const recipe = await findRecipe(db, access, recipeId);
  const rating = input.rating ?? 0;
  if (input.rating !== null && input.rating !== undefined && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
    throw new Invalid('rating', 'expected a whole number from 1 to 5');
  const [row] = await db
    .insert(comments)
    .values({
      recipeId: recipe.id,
      authorUserId: access.user.id,
      comment: requireName('comment', input.comment, 5000),
      rating,
      securityFlag: input.securityFlag ?? false,
    })
    .returning();
  return row!;
}

/** Deletes a comment: its author's, or any on the caller's own recipe. */
export async function deleteRecipeComment(db: Executor, access: PersonalAccess, commentId: number): Promise<void> {
  const [row] = Number.isSafeInteger(commentId)
    ? await db
        .select({ comment: comments, recipeOwner: assistantRecipes.ownerUserId })
        .from(comments)
        .innerJoin(assistantRecipes, eq(assistantRecipes.id, comments.recipeId))
        .where(eq(comments.id, commentId))
    : [];
  if (!row || (row.comment.authorUserId !== access.user.id && row.recipeOwner !== access.user.id))
    throw new NotFound('comment');
  await db.delete(comments).where(eq(comments.id, commentId));
}

/** One page of a recipe's comments, oldest first (the recipe was read through the caller's access). */
export function listRecipeComments(db: Executor, recipeId: number, page: { howmany: number; skip: number }) {
  return db
    .select()
    .from(comments)
    .where(eq(comments.recipeId, recipeId))
    .orderBy(asc(comments.id))
    .limit(page.howmany)
    .offset(page.skip);
}

/** How many comments each recipe has, and the average of their ratings (null when none rates it), in one query. */
export async function commentStats(db: Executor, recipeIds: readonly number[]) {
  const stats = new Map<number, { count: number; averageRating: number | null }>(
    recipeIds.map((id) => [id, { count: 0, averageRating: null }]),
  );
  if (recipeIds.length === 0) return stats;
  const counted = await db
    .select({ recipeId: comments.recipeId, count: count() })
    .from(comments)
    .where(inArray(comments.recipeId, [...recipeIds]))
    .groupBy(comments.recipeId);
  const rated = await db
    .select({ recipeId: comments.recipeId, average: avg(comments.rating) })
    .from(comments)
    .where(and(inArray(comments.recipeId, [...recipeIds]), gt(comments.rating, 0)))
    .groupBy(comments.recipeId);
  for (const row of counted) stats.get(row.recipeId)!.count = row.count;
  for (const row of rated) stats.get(row.recipeId)!.averageRating = row.average === null ? null : Number(row.average);
  return stats;
}
