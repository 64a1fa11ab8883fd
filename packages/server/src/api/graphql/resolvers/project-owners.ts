import type { Project } from '../../../domain/projects/index.js';
import { findProjectCreators } from '../../../domain/users/index.js';
import { userView } from '../views.js';
import { batchLoader } from './batch.js';
import type { CodigaContext, Resolvers } from './types.js';

const creatorOf = batchLoader(async (context, projects: readonly Project[]) => {
  const creators = await findProjectCreators((context as CodigaContext).db, projects);
  return new Map(projects.map((project) => [project, creators.get(project.createdByUserId ?? -1)]));
});

/** Codiga's project owner: the user who created the project; null once that user is gone. */
export const projectOwnerResolvers: Resolvers = {
  Project: {
    owner: async (project: Project, _args, context: CodigaContext) => {
      const creator = await creatorOf(context, project);
      return creator ? userView(creator) : null;
    },
  },
};
