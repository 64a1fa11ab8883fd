import { NotFound } from '../../../domain/errors.js';
import {
  countCookbooks,
  countRecipes,
  findCookbook,
  findRecipe,
  listCookbooks,
  searchRecipes,
  type CookbookQuery,
  type RecipeOrder,
  type RecipeQuery,
} from '../../../domain/recipes/index.js';
import { cookbookView, pageOf, recipeView } from './recipe-views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** A user's recipes and cookbooks as the caller may see them: all of their own, only the public ones of others. */
interface UserRecipesArguments {
  language?: string | null;
  name?: string | null;
  tag?: string | null;
  onlyPublic?: boolean | null;
  onlyPrivate?: boolean | null;
  howmany?: number;
  skip?: number;
  orderBy?: string | null;
  desc?: boolean | null;
}

const recipesOf = (user: { id: number }, args: UserRecipesArguments): RecipeQuery => ({
  ownerUserId: user.id,
  languages: args.language ? [args.language] : null,
  name: args.name ?? null,
  tags: args.tag ? [args.tag] : null,
  onlyPublic: args.onlyPublic ?? null,
  onlyPrivate: args.onlyPrivate ?? null,
});
const cookbooksOf = (user: { id: number }, args: UserRecipesArguments): CookbookQuery => ({
  ownerUserId: user.id,
  name: args.name ?? null,
  onlyPublic: args.onlyPublic ?? null,
  onlyPrivate: args.onlyPrivate ?? null,
  orderBy: (args.orderBy as CookbookQuery['orderBy']) ?? null,
  desc: args.desc ?? null,
});

/** One of the user's own, by id: another user's is NotFound here even when public. */
const ownedBy = <Row extends { ownerUserId: number }>(user: { id: number }, row: Row, what: string): Row => {
  if (row.ownerUserId !== user.id) throw new NotFound(what);
  return row;
};

const userFields = {
  assistantRecipes: async (user: { id: number }, args: UserRecipesArguments, context: CodigaContext) =>
    (
      await searchRecipes(context.db, context.caller, recipesOf(user, args), pageOf(args), {
        by: (args.orderBy as RecipeOrder | null) ?? null,
        desc: args.desc ?? null,
      })
    ).map(recipeView),
  assistantRecipesCount: (user: { id: number }, args: UserRecipesArguments, context: CodigaContext) =>
    countRecipes(context.db, context.caller, recipesOf(user, args)),
  assistantCookbooks: async (user: { id: number }, args: UserRecipesArguments, context: CodigaContext) =>
    (await listCookbooks(context.db, context.caller, cookbooksOf(user, args), pageOf(args))).map(cookbookView),
  assistantCookbooksCount: (user: { id: number }, args: UserRecipesArguments, context: CodigaContext) =>
    countCookbooks(context.db, context.caller, cookbooksOf(user, args)),
  assistantRecipe: async (user: { id: number }, args: { id: number }, context: CodigaContext) =>
    recipeView(ownedBy(user, await findRecipe(context.db, context.caller, args.id), 'recipe')),
  assistantCookbook: async (user: { id: number }, args: { id: number }, context: CodigaContext) =>
    cookbookView(ownedBy(user, await findCookbook(context.db, context.caller, args.id), 'cookbook')),
};

export const userRecipeResolvers: Resolvers = { User: userFields, PublicUser: userFields };
