import { and, arrayContains, asc, count, desc, eq, inArray, isNotNull, max, type SQL } from 'drizzle-orm';
import { containsText, schema, startsWith, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { constraintsOf, satisfies } from './dependencies.js';
import { matchesAnyPattern } from './globs.js';
import { recipeVisibleTo, type Recipe } from './visibility.js';

const { assistantCookbooks, assistantRecipes: recipes } = schema;

/** Every way Codiga's queries narrow recipes down; each one given must hold. */
export interface RecipeQuery {
  languages?: readonly string[] | null;
  /** Each must be one of the recipe's keywords (case-insensitive). */
  keywords?: readonly string[] | null;
  /** Each must be one of the recipe's tags (case-insensitive). */
  tags?: readonly string[] | null;
  /** Words that must each appear in the recipe's name, description, keywords or tags. */
  term?: string | null;
  /** A case-insensitive part of the name. */
  name?: string | null;
  /** The file being edited: a recipe with filename patterns is offered only for a matching file. */
  filename?: string | null;
  /** The project's dependencies, checked against each recipe's constraints. */
  dependencies?: readonly string[] | null;
  onlyPublic?: boolean | null;
  onlyPrivate?: boolean | null;
  /** Only recipes in the caller's own cookbooks (Plumb keeps no subscriptions). */
  onlySubscribed?: boolean | null;
  ownerUserId?: number;
  cookbookId?: number;
  /** Only recipes with a shortcut, starting with this text when not empty. */
  shortcut?: string | null;
}

export type RecipeOrder = 'Cookbook' | 'CreationTimestamp' | 'Language' | 'Name' | 'Rating' | 'Uses' | 'Visibility';

/** The most recipes read before the filters SQL cannot apply (file patterns, dependencies) pick a page. */
const CANDIDATE_LIMIT = 1000;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word !== '');

function conditions(access: PersonalAccess, query: RecipeQuery): (SQL | undefined)[] {
  const lower = (list: readonly string[] | null | undefined) => (list ?? []).map((word) => word.toLowerCase());
  return [
    recipeVisibleTo(access),
    query.languages?.length ? inArray(recipes.language, [...query.languages]) : undefined,
    query.keywords?.length ? arrayContains(recipes.keywords, lower(query.keywords)) : undefined,
    query.tags?.length ? arrayContains(recipes.tags, lower(query.tags)) : undefined,
    ...words(query.term ?? '').map((word) => containsText([recipes.searchText], word)),
    query.name ? containsText([recipes.name], query.name) : undefined,
    query.onlyPublic ? eq(recipes.isPublic, true) : undefined,
    query.onlyPrivate ? and(eq(recipes.isPublic, false), eq(recipes.ownerUserId, access.user.id)) : undefined,
    query.onlySubscribed ? eq(assistantCookbooks.ownerUserId, access.user.id) : undefined,
    query.ownerUserId === undefined ? undefined : eq(recipes.ownerUserId, query.ownerUserId),
    query.cookbookId === undefined ? undefined : eq(recipes.cookbookId, query.cookbookId),
    query.shortcut === undefined || query.shortcut === null ? undefined : isNotNull(recipes.shortcut),
    query.shortcut ? startsWith(recipes.shortcut, query.shortcut) : undefined,
  ];
}

function orderOf(order: RecipeOrder | null | undefined, descending: boolean) {
  const by = descending ? desc : asc;
  const key = {
    Cookbook: recipes.cookbookId,
    CreationTimestamp: recipes.id,
    Language: recipes.language,
    Name: recipes.name,
    // Plumb keeps no votes: the most used first stands for the best rated.
    Rating: recipes.uses,
    Uses: recipes.uses,
    Visibility: recipes.isPublic,
  }[order ?? 'CreationTimestamp'];
  return [by(key), by(recipes.id)];
}

/** One page of the recipes the caller may see that match the query. */
export async function searchRecipes(
  db: Executor,
  access: PersonalAccess,
  query: RecipeQuery,
  page: { howmany: number; skip: number },
  order: { by?: RecipeOrder | null; desc?: boolean | null } = {},
): Promise<Recipe[]> {
  const afterSql = Boolean(query.filename) || query.dependencies !== undefined;
  const rows = await db
    .select({ recipe: recipes })
    .from(recipes)
    .leftJoin(assistantCookbooks, eq(assistantCookbooks.id, recipes.cookbookId))
    .where(and(...conditions(access, query)))
    .orderBy(...orderOf(order.by, order.desc ?? false))
    .limit(afterSql ? CANDIDATE_LIMIT : page.howmany)
    .offset(afterSql ? 0 : page.skip);
  const found = rows.map((row) => row.recipe);
  if (!afterSql) return found;
  const constraints = query.dependencies
    ? await constraintsOf(
        db,
        found.map((recipe) => recipe.id),
      )
    : undefined;
  return found
    .filter(
      (recipe) =>
        (!query.filename ||
          recipe.filenamePatterns.length === 0 ||
          matchesAnyPattern(recipe.filenamePatterns, query.filename)) &&
        (!constraints || satisfies(constraints.get(recipe.id) ?? [], query.dependencies ?? [])),
    )
    .slice(page.skip, page.skip + page.howmany);
}

/** When the recipes with a shortcut the caller may see last changed (ms), so a client knows to refresh its cache. */
export async function lastShortcutChange(db: Executor, access: PersonalAccess, language: string) {
  const [row] = await db
    .select({ last: max(recipes.updatedAt) })
    .from(recipes)
    .where(and(recipeVisibleTo(access), eq(recipes.language, language), isNotNull(recipes.shortcut)));
  return row?.last ? new Date(row.last).getTime() : null;
}

/** How many recipes the caller may see match the query (SQL's filters only: no file name nor dependencies). */
export async function countRecipes(db: Executor, access: PersonalAccess, query: RecipeQuery): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(recipes)
    .leftJoin(assistantCookbooks, eq(assistantCookbooks.id, recipes.cookbookId))
    .where(and(...conditions(access, query)));
  return row?.total ?? 0;
}
