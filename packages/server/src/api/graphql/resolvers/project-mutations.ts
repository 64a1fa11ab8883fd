import { organizationAccess } from '../../../domain/access/index.js';
import { findReadableAnalyses, scheduleBranchAnalysis } from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import { findUserOrganization } from '../../../domain/orgs/index.js';
import { addOrganizationProject } from '../../../domain/overview/index.js';
import {
  addTrackedBranch,
  changeDefaultBranch,
  deleteProject,
  removeTrackedBranch,
  requireDescription,
  updateProjectDescription,
} from '../../../domain/project-settings/index.js';
import { findReadableProject } from '../../../domain/projects/index.js';
import { removeMirror } from '../../../git/index.js';
import type { CodigaContext, Resolvers } from './types.js';

/** Plumb's provider of each Codiga ScmKind it can fetch (Subversion it cannot). */
const PROVIDER_OF_KIND: Record<string, string> = { Github: 'g', Gitlab: 'gl', Bitbucket: 'b', Git: 'gp' };

/** Runs a domain call whose refusals name its own fields, naming Codiga's arguments instead. */
export async function inCodigaWords<T>(fields: Record<string, string>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const renamed = error instanceof Invalid && fields[error.field];
    throw renamed ? new Invalid(renamed, (error as Invalid).expected) : error;
  }
}

interface CreateProjectArgs {
  description: string;
  groupId: number;
  isPublic?: boolean | null;
  kind: string;
  name: string;
  url: string;
}

/** The project a Codiga mutation names by `id`, or by `name` (the oldest of that name the caller may read). */
async function projectIdOf(context: CodigaContext, args: { id?: number | null; name?: string | null }) {
  if (args.id == null && args.name == null) throw new Invalid('id', 'the id or the name of a project');
  if (args.id != null) return args.id;
  return (await findReadableProject(context.db, context.caller, { name: args.name })).id;
}

/**
 * Codiga's project mutations over Plumb's projects: adding one to a group (organization) as the dashboard does, its
 * description and branches, its deletion, and asking for an analysis. Who may: docs/api/codiga.md.
 */
export const projectMutationResolvers: Resolvers = {
  Mutation: {
    createProject: async (_root, args: CreateProjectArgs, { db, caller, seal }: CodigaContext) => {
      const provider = PROVIDER_OF_KIND[args.kind];
      if (!provider) throw new Invalid('kind', `one of ${Object.keys(PROVIDER_OF_KIND).join(', ')}`);
      const group = await findUserOrganization(db, caller, { id: args.groupId });
      const access = await organizationAccess(db, caller.principal, group.slug);
      const input = {
        provider,
        path: args.name,
        gitUrl: args.url,
        private: args.isPublic !== true,
        description: requireDescription(args.description),
      };
      return inCodigaWords({ path: 'name', name: 'name', gitUrl: 'url', git_url: 'url', sshKey: 'url' }, () =>
        addOrganizationProject(db, access, input, seal),
      );
    },
    deleteProject: async (_root, args: { id: number }, { db, caller, dataDir }: CodigaContext) => {
      const deleted = await deleteProject(db, caller.principal, args.id);
      if (dataDir) await removeMirror(dataDir, deleted.uuid);
      return 'ok';
    },
    updateProjectDescription: async (_root, args: { projectId: number; description: string }, context) => {
      await updateProjectDescription(context.db, context.caller.principal, args.projectId, args.description);
      return 'ok';
    },
    addBranchToProject: async (_root, args: { id: number; branch: string }, { db, caller }: CodigaContext) => {
      await addTrackedBranch(db, caller.principal, args.id, args.branch);
      return 'ok';
    },
    removeBranchFromProject: async (_root, args: { id: number; branch: string }, { db, caller }: CodigaContext) => {
      await removeTrackedBranch(db, caller.principal, args.id, args.branch);
      return 'ok';
    },
    changeDefaultBranch: async (_root, args: { id: number; branch?: string | null }, context: CodigaContext) => {
      await changeDefaultBranch(context.db, context.caller.principal, args.id, args.branch);
      return 'ok';
    },
    scheduleAnalysis: async (
      _root,
      args: { id?: number | null; name?: string | null; branch?: string | null },
      context: CodigaContext,
    ) => {
      const projectId = await projectIdOf(context, args);
      const analysis = await scheduleBranchAnalysis(context.db, context.queue, context.caller.principal, {
        projectId,
        branch: args.branch,
      });
      return (await findReadableAnalyses(context.db, context.caller, [analysis.id])).get(analysis.id) ?? null;
    },
  },
};
