import { and, eq } from 'drizzle-orm';
import { increment, inTransaction, schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { requireName } from '../validate.js';
import { addDependencyConstraint } from './dependencies.js';
import { optionalShortcut, optionalText, requireCode, requireLanguage, requireWords } from './input.js';
import { findCookbook, findRecipe, requireOwner, type Recipe } from './visibility.js';

const { assistantRecipes } = schema;

/** What createAssistantRecipe and updateAssistantRecipe send. */
export interface RecipeInput {
  name: string;
  description?: string | null;
  code: string;
  language: string;
  keywords: readonly string[];
  tags?: readonly string[] | null;
  filenamePatterns?: readonly string[] | null;
  imports?: readonly string[] | null;
  shortcut?: string | null;
  cookbookId?: number | null;
  /** A dependency the recipe needs (Codiga's single `dependency` argument). */
  dependency?: string | null;
}

async function rowOf(db: Executor, access: PersonalAccess, input: RecipeInput) {
  const name = requireName('name', input.name, 200);
  const description = optionalText('description', input.description, 5000);
  const keywords = requireWords('keywords', input.keywords, { max: 30, lowerCase: true });
  const tags = requireWords('tags', input.tags, { max: 30, lowerCase: true });
  const cookbookId =
    input.cookbookId === null || input.cookbookId === undefined
      ? null
      : requireOwner(access, await findCookbook(db, access, input.cookbookId), 'cookbook').id;
  return {
    name,
    description,
    code: requireCode(input.code),
    language: requireLanguage('language', input.language),
    keywords,
    tags,
    filenamePatterns: requireWords('filenamePatterns', input.filenamePatterns, { max: 30, lowerCase: false }),
    imports: requireWords('imports', input.imports, { max: 50, lowerCase: false }),
    shortcut: optionalShortcut(input.shortcut),
    cookbookId,
    searchText: [name, description, ...keywords, ...tags].join('\n').toLowerCase(),
  };
}

/** A new recipe of the caller, private unless made public. */
export async function createRecipe(
  db: Executor,
  access: PersonalAccess,
  input: RecipeInput & { isPublic: boolean },
): Promise<Recipe> {
  const values = await rowOf(db, access, input);
  return inTransaction(db, async (tx) => {
    const [recipe] = await tx
      .insert(assistantRecipes)
      .values({ ...values, isPublic: input.isPublic, ownerUserId: access.user.id })
      .returning();
    if (input.dependency) await addDependencyConstraint(tx, access, recipe!.id, { name: input.dependency });
    return recipe!;
  });
}

/** Replaces what the owner may change of their recipe (its visibility stays). */
export async function updateRecipe(
  db: Executor,
  access: PersonalAccess,
  id: number,
  input: RecipeInput,
): Promise<Recipe> {
  requireOwner(access, await findRecipe(db, access, id), 'recipe');
  const values = await rowOf(db, access, input);
  return inTransaction(db, async (tx) => {
    const [recipe] = await tx
      .update(assistantRecipes)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(assistantRecipes.id, id))
      .returning();
    if (input.dependency) await addDependencyConstraint(tx, access, id, { name: input.dependency });
    return recipe!;
  });
}

/** Deletes the owner's recipe with its comments and constraints. */
export async function deleteRecipe(db: Executor, access: PersonalAccess, id: number): Promise<void> {
  requireOwner(access, await findRecipe(db, access, id), 'recipe');
  await db.delete(assistantRecipes).where(eq(assistantRecipes.id, id));
}

/** Puts the owner's recipe in (or takes it out of) one of their cookbooks; a recipe is in one cookbook at most. */
export async function moveRecipeToCookbook(
  db: Executor,
  access: PersonalAccess,
  change: { recipeId: number; cookbookId: number; add: boolean },
): Promise<void> {
  const recipe = requireOwner(access, await findRecipe(db, access, change.recipeId), 'recipe');
  const cookbook = requireOwner(access, await findCookbook(db, access, change.cookbookId), 'cookbook');
  if (!change.add && recipe.cookbookId !== cookbook.id) return;
  await db
    .update(assistantRecipes)
    .set({ cookbookId: change.add ? cookbook.id : null, updatedAt: new Date() })
    .where(and(eq(assistantRecipes.id, recipe.id)));
}

/** Counts one use of a recipe the caller may see (an IDE inserted it: Codiga's recordAccess AssistantRecipeUse). */
export async function recordRecipeUse(db: Executor, access: PersonalAccess, id: number): Promise<void> {
  const recipe = await findRecipe(db, access, id);
  await db
    .update(assistantRecipes)
    .set({ uses: increment(assistantRecipes.uses) })
    .where(eq(assistantRecipes.id, recipe.id));
}
