import { listOwnedProjects } from '../../../domain/projects/index.js';
import { findOwnUser } from '../../../domain/users/index.js';
import { MAX_HOWMANY } from '../paging.js';
import { userView, type UserView } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

const owned = (user: UserView, context: CodigaContext) =>
  listOwnedProjects(context.db, context.caller, user.id, { limit: MAX_HOWMANY, offset: 0 });

/** The caller (`user`), and any user as the caller may see them (a group's owner, a project's owner). */
export const userResolvers: Resolvers = {
  Query: {
    user: async (_parent, _args, context: CodigaContext) => userView(await findOwnUser(context.db, context.caller)),
  },
  User: {
    ownedProjects: async (user: UserView, _args, context: CodigaContext) => (await owned(user, context)).items,
    numberOfOwnedProjects: async (user: UserView, _args, context: CodigaContext) =>
      (await listOwnedProjects(context.db, context.caller, user.id, { limit: 0, offset: 0 })).total,
  },
};
