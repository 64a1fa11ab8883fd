import { addViolationIgnore, ignoresOfProjects, removeViolationIgnore } from '../../../domain/ignores/index.js';
import { batchLoader } from './batch.js';
import type { CodigaContext, Resolvers } from './types.js';

interface IgnoreArguments {
  projectId: number;
  rule: string;
  tool: string;
  language?: string | null;
  filename?: string | null;
  prefix?: string | null;
}

const ignoresOf = batchLoader((context, projectIds: readonly number[]) =>
  ignoresOfProjects((context as CodigaContext).db, [...new Set(projectIds)]),
);

/** Codiga's violations to ignore: the project's list, and the two mutations that change it (project admins). */
export const ignoreResolvers: Resolvers = {
  Project: {
    violationsToIgnore: async (project: { id: number }, _args, context) => (await ignoresOf(context, project.id)) ?? [],
  },
  Mutation: {
    addViolationToIgnore: (_root, args: IgnoreArguments & { description?: string | null }, context) =>
      addViolationIgnore(context.db, context.caller.principal, args),
    removeViolationToIgnore: async (_root, args: IgnoreArguments, context) => {
      await removeViolationIgnore(context.db, context.caller.principal, args);
      return 'ok';
    },
  },
};
