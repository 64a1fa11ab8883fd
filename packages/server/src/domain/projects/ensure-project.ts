import { schema, inTransaction, type Executor } from '../../store/index.js';
import { Conflict } from '../errors.js';
import { ensureTeam } from '../teams/ensure-team.js';
import type { Team } from '../teams/teams.js';
import { requireName } from '../validate.js';
import { findOrganizationProjectByName } from './by-name.js';
import { createProject, type Project } from './projects.js';

export interface EnsuredTeamProject {
  team: Team;
  project: Project;
  /** True when this call created the project (the team may have been created either way). */
  created: boolean;
}

/**
 * Finds the organization's project by name or creates it (a plain-git project), creating the team when it is
 * missing and linking the two. An existing project keeps its access levels: a missing link is added, never changed.
 */
export async function ensureTeamProject(
  db: Executor,
  organization: { id: number; projectLimit: number },
  input: { teamName: unknown; projectName: unknown; createdByUserId?: number | null },
): Promise<EnsuredTeamProject> {
  const teamName = requireName('teamName', input.teamName);
  const projectName = requireName('projectName', input.projectName);
  return inTransaction(db, async (tx) => {
    const { team } = await ensureTeam(tx, organization.id, { name: teamName });
    let project = await findOrganizationProjectByName(tx, organization.id, projectName);
    let created = false;
    if (!project) {
      try {
        project = await createProject(tx, organization, {
          provider: 'gp',
          name: projectName,
          createdByUserId: input.createdByUserId ?? null,
        });
        created = true;
      } catch (error) {
        // A concurrent request created it first: use theirs.
        if (!(error instanceof Conflict)) throw error;
        project = (await findOrganizationProjectByName(tx, organization.id, projectName))!;
      }
    }
    await tx
      .insert(schema.teamProjects)
      .values({ teamId: team.id, projectId: project.id, access: 'admin' })
      .onConflictDoNothing();
    return { team, project, created };
  });
}
