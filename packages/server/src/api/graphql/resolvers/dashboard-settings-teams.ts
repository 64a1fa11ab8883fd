import { organizationAccess, type OrganizationAccess } from '../../../domain/access/index.js';
import { NotFound } from '../../../domain/errors.js';
import { findProjectsByIds, type RepositoryIdentity } from '../../../domain/projects/index.js';
import {
  addTeamMemberByEmail,
  createTeam,
  deleteTeam,
  findTeam,
  listTeamMembers,
  listTeamPermissions,
  listTeams,
  putTeamPermission,
  removeTeamMember,
  removeTeamPermission,
  type Team,
} from '../../../domain/teams/index.js';
import type { Executor } from '../../../store/index.js';
import type { CodigaContext, Resolvers } from './types.js';

type OrganizationArgs = { organization: string };
type TeamArgs = OrganizationArgs & { team: string };

/** The settings list the first page of each: a team of more than this is managed through Scrutinizer's API. */
const LISTED = { limit: 500 };

const pathOf = (project: { owner: string; name: string }) =>
  project.owner ? `${project.owner}/${project.name}` : project.name;

/** A team as PlumbTeam, with the access that read it for its members and projects. */
const teamView = (team: Team, access: OrganizationAccess) => ({ uuid: team.uuid, name: team.name, team, access });

async function teamOf({ db, caller }: CodigaContext, args: TeamArgs) {
  const access = await organizationAccess(db, caller.principal, args.organization);
  return { access, team: await findTeam(db, access, args.team) };
}

/** The identity the team-permission operations take, of a project of the organization. */
async function identityOf(db: Executor, access: OrganizationAccess, projectId: number): Promise<RepositoryIdentity> {
  const project = (await findProjectsByIds(db, access, [projectId])).get(projectId);
  if (!project) throw new NotFound('project');
  return { provider: project.provider, instance: project.instance, owner: project.owner, name: project.name };
}

/** Teams and their project access, through the operations Scrutinizer's team routes call. */
export const dashboardTeamResolvers: Resolvers = {
  Query: {
    plumbTeams: async (_parent, args: OrganizationArgs, { db, caller }: CodigaContext) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      return (await listTeams(db, access, LISTED)).items.map((team) => teamView(team, access));
    },
  },
  PlumbTeam: {
    members: async (parent: ReturnType<typeof teamView>, _args, { db }: CodigaContext) =>
      (await listTeamMembers(db, parent.access, parent.team, LISTED)).items,
    projects: async (parent: ReturnType<typeof teamView>, _args, { db }: CodigaContext) =>
      (await listTeamPermissions(db, parent.access, parent.team, LISTED)).items.map(({ access, repository }) => ({
        projectId: repository.id,
        path: pathOf(repository),
        access,
      })),
  },
  Mutation: {
    plumbCreateTeam: async (_parent, args: OrganizationArgs & { name: string }, { db, caller }: CodigaContext) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      return teamView(await createTeam(db, access, { name: args.name }), access);
    },
    plumbDeleteTeam: async (_parent, args: TeamArgs, { db, caller }: CodigaContext) => {
      await deleteTeam(db, await organizationAccess(db, caller.principal, args.organization), args.team);
      return true;
    },
    plumbAddTeamMember: async (_parent, args: TeamArgs & { email: string }, context: CodigaContext) => {
      const { access, team } = await teamOf(context, args);
      await addTeamMemberByEmail(context.db, access, team, args.email);
      return true;
    },
    plumbRemoveTeamMember: async (_parent, args: TeamArgs & { user: string }, context: CodigaContext) => {
      const { access, team } = await teamOf(context, args);
      await removeTeamMember(context.db, access, team, args.user);
      return true;
    },
    plumbPutTeamProject: async (
      _parent,
      args: TeamArgs & { projectId: number; access: string },
      context: CodigaContext,
    ) => {
      const { access, team } = await teamOf(context, args);
      await putTeamPermission(
        context.db,
        access,
        team,
        await identityOf(context.db, access, args.projectId),
        args.access,
      );
      return true;
    },
    plumbRemoveTeamProject: async (_parent, args: TeamArgs & { projectId: number }, context: CodigaContext) => {
      const { access, team } = await teamOf(context, args);
      await removeTeamPermission(context.db, access, team, await identityOf(context.db, access, args.projectId));
      return true;
    },
  },
};
