import { and, count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import { paginate, type Page, type PageRequest } from '../paging.js';
import type { RepositoryIdentity } from '../projects/identity.js';
import { byIdentity, findOrganizationRepository, type Repository } from '../projects/repositories.js';
import { requireOneOf } from '../validate.js';
import { putTeamProjectAccess, type Team, type TeamAccess } from './teams.js';

export interface TeamPermission {
  access: TeamAccess;
  repository: Repository;
}

const { teamProjects, projects, organizations } = schema;

/** The team's repository permissions, one page, ordered by repository identity. */
export async function listTeamPermissions(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  page: PageRequest,
): Promise<Page<TeamPermission>> {
  authorize(access, 'viewOrganization');
  if (team.organizationId !== access.organization.id) throw new NotFound('team');
  const ofTeam = eq(teamProjects.teamId, team.id);
  return paginate(
    page,
    { ...byIdentity, valuesOf: (permission: TeamPermission) => byIdentity.valuesOf(permission.repository) },
    {
      rows: async (position, orderBy, limit, offset) => {
        const rows = await db
          .select({
            access: teamProjects.access,
            project: projects,
            organization: { slug: organizations.slug, name: organizations.name },
          })
          .from(teamProjects)
          .innerJoin(projects, eq(projects.id, teamProjects.projectId))
          .leftJoin(organizations, eq(organizations.id, projects.organizationId))
          .where(and(ofTeam, position))
          .orderBy(...orderBy)
          .limit(limit)
          .offset(offset);
        return rows.map(({ access, project, organization }) => ({ access, repository: { ...project, organization } }));
      },
      total: async () => (await db.select({ total: count() }).from(teamProjects).where(ofTeam))[0]?.total ?? 0,
    },
  );
}

/** Grants or changes the team's access to one of the organization's repositories. */
export async function putTeamPermission(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  identity: RepositoryIdentity,
  level: unknown,
): Promise<TeamPermission> {
  authorize(access, 'manageTeamPermissions');
  if (team.organizationId !== access.organization.id) throw new NotFound('team');
  const accessLevel = requireOneOf('access', level, schema.TEAM_ACCESS);
  const project = await findOrganizationRepository(db, access.organization.id, identity);
  await putTeamProjectAccess(db, team, project, accessLevel);
  const { slug, name } = access.organization;
  return { access: accessLevel, repository: { ...project, organization: { slug, name } } };
}

export async function removeTeamPermission(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  identity: RepositoryIdentity,
): Promise<void> {
  authorize(access, 'manageTeamPermissions');
  if (team.organizationId !== access.organization.id) throw new NotFound('team');
  const project = await findOrganizationRepository(db, access.organization.id, identity);
  const removed = await db
    .delete(teamProjects)
    .where(and(eq(teamProjects.teamId, team.id), eq(teamProjects.projectId, project.id)))
    .returning({ projectId: teamProjects.projectId });
  if (removed.length === 0) throw new NotFound('permission');
}
