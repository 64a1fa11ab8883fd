import {
  createKeyPair,
  createUserToken,
  listUserTokens,
  revokeKeyPair,
  revokeUserToken,
  TOKEN_PREFIXES,
} from '../../../domain/tokens/index.js';
import type { Resolvers } from './types.js';

/** A token's secret is shown once: a listing shows only what kind of secret it was. */
const HIDDEN_USER_TOKEN = `${TOKEN_PREFIXES.user}…`;

/** The caller's credentials: key pairs (`X-Access-Key` + `X-Secret-Key`) and user tokens (`X-Api-Token`). */
export const apiKeyResolvers: Resolvers = {
  Mutation: {
    createApiKey: (_root, args: { description?: string | null }, context) =>
      createKeyPair(context.db, context.caller, args),
    revokeApiKey: async (_root, args: { accessKey: string }, context) => {
      await revokeKeyPair(context.db, context.caller, args.accessKey);
      return 'ok';
    },
    createApiToken: async (_root, args: { description?: string | null }, context) =>
      (await createUserToken(context.db, context.caller, args)).secret,
    deleteApiToken: async (_root, args: { id: number }, context) => {
      await revokeUserToken(context.db, context.caller, args.id);
      return 'ok';
    },
  },
  User: {
    // Only the caller's own: a User is also a recipe's owner, whose tokens are no one else's business.
    apiTokens: async (user: { id?: number }, _args, context) =>
      user.id !== context.caller.user.id
        ? []
        : (await listUserTokens(context.db, context.caller)).map((token) => ({
            id: token.id,
            description: token.name || null,
            creationTimestamp: token.createdAt.getTime(),
            value: HIDDEN_USER_TOKEN,
          })),
  },
};
