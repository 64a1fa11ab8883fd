import { and, asc, count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { requireRole, type OrganizationAccess } from '../orgs/access.js';
import type { Page, PageRequest } from '../paging.js';
import { MANAGING_ROLES } from '../principal.js';
import type { RepositoryIdentity } from '../projects/identity.js';
import type { Repository } from '../projects/repositories.js';
import { findOrganizationRepository } from '../projects/repositories.js';
import { requireOneOf } from '../validate.js';
import { putTeamProjectAccess, type Team, type TeamAccess } from './teams.js';

export interface TeamPermission {
  access: TeamAccess;
  repository: Repository;
}

const { teamProjects, projects, organizations } = schema;

/** The team's repository permissions, one page, ordered by repository identity. */
export async function listTeamPermissions(db: Executor, team: Team, page: PageRequest): Promise<Page<TeamPermission>> {
  const rows = await db
    .select({
      access: teamProjects.access,
      project: projects,
      organization: { slug: organizations.slug, name: organizations.name },
    })
    .from(teamProjects)
    .innerJoin(projects, eq(projects.id, teamProjects.projectId))
    .leftJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(eq(teamProjects.teamId, team.id))
    .orderBy(asc(projects.provider), asc(projects.instance), asc(projects.owner), asc(projects.name), asc(projects.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(teamProjects).where(eq(teamProjects.teamId, team.id));
  return {
    items: rows.map(({ access, project, organization }) => ({ access, repository: { ...project, organization } })),
    total: counted?.total ?? 0,
  };
}

/** Grants or changes the team's access to one of the organization's repositories. */
export async function putTeamPermission(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  identity: RepositoryIdentity,
  level: unknown,
): Promise<TeamPermission> {
  requireRole(access, MANAGING_ROLES, 'managing team permissions');
  const accessLevel = requireOneOf('access', level, schema.TEAM_ACCESS);
  const project = await findOrganizationRepository(db, team.organizationId, identity);
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
  requireRole(access, MANAGING_ROLES, 'managing team permissions');
  const project = await findOrganizationRepository(db, team.organizationId, identity);
  const removed = await db
    .delete(teamProjects)
    .where(and(eq(teamProjects.teamId, team.id), eq(teamProjects.projectId, project.id)))
    .returning({ projectId: teamProjects.projectId });
  if (removed.length === 0) throw new NotFound('permission');
}
