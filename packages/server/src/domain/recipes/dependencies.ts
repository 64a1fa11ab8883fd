import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import { requireName } from '../validate.js';
import { optionalText } from './input.js';
import { findRecipe, requireOwner } from './visibility.js';

const { assistantRecipeDependencies: dependencies } = schema;

export type DependencyConstraint = typeof dependencies.$inferSelect;

/**
 * Says which dependency the owner's recipe needs (or, negative, must not find) in the project it is offered to;
 * a constraint of the same name is replaced.
 */
export async function addDependencyConstraint(
  db: Executor,
  access: PersonalAccess,
  recipeId: number,
  input: { name: string; minVersion?: string | null; maxVersion?: string | null; negative?: boolean },
): Promise<void> {
  requireOwner(access, await findRecipe(db, access, recipeId), 'recipe');
  const values = {
    recipeId,
    name: requireName('name', input.name, 200),
    minVersion: optionalText('minVersion', input.minVersion, 100) || null,
    maxVersion: optionalText('maxVersion', input.maxVersion, 100) || null,
    isNegative: input.negative ?? false,
  };
  await db
    .insert(dependencies)
    .values(values)
    .onConflictDoUpdate({ target: [dependencies.recipeId, dependencies.name], set: values });
}

export async function removeDependencyConstraint(
  db: Executor,
  access: PersonalAccess,
  recipeId: number,
  name: string,
): Promise<void> {
  requireOwner(access, await findRecipe(db, access, recipeId), 'recipe');
  const removed = await db
    .delete(dependencies)
    .where(and(eq(dependencies.recipeId, recipeId), eq(dependencies.name, name)))
    .returning({ name: dependencies.name });
  if (removed.length === 0) throw new NotFound('dependency constraint');
}

/** The constraints of recipes the caller was given, by recipe, in one query. */
export async function constraintsOf(
  db: Executor,
  recipeIds: readonly number[],
): Promise<Map<number, DependencyConstraint[]>> {
  const byRecipe = new Map<number, DependencyConstraint[]>(recipeIds.map((id) => [id, []]));
  if (recipeIds.length === 0) return byRecipe;
  const rows = await db
    .select()
    .from(dependencies)
    .where(inArray(dependencies.recipeId, [...recipeIds]))
    .orderBy(dependencies.name);
  for (const row of rows) byRecipe.get(row.recipeId)?.push(row);
  return byRecipe;
}

/** True when the project's dependencies satisfy every constraint (by name: clients send no versions). */
export function satisfies(constraints: readonly DependencyConstraint[], present: readonly string[]): boolean {
  const names = new Set(present.map((name) => name.toLowerCase()));
  return constraints.every((constraint) => names.has(constraint.name.toLowerCase()) !== constraint.isNegative);
}
