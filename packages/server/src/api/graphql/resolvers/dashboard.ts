import { organizationAccess, organizationsOfUser } from '../../../domain/access/index.js';
import {
  addOrganizationProject,
  organizationOverview,
  type ProjectOverview,
  type ProjectToAdd,
} from '../../../domain/overview/index.js';
import type { Project } from '../../../domain/projects/index.js';
import type { CodigaContext, Resolvers } from './types.js';

const pathOf = (project: Project) => (project.owner ? `${project.owner}/${project.name}` : project.name);

/** A project of the overview as PlumbProject; its SSH key is never part of it. */
function projectView({ project, latest, trend }: ProjectOverview) {
  return {
    id: project.id,
    provider: project.provider,
    path: pathOf(project),
    gitUrl: project.gitUrl,
    defaultBranch: project.defaultBranch,
    trackedBranches: project.trackedBranches,
    latest: latest && { ...latest, analyzedAt: latest.analyzedAt.toISOString() },
    trend,
  };
}

/** Plumb's extensions for its dashboard (sdl-plumb.ts). */
export const dashboardResolvers: Resolvers = {
  Query: {
    plumbViewer: async (_parent, _args, { db, caller }: CodigaContext) => {
      const organizations = await organizationsOfUser(db, caller.user.id);
      const withRoles = await Promise.all(
        organizations.map(async (organization) => {
          const { role } = await organizationAccess(db, caller.principal, organization.slug);
          return { slug: organization.slug, name: organization.name, role: role ?? 'VIEWER' };
        }),
      );
      return { email: caller.user.email, displayName: caller.user.displayName, organizations: withRoles };
    },
    plumbProjects: async (_parent, args: { organization: string }, { db, caller }: CodigaContext) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      return (await organizationOverview(db, access)).map(projectView);
    },
    plumbProject: async (_parent, args: { organization: string; id: number }, { db, caller }: CodigaContext) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      const found = (await organizationOverview(db, access)).find(({ project }) => project.id === args.id);
      return found ? projectView(found) : null;
    },
  },
  Mutation: {
    plumbAddProject: async (
      _parent,
      args: { organization: string; project: ProjectToAdd },
      { db, caller, seal }: CodigaContext,
    ) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      const added = await addOrganizationProject(db, access, args.project, seal);
      return projectView({ project: added, latest: null, trend: [] });
    },
  },
};
