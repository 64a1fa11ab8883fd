// Recipes, cookbooks and comments as Codiga's types show them, and the per-request batches their fields read.
import {
  commentStats,
  constraintsOf,
  cookbooksByIds,
  listRecipeComments,
  presentableFormat,
  publicProfiles,
  vscodeFormat,
  type Cookbook,
  type PublicProfile,
  type Recipe,
  type RecipeComment,
} from '../../../domain/recipes/index.js';
import { Invalid } from '../../../domain/errors.js';
import { batchLoader } from './batch.js';
import type { CodigaContext, Resolvers } from './types.js';

export const recipeView = (recipe: Recipe) => ({
  ...recipe,
  creationTimestampMs: recipe.createdAt.getTime(),
  lastUpdateTimestampMs: recipe.updatedAt.getTime(),
  vscodeFormat: vscodeFormat(recipe.code),
  neovimFormat: vscodeFormat(recipe.code),
  jetbrainsFormat: presentableFormat(recipe.code),
  presentableFormat: presentableFormat(recipe.code),
});
type RecipeView = ReturnType<typeof recipeView>;

export const cookbookView = (cookbook: Cookbook) => ({
  ...cookbook,
  creationTimestampMs: cookbook.createdAt.getTime(),
  lastUpdateTimestampMs: cookbook.updatedAt.getTime(),
});

const commentView = (comment: RecipeComment) => ({ ...comment, creationTimestampMs: comment.createdAt.getTime() });

/** A recipe's owner or a comment's author, as both User and PublicUser show them. */
const profileView = (profile: PublicProfile) => ({
  id: profile.id,
  username: profile.displayName,
  displayName: profile.displayName,
  accountType: 'Regular',
  hasSlug: false,
  slug: null,
});

const contextOf = (context: object) => context as CodigaContext;
const profiles = batchLoader((context, ids: readonly number[]) => publicProfiles(contextOf(context).db, ids));
const cookbooks = batchLoader((context, ids: readonly number[]) =>
  cookbooksByIds(contextOf(context).db, contextOf(context).caller, [...new Set(ids)]),
);
const stats = batchLoader((context, ids: readonly number[]) => commentStats(contextOf(context).db, [...new Set(ids)]));
const constraints = batchLoader((context, ids: readonly number[]) =>
  constraintsOf(contextOf(context).db, [...new Set(ids)]),
);

export const ownerOf = async (row: { ownerUserId: number }, context: object) => {
  const profile = await profiles(context, row.ownerUserId);
  return profile ? profileView(profile) : null;
};

/** Codiga's `howmany` and `skip`, within this surface's page limit. */
export function pageOf(args: { howmany?: number | null; skip?: number | null }, fallback = 100) {
  const howmany = args.howmany ?? fallback;
  const skip = args.skip ?? 0;
  if (howmany < 0 || howmany > 100) throw new Invalid('howmany', 'expected 0 to 100');
  if (skip < 0) throw new Invalid('skip', 'expected 0 or more');
  return { howmany, skip };
}

const recipeFields = {
  owner: (recipe: RecipeView, _args: unknown, context: object) => ownerOf(recipe, context),
  cookbook: async (recipe: RecipeView, _args: unknown, context: object) => {
    const cookbook = recipe.cookbookId === null ? undefined : await cookbooks(context, recipe.cookbookId);
    return cookbook ? cookbookView(cookbook) : null;
  },
  comments: async (recipe: RecipeView, args: { howmany: number; skip: number }, context: CodigaContext) =>
    (await listRecipeComments(context.db, recipe.id, pageOf(args))).map(commentView),
  commentsCount: async (recipe: RecipeView, _args: unknown, context: object) =>
    (await stats(context, recipe.id))?.count ?? 0,
  averageRating: async (recipe: RecipeView, _args: unknown, context: object) =>
    (await stats(context, recipe.id))?.averageRating ?? null,
  dependencyConstraints: async (recipe: RecipeView, _args: unknown, context: object) =>
    (await constraints(context, recipe.id)) ?? [],
};

/** The fields of recipes, cookbooks and comments that read more than their row. */
export const recipeTypeResolvers: Resolvers = {
  AssistantRecipe: recipeFields,
  AssistantRecipeWithStats: recipeFields,
  AssistantRecipeComment: {
    author: async (comment: RecipeComment, _args, context) => {
      const profile = comment.authorUserId === null ? undefined : await profiles(context, comment.authorUserId);
      return profile ? profileView(profile) : null;
    },
  },
};
