import { NotFound } from '../../../domain/errors.js';
import { login } from '../../../domain/sessions/index.js';
import type { CodigaContext, Resolvers } from './types.js';

/** What a refused login answers: which of the identifier and the password was wrong is not told. */
const REFUSED = { token: null, error: 'Incorrect identifier or password' };

/**
 * Codiga's login: an email and a password for a session token (CodeStax's `/auth/login`, same check and token), which
 * this API then takes in `X-Api-Token`. The one mutation served without a credential (caller.ts).
 */
export const authenticationResolvers: Resolvers = {
  Mutation: {
    authentication: async (_root, args: { identifier: string; password: string }, context: CodigaContext) => {
      const request = { email: args.identifier, password: args.password, anyOrganization: true };
      try {
        const session = await login(context.db, request, context.sessionKey);
        return session ? { token: session.token, error: null } : REFUSED;
      } catch (error) {
        // Only once the password matched: a session opens in an organization, and the user has none.
        if (error instanceof NotFound) return { token: null, error: 'You belong to no organization yet' };
        throw error;
      }
    },
  },
};
