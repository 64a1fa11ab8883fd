import {
  addDependencyConstraint,
  addRecipeComment,
  countRecipes,
  createCookbook,
  createRecipe,
  deleteCookbook,
  deleteRecipe,
  deleteRecipeComment,
  findCookbook,
  findRecipe,
  lastShortcutChange,
  listCookbooks,
  moveRecipeToCookbook,
  recordRecipeUse,
  removeDependencyConstraint,
  searchRecipes,
  updateCookbook,
  updateRecipe,
  type Cookbook,
  type RecipeInput,
  type RecipeOrder,
  type RecipeQuery,
} from '../../../domain/recipes/index.js';
import { cookbookView, ownerOf, pageOf, recipeView } from './recipe-views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** What the IDE clients' queries leave out: they show at most this many recipes. */
const CLIENT_RECIPES = 100;

interface Paged {
  howmany?: number | null;
  skip?: number | null;
  orderBy?: RecipeOrder | null;
  desc?: boolean | null;
}
type Visibility = Pick<RecipeQuery, 'onlyPublic' | 'onlyPrivate' | 'onlySubscribed'>;
interface ClientArguments extends Visibility {
  dependencies: string[];
  filename?: string | null;
  language: string;
}

const search = async (context: CodigaContext, query: RecipeQuery, args: Paged, fallback = 100) =>
  (
    await searchRecipes(context.db, context.caller, query, pageOf(args, fallback), {
      by: args.orderBy ?? null,
      desc: args.desc ?? null,
    })
  ).map(recipeView);

const visibility = (args: Visibility): Visibility => ({
  onlyPublic: args.onlyPublic ?? null,
  onlyPrivate: args.onlyPrivate ?? null,
  onlySubscribed: args.onlySubscribed ?? null,
});
const one = (value: string | null | undefined) => (value ? [value] : null);
const ok = async (done: Promise<unknown>) => {
  await done;
  return 'ok';
};

interface CookbookRecipesArguments extends Paged {
  language?: string | null;
  name?: string | null;
  tag?: string | null;
}
const inCookbook = (cookbook: Cookbook, args: CookbookRecipesArguments): RecipeQuery => ({
  cookbookId: cookbook.id,
  languages: one(args.language),
  name: args.name ?? null,
  tags: one(args.tag),
});

/** Codiga's assistant: recipes, cookbooks, their comments and constraints, and the IDE clients' queries. */
export const assistantResolvers: Resolvers = {
  Query: {
    assistantRecipe: async (_root, args: { id: number }, context) =>
      recipeView(await findRecipe(context.db, context.caller, args.id)),
    assistantCookbook: async (_root, args: { id: number }, context) =>
      cookbookView(await findCookbook(context.db, context.caller, args.id)),
    assistantCookbooks: async (_root, args: Paged & Visibility & { name?: string | null }, context) =>
      (
        await listCookbooks(
          context.db,
          context.caller,
          {
            name: args.name ?? null,
            onlyPublic: args.onlyPublic ?? null,
            onlyPrivate: args.onlyPrivate ?? null,
            ...(args.onlySubscribed ? { ownerUserId: context.caller.user.id } : {}),
            orderBy: (args.orderBy as 'Name' | 'CreationTimestamp' | null) ?? null,
            desc: args.desc ?? null,
          },
          pageOf(args),
        )
      ).map(cookbookView),
    assistantPublicRecipes: (_root, args: Paged & { [key: string]: unknown }, context) =>
      search(
        context,
        {
          onlyPublic: true,
          languages: (args.languages as string[] | null) ?? null,
          keywords: one(args.keyword as string | null),
          name: (args.name as string | null) ?? null,
          tags: one(args.tag as string | null),
          ...(typeof args.userId === 'number' ? { ownerUserId: args.userId } : {}),
        },
        args,
      ),
    assistantRecipesSemanticSearch: (
      _root,
      args: Paged &
        Visibility & {
          term?: string | null;
          languages?: string[] | null;
          tags?: string[] | null;
          filename?: string | null;
          dependencies?: string[] | null;
        },
      context,
    ) =>
      search(
        context,
        {
          ...visibility(args),
          term: args.term ?? null,
          languages: args.languages ?? null,
          tags: args.tags ?? null,
          filename: args.filename ?? null,
          ...(args.dependencies ? { dependencies: args.dependencies } : {}),
        },
        args,
      ),
    getRecipesForClient: (_root, args: ClientArguments & { keywords: string[] }, context) =>
      search(
        context,
        {
          ...visibility(args),
          languages: [args.language],
          keywords: args.keywords,
          filename: args.filename ?? null,
          dependencies: args.dependencies,
        },
        {},
        CLIENT_RECIPES,
      ),
    getRecipesForClientByShortcut: (_root, args: ClientArguments & { term?: string | null }, context) =>
      search(
        context,
        {
          ...visibility(args),
          languages: [args.language],
          shortcut: args.term ?? '',
          filename: args.filename ?? null,
          dependencies: args.dependencies,
        },
        {},
        CLIENT_RECIPES,
      ),
    getRecipesForClientByShortcutLastTimestamp: (_root, args: { language: string }, context) =>
      lastShortcutChange(context.db, context.caller, args.language),
  },
  Mutation: {
    createAssistantRecipe: async (_root, args: RecipeInput & { isPublic: boolean }, context) =>
      recipeView(await createRecipe(context.db, context.caller, args)),
    updateAssistantRecipe: async (_root, args: RecipeInput & { id: number }, context) =>
      recipeView(await updateRecipe(context.db, context.caller, args.id, args)),
    deleteAssistantRecipe: (_root, args: { id: number }, context) =>
      ok(deleteRecipe(context.db, context.caller, args.id)),
    createAssistantCookbook: async (_root, args: { name: string; description: string; isPublic: boolean }, context) =>
      cookbookView(await createCookbook(context.db, context.caller, args)),
    updateAssistantCookbook: async (_root, args: { id: number; name: string; description: string }, context) =>
      cookbookView(await updateCookbook(context.db, context.caller, args.id, args)),
    deleteAssistantCookbook: (_root, args: { id: number }, context) =>
      ok(deleteCookbook(context.db, context.caller, args.id)),
    addRecipeToCookbook: (_root, args: { cookbookId: number; recipeId: number }, context) =>
      ok(moveRecipeToCookbook(context.db, context.caller, { ...args, add: true })),
    removeRecipeFromCookbook: (_root, args: { cookbookId: number; recipeId: number }, context) =>
      ok(moveRecipeToCookbook(context.db, context.caller, { ...args, add: false })),
    createAssistantRecipeComment: (
      _root,
      args: { id: number; comment: string; rating?: number | null; securityFlag?: boolean | null },
      context,
    ) => ok(addRecipeComment(context.db, context.caller, args.id, args)),
    deleteAssistantRecipeComment: (_root, args: { id: number }, context) =>
      ok(deleteRecipeComment(context.db, context.caller, args.id)),
    addDependencyConstraint: (
      _root,
      args: { id: number; name: string; minVersion?: string | null; maxVersion?: string | null; negative: boolean },
      context,
    ) => ok(addDependencyConstraint(context.db, context.caller, args.id, args)),
    // Plumb keeps a recipe's uses; other accesses (searches, extension events) are answered and not kept.
    recordAccess: async (_root, args: { actionType: string; recipeId?: number | null }, context) => {
      if (args.actionType === 'AssistantRecipeUse' && args.recipeId != null)
        await recordRecipeUse(context.db, context.caller, args.recipeId);
      return 'ok';
    },
    removeDependencyConstraint: (_root, args: { id: number; name: string }, context) =>
      ok(removeDependencyConstraint(context.db, context.caller, args.id, args.name)),
  },
  AssistantCookbook: {
    owner: (cookbook: Cookbook, _args, context) => ownerOf(cookbook, context),
    recipes: (cookbook: Cookbook, args: CookbookRecipesArguments, context) =>
      search(context, inCookbook(cookbook, args), args),
    recipesCount: (cookbook: Cookbook, args: CookbookRecipesArguments, context) =>
      countRecipes(context.db, context.caller, inCookbook(cookbook, args)),
  },
};
