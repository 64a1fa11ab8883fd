import { findRecipe } from '../../../domain/recipes/index.js';
import type { CodigaContext, Resolvers } from './types.js';

/** A recipe the caller may see (else NOT_FOUND); the subscription itself is not kept (docs/api/codiga.md). */
const acknowledgeRecipe = async (_root: unknown, args: { id: number }, context: CodigaContext) => {
  await findRecipe(context.db, context.caller, args.id);
  return 'ok';
};

/**
 * What the IDE plugins send beside Plumb's domain: Rosie rule sets (none: the clients then check nothing with
 * Rosie) and recipe subscriptions.
 */
export const clientExtraResolvers: Resolvers = {
  Query: {
    ruleSet: () => null,
    ruleSetsForClient: () => [],
    ruleSetsLastUpdatedTimestamp: () => null,
  },
  Mutation: {
    subscribeToRecipe: acknowledgeRecipe,
    unsubscribeFromRecipe: acknowledgeRecipe,
  },
};
